package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.contracts.EventSchemas;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.permit.PermitInformationProvided;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.review.ReviewCompletenessOpened;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.contracts.review.ReviewOpened;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.KafkaEvents.ReceivedEvent;
import be.permits.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reviewers of the agencies, and what most tests do first: a submission that opens a case, a step
 * claimed, declared and decided, a request for information and its answer.
 */
final class Cases {
  private Cases() {}

  static final String STATE_SECURITY = TestTokens.reviewer("sam", "state-security");
  static final String URBAN_PLANNING = TestTokens.reviewer("ursula", "urban-planning");

  /** A coordinating official: checks that files are complete. */
  static final String COLETTE =
      TestTokens.token(
          "colette", Set.of("reviewer", "coordinator"), Map.of("agency", "coordination"));

  /** A reviewer of {@code agency}. */
  static String reviewerOf(be.permits.contracts.Agency agency) {
    return TestTokens.reviewer("first-" + agency.claim(), agency.claim());
  }

  /** Another reviewer of {@code agency}, for four-eyes confirmations. */
  static String secondReviewerOf(be.permits.contracts.Agency agency) {
    return TestTokens.reviewer("second-" + agency.claim(), agency.claim());
  }

  /** Whether a second reviewer confirms the agency's decisions (the rules in force). */
  static boolean fourEyes(be.permits.contracts.Agency agency) {
    return agency == be.permits.contracts.Agency.STATE_SECURITY
        || agency == be.permits.contracts.Agency.FDI_SCREENING;
  }

  static List<ReceivedEvent> opened(UUID applicationId) {
    return KafkaEvents.readAll(Topics.REVIEW_EVENTS).stream()
        .filter(e -> applicationId.toString().equals(e.key()))
        .filter(e -> EventType.REVIEW_OPENED.type().equals(e.type()))
        .toList();
  }

  /**
   * The review of a submitted application, once open: the coordinating official finds the file
   * complete first, as every procedure asks.
   */
  static ReceivedEvent awaitOpened(UUID applicationId) {
    ReviewCompletenessOpened check =
        awaitEvent(
            applicationId, EventType.REVIEW_COMPLETENESS_OPENED, ReviewCompletenessOpened.class);
    fileComplete(check).statusCode(200).body("status", equalTo("DECIDED"));
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> opened(applicationId), events -> !events.isEmpty())
        .get(0);
  }

  /** Colette claims the completeness check, declares no conflict and finds the file complete. */
  static ValidatableResponse fileComplete(ReviewCompletenessOpened check) {
    OpenCase c = new OpenCase(null, check.caseId(), check.stepId());
    act(COLETTE, c, check.stepId(), "claim").statusCode(200);
    return decide(COLETTE, c, check.stepId(), Map.of("outcome", "COMPLETE"));
  }

  static final String URSULA = URBAN_PLANNING;
  static final String ULRICH = TestTokens.reviewer("ulrich", "urban-planning");
  static final String DIANE = TestTokens.reviewer("diane", "deciding-authority");

  record OpenCase(PermitSubmitted submission, UUID caseId, UUID stepId) {}

  static OpenCase localWarehouse() {
    PermitSubmitted local = Submissions.localWarehouse().build();
    KafkaEvents.publish(
        EventType.PERMIT_SUBMITTED, local.applicationId(), local, UUID.randomUUID());
    ReviewOpened opened = awaitOpened(local.applicationId()).dataAs(ReviewOpened.class);
    return new OpenCase(local, opened.caseId(), opened.steps().get(0).stepId());
  }

  static ValidatableResponse act(String token, OpenCase c, UUID stepId, String action) {
    return given()
        .auth()
        .oauth2(token)
        .post("/api/cases/{c}/steps/{s}/" + action, c.caseId(), stepId)
        .then();
  }

  /**
   * The declaration every reviewer makes before deciding or confirming, as the desk asks for it.
   */
  static ValidatableResponse declareNoConflict(String token, OpenCase c, UUID stepId) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("conflict", false))
        .post("/api/cases/{c}/steps/{s}/interest", c.caseId(), stepId)
        .then();
  }

  /** Declares no conflict of interest, then decides. */
  static ValidatableResponse decide(
      String token, OpenCase c, UUID stepId, Map<String, Object> body) {
    declareNoConflict(token, c, stepId);
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/cases/{c}/steps/{s}/decision", c.caseId(), stepId)
        .then();
  }

  /** The step's agency asks the applicant a question; answers the event that carries it. */
  static ReviewInformationRequested requestInformation(
      String token, OpenCase c, UUID stepId, LocalDate due) {
    decide(
            token,
            c,
            stepId,
            Map.of(
                "outcome",
                "REQUEST_INFORMATION",
                "questions",
                List.of("Parking plan?"),
                "dueDate",
                due.toString()))
        .statusCode(200)
        .body("status", equalTo("INFORMATION_REQUESTED"));
    return awaitEvent(
        c.submission().applicationId(),
        EventType.REVIEW_INFORMATION_REQUESTED,
        ReviewInformationRequested.class);
  }

  /** permit-service's event for the applicant's answer, with the revised application. */
  static void answer(OpenCase c, ReviewInformationRequested request, Submissions revised) {
    answer(c, request, revised, URSULA);
  }

  /** The applicant's answer, awaited as {@code reader} sees the case. */
  static void answer(
      OpenCase c, ReviewInformationRequested request, Submissions revised, String reader) {
    revised.applicationId = c.submission().applicationId();
    KafkaEvents.publish(
        EventType.PERMIT_INFORMATION_PROVIDED,
        revised.applicationId,
        new PermitInformationProvided(
            revised.applicationId,
            c.submission().reference(),
            request.requestId(),
            request.stepId(),
            request.agency(),
            "Plan attached; the hall is smaller.",
            revised.revision,
            List.of("project.requestedFloorArea"),
            Instant.now(),
            revised.build()),
        UUID.randomUUID());
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(reader)
                    .get("/api/cases/{id}", c.caseId())
                    .then()
                    .body("revision", equalTo(revised.revision)));
  }

  static <T> T awaitEvent(UUID applicationId, EventType type, Class<T> payload) {
    return awaitEvents(applicationId, type, payload, 1).get(0);
  }

  /**
   * The first {@code count} events of {@code type} on the application, each valid by its schema.
   */
  static <T> List<T> awaitEvents(UUID applicationId, EventType type, Class<T> payload, int count) {
    List<ReceivedEvent> events =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    KafkaEvents.readAll(Topics.REVIEW_EVENTS).stream()
                        .filter(e -> applicationId.toString().equals(e.key()))
                        .filter(e -> type.type().equals(e.type()))
                        .toList(),
                found -> found.size() >= count);
    return events.stream()
        .limit(count)
        .map(
            event -> {
              assertEquals(List.of(), EventSchemas.violations(type, event.data()));
              return event.dataAs(payload);
            })
        .toList();
  }
}
