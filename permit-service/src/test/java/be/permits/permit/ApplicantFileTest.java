package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.testsupport.ReadablePage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After submitting, the applicant's file says what happens next, which agencies are consulted, why
 * and by when, and shows the answers as submitted, in the applicant's words.
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
class ApplicantFileTest {

  @Test
  void theFileUnderReviewSaysWhatHappensNextWhoIsConsultedAndShowsTheAnswers() {
    Reviews.UnderReview app = Reviews.underReview();
    String page =
        given().get("/applications/{id}", app.id()).then().statusCode(200).extract().asString();
    assertTrue(page.contains("Les autorités ci-dessous examinent votre demande."), page);
    assertTrue(
        page.contains("la Sûreté de l&#39;État examine les risques pour la sécurité nationale"),
        "who is consulted, and why");
    assertTrue(page.contains("Son avis est attendu pour le "), "by when");
    assertTrue(page.contains("Elle décide une fois tous les avis rendus."), "who decides, when");
    assertTrue(page.contains("Vos réponses, telles que déposées"), "the answers as submitted");
    assertTrue(page.contains("Skyway Logistics"), "an answer");
    // The fees, in French money, each with the structured communication to give.
    assertTrue(page.contains("Le droit de dossier régional"), "a fee by its name");
    assertTrue(page.contains("125,00"), "its amount as French writes it");
    assertTrue(
        page.matches("(?s).*\\+\\+\\+[0-9]{3}/[0-9]{4}/[0-9]{5}\\+\\+\\+.*"), "a communication");
    assertTrue(page.contains("À payer"), "where it stands");
    assertEquals(List.of(), ReadablePage.problems(page));
  }

  @Test
  void theDashboardIsSearchedAndPagedSoThatTheOldestApplicationIsReached() {
    String oldest = Applicants.createDraft(Reviews.ALICE, Samples.liegeHub());
    String reference = Applicants.submit(Reviews.ALICE, oldest).extract().path("reference");
    for (int i = 0; i < 26; i++) {
      Applicants.createDraft(Reviews.ALICE, Samples.liegeHub());
    }
    String found =
        given()
            .queryParam("q", reference.toLowerCase())
            .get("/applications")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(found.contains(">Une demande.<"), found);
    assertTrue(found.contains("href=\"/applications/" + oldest + "\""), "found by reference");
    String first = given().get("/applications").then().statusCode(200).extract().asString();
    assertTrue(first.contains(" 1 à 25 affichées."), first);
    assertTrue(first.contains("rel=\"next\""), "a next page");
    String total = first.replaceAll("(?s).*>([0-9]+) demandes ; 1 à 25 affichées.*", "$1");
    int last = (Integer.parseInt(total) + 24) / 25;
    String lastPage =
        given().queryParam("page", last).get("/applications").then().extract().asString();
    assertTrue(lastPage.contains("href=\"/applications/" + oldest + "\""), "the oldest is reached");
    assertTrue(lastPage.contains("rel=\"prev\""), "a way back");
    assertEquals(List.of(), ReadablePage.problems(lastPage));
  }

  @Test
  void aDecidedFileOffersItsSealedDecisionOnceSealed() throws Exception {
    Reviews.UnderReview app = Reviews.underReview();
    java.util.UUID applicationId = java.util.UUID.fromString(app.id());
    be.permits.testsupport.KafkaEvents.publish(
        be.permits.contracts.EventType.REVIEW_CONCLUDED,
        applicationId,
        new be.permits.contracts.review.ReviewConcluded(
            app.caseId(),
            applicationId,
            app.reference(),
            "APPROVED",
            List.of(),
            List.of(),
            java.time.Instant.now(),
            new be.permits.contracts.Contact("sub-alice", "Alice", null, "fr")),
        java.util.UUID.randomUUID());
    Reviews.awaitStatus(app.id(), "APPROVED");
    String waiting =
        given().get("/applications/{id}", app.id()).then().statusCode(200).extract().asString();
    assertTrue(waiting.contains("La décision est en cours de scellement"), waiting);
    byte[] pdf = "%PDF-1.7 sealed".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    be.permits.testsupport.KafkaEvents.publish(
        be.permits.contracts.EventType.REVIEW_DECISION_SEALED,
        applicationId,
        new be.permits.contracts.review.ReviewDecisionSealed(
            app.caseId(),
            applicationId,
            app.reference(),
            java.util.UUID.randomUUID(),
            "DECISION",
            "fr",
            java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)),
            "Deciding authority",
            java.time.Instant.now(),
            pdf),
        java.util.UUID.randomUUID());
    String link = "/applications/" + app.id() + "/decisions/DECISION";
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(
            () -> given().get("/applications/{id}", app.id()).then().extract().asString(),
            page -> page.contains(link));
    String page =
        given().get("/applications/{id}", app.id()).then().statusCode(200).extract().asString();
    assertTrue(page.contains("La décision, document scellé (PDF), scellé le"), page);
    assertTrue(page.contains("href=\"/decisions/verify\""), "where to check it");
    assertEquals(List.of(), ReadablePage.problems(page));
    given()
        .get(link)
        .then()
        .statusCode(200)
        .contentType("application/pdf")
        .header("Content-Disposition", org.hamcrest.Matchers.containsString(app.reference()));
  }
}
