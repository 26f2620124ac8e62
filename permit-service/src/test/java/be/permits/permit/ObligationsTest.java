package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewObligationsSet;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.ReadablePage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The granted permit's obligations as review-service sets them: kept once however often the event
 * comes, on the applicant's file page in French and through the API, and nobody else's.
 */
@QuarkusTest
@TestSecurity(user = "alice", roles = "applicant")
@OidcSecurity(
    claims = {
      @Claim(key = "sub", value = "sub-alice"),
      @Claim(key = "name", value = "Alice Martin"),
      @Claim(key = "organisation", value = "skyway"),
      @Claim(key = "locale", value = "fr")
    })
class ObligationsTest {

  @Test
  void theObligationsOfTheGrantedPermitAreOnTheFileAndInTheApi() {
    Reviews.UnderReview app = Reviews.underReview();
    UUID applicationId = UUID.fromString(app.id());
    ReviewObligationsSet set =
        new ReviewObligationsSet(
            app.caseId(),
            applicationId,
            app.reference(),
            Instant.now(),
            List.of(
                new ReviewObligationsSet.Obligation(
                    UUID.randomUUID(),
                    Agency.STATE_SECURITY,
                    "Les données des clients de l'UE sont stockées dans l'UE/EEE uniquement.",
                    "Une attestation que les données restent dans l'UE/EEE.",
                    LocalDate.of(2027, 12, 6),
                    12),
                new ReviewObligationsSet.Obligation(
                    UUID.randomUUID(),
                    Agency.DECIDING_AUTHORITY,
                    "Pas de vols de nuit au départ du hub.",
                    "La preuve que la condition est respectée.",
                    LocalDate.of(2027, 12, 6),
                    null)),
            new Contact("sub-alice", "Alice", null, "fr"));
    UUID eventId = UUID.randomUUID();
    KafkaEvents.publish(EventType.REVIEW_OBLIGATIONS_SET, applicationId, set, eventId);
    KafkaEvents.publish(EventType.REVIEW_OBLIGATIONS_SET, applicationId, set, UUID.randomUUID());

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(Applicants.ALICE)
                    .get("/api/applications/{id}/obligations", app.id())
                    .then()
                    .statusCode(200)
                    .body("size()", equalTo(2))
                    .body("[0].everyMonths", equalTo(12))
                    .body("[1].agency", equalTo("DECIDING_AUTHORITY")));
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .get("/api/applications/{id}/obligations", app.id())
        .then()
        .statusCode(404);

    String page =
        given().get("/applications/{id}", app.id()).then().statusCode(200).extract().asString();
    assertTrue(page.contains("Conditions à respecter après le permis"), "its own section");
    assertTrue(page.contains("6 décembre 2027, puis tous les 12 mois"), "when, in French");
    assertTrue(page.contains("Pas de vols de nuit au départ du hub."));
    assertEquals(List.of(), ReadablePage.problems(page));
  }
}
