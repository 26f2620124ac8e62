package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventSchemas;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.permit.PermitInformationProvided;
import be.permits.contracts.review.ReviewAppealDecided;
import be.permits.contracts.review.ReviewAppealLodged;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.contracts.review.ReviewDecisionSealed;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.KafkaEvents.ReceivedEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The application follows its review: information requested, answered, decided. */
@QuarkusTest
class ReviewFlowTest {
  static final String ALICE = Applicants.ALICE;

  @Test
  void anAnswerMakesANewRevisionThatOnlyTheRequestingAgencyIsToldAbout() {
    Reviews.UnderReview app = Reviews.underReview();
    UUID requestId = Reviews.requestInformation(app, Agency.STATE_SECURITY);
    given()
        .auth()
        .oauth2(ALICE)
        .get("/api/applications/{id}/information-requests", app.id())
        .then()
        .statusCode(200)
        .body("$", hasSize(1))
        .body("[0].agency", equalTo("STATE_SECURITY"))
        .body("[0].answeredAt", equalTo(null));
    String document =
        Documents.upload(
                ALICE, app.id(), "DATA_PROTECTION_IMPACT_ASSESSMENT", "dpia.pdf", Documents.PDF)
            .statusCode(201)
            .extract()
            .path("id");

    given()
        .auth()
        .oauth2(ALICE)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "answer",
                "Only the Belgian entity; see the DPIA.",
                "changes",
                Reviews.withJobs(520)))
        .post("/api/applications/{id}/information-requests/{r}/answer", app.id(), requestId)
        .then()
        .statusCode(200)
        .body("answerRevision", equalTo(2));
    Reviews.awaitStatus(app.id(), "UNDER_REVIEW");
    given()
        .auth()
        .oauth2(ALICE)
        .contentType(ContentType.JSON)
        .body(Map.of("answer", "Again"))
        .post("/api/applications/{id}/information-requests/{r}/answer", app.id(), requestId)
        .then()
        .statusCode(409);
    given()
        .auth()
        .oauth2(ALICE)
        .queryParam("from", 1)
        .queryParam("to", 2)
        .get("/api/applications/{id}/revisions/diff", app.id())
        .then()
        .statusCode(200)
        .body("changes.field", hasItem("project.jobs"))
        .body("changes.field", hasItem("documents." + document + ".sha256"));

    ReceivedEvent event =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    KafkaEvents.readAll(Topics.PERMIT_EVENTS).stream()
                        .filter(e -> app.id().equals(e.key()))
                        .filter(e -> EventType.PERMIT_INFORMATION_PROVIDED.type().equals(e.type()))
                        .toList(),
                events -> !events.isEmpty())
            .get(0);
    assertEquals(
        List.of(), EventSchemas.violations(EventType.PERMIT_INFORMATION_PROVIDED, event.data()));
    PermitInformationProvided provided = event.dataAs(PermitInformationProvided.class);
    assertEquals(2, provided.revision());
    assertEquals(Agency.STATE_SECURITY, provided.agency());
    assertEquals(520, provided.application().project().jobs());
    assertTrue(
        provided.changedFields().contains("project.jobs"), provided.changedFields().toString());
    assertEquals(1, provided.application().documents().size());
  }

  @Test
  void anAnswerWithADocumentThroughTheApiMakesOneRevisionThatCarriesIt() {
    Reviews.UnderReview app = Reviews.underReview();
    UUID requestId = Reviews.requestInformation(app, Agency.DATA_PROTECTION);
    String path = "/api/applications/{id}/information-requests/{r}/answer-with-document";

    given()
        .auth()
        .oauth2(ALICE)
        .multiPart("answer", "The assessment is attached.")
        .multiPart("kind", "DATA_PROTECTION_IMPACT_ASSESSMENT")
        .multiPart("file", "dpia.pdf", Documents.PNG, "application/pdf")
        .post(path, app.id(), requestId)
        .then()
        .statusCode(415);
    given()
        .auth()
        .oauth2(ALICE)
        .get("/api/applications/{id}", app.id())
        .then()
        .body("status", equalTo("INFORMATION_REQUESTED"))
        .body("revision", equalTo(1));
    given()
        .auth()
        .oauth2(ALICE)
        .get("/api/applications/{id}/attachments", app.id())
        .then()
        .body("$", hasSize(0));

    given()
        .auth()
        .oauth2(ALICE)
        .multiPart("answer", "The assessment is attached.")
        .multiPart("kind", "DATA_PROTECTION_IMPACT_ASSESSMENT")
        .multiPart("file", "dpia.pdf", Documents.PDF, "application/pdf")
        .post(path, app.id(), requestId)
        .then()
        .statusCode(200)
        .body("answerRevision", equalTo(2));
    given()
        .auth()
        .oauth2(ALICE)
        .get("/api/applications/{id}/attachments", app.id())
        .then()
        .body("$", hasSize(1))
        .body("[0].firstRevision", equalTo(2));
  }

  @Test
  void anAnswerThatLeavesTheApplicationIncompleteIsRefusedAndChangesNothing() {
    Reviews.UnderReview app = Reviews.underReview();
    UUID requestId = Reviews.requestInformation(app, Agency.CUSTOMS);
    given()
        .auth()
        .oauth2(ALICE)
        .contentType(ContentType.JSON)
        .body(Map.of("answer", "Here", "changes", Map.of("project", Map.of("jobs", 3))))
        .post("/api/applications/{id}/information-requests/{r}/answer", app.id(), requestId)
        .then()
        .statusCode(422)
        .body("errors.field", hasItem("project.kind"));
    given()
        .auth()
        .oauth2(ALICE)
        .get("/api/applications/{id}", app.id())
        .then()
        .body("status", equalTo("INFORMATION_REQUESTED"))
        .body("revision", equalTo(1))
        .body("project.jobs", equalTo(450));
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .contentType(ContentType.JSON)
        .body(Map.of("answer", "Not mine"))
        .post("/api/applications/{id}/information-requests/{r}/answer", app.id(), requestId)
        .then()
        .statusCode(404);
  }

  @Test
  void theDecisionReachesTheApplicantWithItsConditions() {
    Reviews.UnderReview app = Reviews.underReview();
    KafkaEvents.publish(
        EventType.REVIEW_CONCLUDED,
        UUID.fromString(app.id()),
        new ReviewConcluded(
            app.caseId(),
            UUID.fromString(app.id()),
            app.reference(),
            "APPROVED_WITH_CONDITIONS",
            List.of("Host customer data of EU residents in the EU only."),
            List.of(),
            Instant.now(),
            new Contact("sub-alice", "Alice", null, "fr")),
        UUID.randomUUID());
    Reviews.awaitStatus(app.id(), "APPROVED_WITH_CONDITIONS");
    given()
        .auth()
        .oauth2(ALICE)
        .get("/api/applications/{id}", app.id())
        .then()
        .body("decision.outcome", equalTo("APPROVED_WITH_CONDITIONS"))
        .body(
            "decision.conditions[0]",
            equalTo("Host customer data of EU residents in the EU only."));
  }

  @Test
  void theSealedDecisionDocumentIsOnTheOwnersFileOnly() throws Exception {
    Reviews.UnderReview app = Reviews.underReview();
    UUID applicationId = UUID.fromString(app.id());
    byte[] pdf = "%PDF-1.7 sealed decision".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String sha256 =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
    KafkaEvents.publish(
        EventType.REVIEW_CONCLUDED,
        applicationId,
        new ReviewConcluded(
            app.caseId(),
            applicationId,
            app.reference(),
            "APPROVED",
            List.of(),
            List.of(),
            Instant.now(),
            new Contact("sub-alice", "Alice", null, "fr")),
        UUID.randomUUID());
    Reviews.awaitStatus(app.id(), "APPROVED");
    ReviewDecisionSealed sealed =
        new ReviewDecisionSealed(
            app.caseId(),
            applicationId,
            app.reference(),
            UUID.randomUUID(),
            "DECISION",
            "fr",
            sha256,
            "Deciding authority",
            Instant.now(),
            pdf);
    // Delivered twice: kept once.
    KafkaEvents.publish(EventType.REVIEW_DECISION_SEALED, applicationId, sealed, UUID.randomUUID());
    KafkaEvents.publish(EventType.REVIEW_DECISION_SEALED, applicationId, sealed, UUID.randomUUID());
    await()
        .atMost(java.time.Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(ALICE)
                    .get("/api/applications/{id}/decision-documents", app.id())
                    .then()
                    .statusCode(200)
                    .body("size()", equalTo(1))
                    .body("[0].kind", equalTo("DECISION"))
                    .body("[0].sha256", equalTo(sha256)));
    byte[] downloaded =
        given()
            .auth()
            .oauth2(ALICE)
            .get("/api/applications/{id}/decision-documents/DECISION", app.id())
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .header("Repr-Digest", org.hamcrest.Matchers.startsWith("sha-256=:"))
            .extract()
            .asByteArray();
    org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, downloaded);
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .get("/api/applications/{id}/decision-documents/DECISION", app.id())
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(ALICE)
        .get("/api/applications/{id}/decision-documents/APPEAL_DECISION", app.id())
        .then()
        .statusCode(404);
  }

  @Test
  void anAppealMakesTheDecisionNotFinalAndTheAppealsDecisionReplacesIt() {
    Reviews.UnderReview app = Reviews.underReview();
    UUID applicationId = UUID.fromString(app.id());
    Contact alice = new Contact("sub-alice", "Alice", null, "fr");
    KafkaEvents.publish(
        EventType.REVIEW_CONCLUDED,
        applicationId,
        new ReviewConcluded(
            app.caseId(),
            applicationId,
            app.reference(),
            "APPROVED_WITH_CONDITIONS",
            List.of("No night flights."),
            List.of(),
            Instant.now(),
            alice),
        UUID.randomUUID());
    Reviews.awaitStatus(app.id(), "APPROVED_WITH_CONDITIONS");
    LocalDate due = LocalDate.now().plusDays(70);
    KafkaEvents.publish(
        EventType.REVIEW_APPEAL_LODGED,
        applicationId,
        new ReviewAppealLodged(
            app.caseId(),
            applicationId,
            app.reference(),
            UUID.randomUUID(),
            "THIRD_PARTIES",
            LocalDate.now(),
            due,
            true,
            new Contact("appellant-1", "Jeanne", "jeanne@example.org", "fr"),
            alice,
            Instant.now(),
            false),
        UUID.randomUUID());
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(ALICE)
                    .get("/api/applications/{id}", app.id())
                    .then()
                    .body("decision.appealDecisionDue", equalTo(due.toString()))
                    .body("decision.decidedOnAppeal", equalTo(false)));
    KafkaEvents.publish(
        EventType.REVIEW_APPEAL_DECIDED,
        applicationId,
        new ReviewAppealDecided(
            app.caseId(),
            applicationId,
            app.reference(),
            "REJECTED",
            List.of(),
            List.of("Night noise near homes."),
            Instant.now(),
            alice,
            List.of()),
        UUID.randomUUID());
    Reviews.awaitStatus(app.id(), "REJECTED");
    given()
        .auth()
        .oauth2(ALICE)
        .get("/api/applications/{id}", app.id())
        .then()
        .body("decision.decidedOnAppeal", equalTo(true))
        .body("decision.conditions", hasSize(0))
        .body("decision.reasons[0]", equalTo("Night noise near homes."));
  }

  @Test
  void aNoteForTheApplicantIsShownToItsOwnerOnlyAndOnce() {
    Reviews.UnderReview app = Reviews.underReview();
    UUID noteId = UUID.randomUUID();
    var shared =
        new be.permits.contracts.review.ReviewNoteShared(
            app.caseId(),
            UUID.fromString(app.id()),
            app.reference(),
            noteId,
            Agency.STATE_SECURITY,
            "Please expect questions on data access.",
            Instant.now(),
            new Contact("sub-alice", "Alice", null, "fr"));
    UUID eventId = UUID.randomUUID();
    KafkaEvents.publish(EventType.REVIEW_NOTE_SHARED, UUID.fromString(app.id()), shared, eventId);
    KafkaEvents.publish(EventType.REVIEW_NOTE_SHARED, UUID.fromString(app.id()), shared, eventId);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(ALICE)
                    .get("/api/applications/{id}/notes", app.id())
                    .then()
                    .statusCode(200)
                    .body("text", equalTo(List.of("Please expect questions on data access.")))
                    .body("[0].agency", equalTo("STATE_SECURITY")));
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .get("/api/applications/{id}/notes", app.id())
        .then()
        .statusCode(404);
  }
}
