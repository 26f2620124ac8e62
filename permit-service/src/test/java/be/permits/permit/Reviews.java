package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.contracts.review.ReviewOpened;
import be.permits.permit.service.ApplicationForm;
import be.permits.testsupport.KafkaEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The review as permit-service hears of it: review events published as review-service would. */
final class Reviews {
  static final String ALICE = Applicants.ALICE;

  private Reviews() {}

  record UnderReview(String id, String reference, UUID caseId) {}

  static UnderReview underReview() {
    return underReview(id -> {});
  }

  /** As {@link #underReview()}, with {@code beforeSubmit} done to the draft first. */
  static UnderReview underReview(java.util.function.Consumer<String> beforeSubmit) {
    String id = Applicants.createDraft(ALICE, Samples.liegeHub());
    beforeSubmit.accept(id);
    String reference = Applicants.submit(ALICE, id).extract().path("reference");
    UUID caseId = UUID.randomUUID();
    UUID applicationId = UUID.fromString(id);
    KafkaEvents.publish(
        EventType.REVIEW_OPENED,
        applicationId,
        new ReviewOpened(
            caseId,
            applicationId,
            reference,
            1,
            "test",
            Instant.now(),
            new Contact("sub-alice", "Alice", null, "fr"),
            List.of(
                new ReviewOpened.Step(
                    UUID.randomUUID(), Agency.STATE_SECURITY, "r", "why", LocalDate.now()))),
        UUID.randomUUID());
    awaitStatus(id, "UNDER_REVIEW");
    return new UnderReview(id, reference, caseId);
  }

  static void awaitStatus(String id, String status) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(ALICE)
                    .get("/api/applications/{id}", id)
                    .then()
                    .body("status", equalTo(status)));
  }

  static UUID requestInformation(UnderReview app, Agency agency) {
    UUID requestId = UUID.randomUUID();
    ReviewInformationRequested request =
        new ReviewInformationRequested(
            app.caseId(),
            UUID.fromString(app.id()),
            app.reference(),
            requestId,
            UUID.randomUUID(),
            agency,
            List.of("Which group entities can reach the warehouse management system?"),
            LocalDate.now().plusDays(30),
            Instant.now(),
            new Contact("sub-alice", "Alice", null, "fr"));
    UUID eventId = UUID.randomUUID();
    KafkaEvents.publish(
        EventType.REVIEW_INFORMATION_REQUESTED, UUID.fromString(app.id()), request, eventId);
    KafkaEvents.publish(
        EventType.REVIEW_INFORMATION_REQUESTED, UUID.fromString(app.id()), request, eventId);
    awaitStatus(app.id(), "INFORMATION_REQUESTED");
    return requestId;
  }

  static ApplicationForm withJobs(int jobs) {
    ApplicationForm hub = Samples.liegeHub();
    var p = hub.project();
    return new ApplicationForm(
        null,
        null,
        new ApplicationForm.ProjectForm(
            p.kind(),
            p.currentFloorArea(),
            p.requestedFloorArea(),
            p.heightMetres(),
            p.investmentEur(),
            jobs,
            p.environmentalClass(),
            p.operatesAroundTheClock(),
            p.hazardousGoods()),
        null,
        null);
  }
}
