package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventSchemas;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.permit.PermitEvidenceSubmitted;
import be.permits.contracts.review.EvidenceOutcome;
import be.permits.contracts.review.ReviewObligationReviewed;
import be.permits.contracts.review.ReviewObligationsSet;
import be.permits.permit.service.Obligations;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Caller;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.ReadablePage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
  private static final Caller SAM =
      new Caller("sub-sam", "Sam", null, "fr", Set.of("reviewer"), null, Agency.STATE_SECURITY);
  private static final Caller RITA =
      new Caller("sub-rita", "Rita", null, "nl", Set.of("reviewer"), null, Agency.URBAN_PLANNING);

  @Inject Obligations obligations;

  /** A permit granted with two conditions: state security's yearly, the authority's once. */
  private static ReviewObligationsSet granted(Reviews.UnderReview app) {
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

    return set;
  }

  @Test
  void theObligationsOfTheGrantedPermitAreOnTheFileAndInTheApi() {
    Reviews.UnderReview app = Reviews.underReview();
    granted(app);
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

  @Test
  void theOperatorHandsInEvidenceAndReadsTheAuthoritysFinding() {
    Reviews.UnderReview app = Reviews.underReview();
    UUID applicationId = UUID.fromString(app.id());
    ReviewObligationsSet.Obligation storage = granted(app).obligations().get(0);
    String evidence = "/api/applications/{id}/obligations/{o}/evidence";
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .get("/applications/{id}/obligations/{o}", app.id(), storage.id())
                    .then()
                    .statusCode(200));

    // Refused, and nothing kept: no statement, not a PDF, another's obligation.
    given()
        .auth()
        .oauth2(Applicants.ALICE)
        .multiPart("file", "attestation.pdf", Documents.PDF, "application/pdf")
        .post(evidence, app.id(), storage.id())
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Applicants.ALICE)
        .multiPart("statement", "Attestation 2027.")
        .multiPart("file", "attestation.pdf", "not a pdf".getBytes(), "application/pdf")
        .post(evidence, app.id(), storage.id())
        .then()
        .statusCode(415);
    given()
        .auth()
        .oauth2(Applicants.ALICE)
        .multiPart("statement", "Attestation\u0000 2027.")
        .multiPart("file", "attestation.pdf", Documents.PDF, "application/pdf")
        .post(evidence, app.id(), storage.id())
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("statement"));
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .multiPart("statement", "Attestation 2027.")
        .multiPart("file", "attestation.pdf", Documents.PDF, "application/pdf")
        .post(evidence, app.id(), storage.id())
        .then()
        .statusCode(404);

    String evidenceId =
        given()
            .auth()
            .oauth2(Applicants.ALICE)
            .multiPart("statement", "L'attestation 2027 de l'auditeur.")
            .multiPart("file", "attestation-2027.pdf", Documents.PDF, "application/pdf")
            .post(evidence, app.id(), storage.id())
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(Applicants.ALICE)
        .multiPart("statement", "Encore.")
        .multiPart("file", "attestation-2027.pdf", Documents.PDF, "application/pdf")
        .post(evidence, app.id(), storage.id())
        .then()
        .statusCode(409);
    PermitEvidenceSubmitted told =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    KafkaEvents.readAll(Topics.PERMIT_EVENTS).stream()
                        .filter(e -> EventType.PERMIT_EVIDENCE_SUBMITTED.type().equals(e.type()))
                        .filter(e -> app.id().equals(e.key()))
                        .peek(
                            e ->
                                assertEquals(
                                    List.of(),
                                    EventSchemas.violations(
                                        EventType.PERMIT_EVIDENCE_SUBMITTED, e.data())))
                        .map(e -> e.dataAs(PermitEvidenceSubmitted.class))
                        .toList(),
                found -> found.size() == 1)
            .get(0);
    assertEquals(Agency.STATE_SECURITY, told.agency());
    assertEquals(evidenceId, told.evidenceId().toString());
    assertEquals(storage.firstDue(), told.due(), "the period it answers");

    // The document opens for the operator and state security, for no other agency.
    given()
        .get("/applications/{id}/obligations/{o}/evidence/{e}", app.id(), storage.id(), evidenceId)
        .then()
        .statusCode(200)
        .contentType("application/pdf");
    UUID evidenceKey = UUID.fromString(evidenceId);
    assertEquals(
        "attestation-2027.pdf",
        obligations.document(SAM, applicationId, storage.id(), evidenceKey).fileName());
    Caller diane =
        new Caller(
            "sub-diane", "Diane", null, "fr", Set.of("reviewer"), null, Agency.DECIDING_AUTHORITY);
    assertEquals(
        "attestation-2027.pdf",
        obligations.document(diane, applicationId, storage.id(), evidenceKey).fileName(),
        "the deciding authority reads the evidence of a breach");
    Refusal refused =
        assertThrows(
            Refusal.class,
            () -> obligations.document(RITA, applicationId, storage.id(), evidenceKey));
    assertEquals(Refusal.Reason.NOT_FOUND, refused.reason());

    // The finding: accepted, the next attestation due a year later.
    LocalDate next = LocalDate.of(2028, 12, 6);
    ReviewObligationReviewed accepted =
        new ReviewObligationReviewed(
            app.caseId(),
            applicationId,
            app.reference(),
            storage.id(),
            Agency.STATE_SECURITY,
            UUID.fromString(evidenceId),
            EvidenceOutcome.ACCEPTED,
            null,
            next,
            null,
            Instant.now(),
            new Contact("sub-alice", "Alice", null, "fr"));
    KafkaEvents.publish(
        EventType.REVIEW_OBLIGATION_REVIEWED, applicationId, accepted, UUID.randomUUID());
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(Applicants.ALICE)
                    .get("/api/applications/{id}/obligations", app.id())
                    .then()
                    .body("find { it.id == '" + storage.id() + "' }.state", equalTo("AWAITED"))
                    .body("find { it.id == '" + storage.id() + "' }.nextDue", equalTo("2028-12-06"))
                    .body(
                        "find { it.id == '" + storage.id() + "' }.handedIn[0].outcome",
                        equalTo("ACCEPTED")));
    String page =
        given()
            .get("/applications/{id}/obligations/{o}", app.id(), storage.id())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(page.contains("Preuve attendue au plus tard le 6 décembre 2028"), page);
    assertTrue(page.contains("Acceptée"));
    assertTrue(page.contains("attestation-2027.pdf"));
    assertEquals(List.of(), ReadablePage.problems(page));
  }
}
