package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.contracts.Agency;
import be.permits.contracts.EventSchemas;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.permit.PermitInformationProvided;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.contracts.review.ReviewOpened;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.KafkaEvents.ReceivedEvent;
import be.permits.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StepWorkTest {
  static final String URSULA = CaseOpeningTest.URBAN_PLANNING;
  static final String ULRICH = TestTokens.reviewer("ulrich", "urban-planning");
  static final String DIANE = TestTokens.reviewer("diane", "deciding-authority");

  record OpenCase(PermitSubmitted submission, UUID caseId, UUID stepId) {}

  static OpenCase localWarehouse() {
    PermitSubmitted local = Submissions.localWarehouse().build();
    KafkaEvents.publish(
        EventType.PERMIT_SUBMITTED, local.applicationId(), local, UUID.randomUUID());
    ReviewOpened opened =
        CaseOpeningTest.awaitOpened(local.applicationId()).dataAs(ReviewOpened.class);
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
                    .oauth2(URSULA)
                    .get("/api/cases/{id}", c.caseId())
                    .then()
                    .body("revision", equalTo(revised.revision)));
  }

  static <T> T awaitEvent(UUID applicationId, EventType type, Class<T> payload) {
    ReceivedEvent event =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    KafkaEvents.readAll(Topics.REVIEW_EVENTS).stream()
                        .filter(e -> applicationId.toString().equals(e.key()))
                        .filter(e -> type.type().equals(e.type()))
                        .toList(),
                events -> !events.isEmpty())
            .get(0);
    assertEquals(List.of(), EventSchemas.violations(type, event.data()));
    return event.dataAs(payload);
  }

  @Test
  void aStepIsClaimedByOneReviewerAndTheLastAdviceOpensTheDecisionThatConcludesTheCase() {
    OpenCase c = localWarehouse();
    act(URSULA, c, c.stepId(), "claim").statusCode(200).body("assignee", equalTo("sub-ursula"));
    act(ULRICH, c, c.stepId(), "claim").statusCode(409);
    decide(ULRICH, c, c.stepId(), Map.of("outcome", "APPROVE")).statusCode(409);
    act(CaseOpeningTest.STATE_SECURITY, c, c.stepId(), "claim").statusCode(404);
    act(TestTokens.applicant("alice", "skyway"), c, c.stepId(), "claim").statusCode(403);
    act(URSULA, c, c.stepId(), "release").statusCode(200);
    act(ULRICH, c, c.stepId(), "claim").statusCode(200);

    decide(ULRICH, c, c.stepId(), Map.of("outcome", "APPROVE_WITH_CONDITIONS"))
        .statusCode(422)
        .body("errors[0].field", equalTo("conditions"));
    decide(
            ULRICH,
            c,
            c.stepId(),
            Map.of(
                "outcome",
                "APPROVE_WITH_CONDITIONS",
                "conditions",
                List.of("Green roof on the new hall.")))
        .statusCode(200)
        .body("status", equalTo("DECIDED"));

    String decisionStep =
        given()
            .auth()
            .oauth2(DIANE)
            .get("/api/cases/{id}", c.caseId())
            .then()
            .statusCode(200)
            .body("steps.agency", hasItem("DECIDING_AUTHORITY"))
            .extract()
            .path("steps.find { it.agency == 'DECIDING_AUTHORITY' }.id");
    act(DIANE, c, UUID.fromString(decisionStep), "claim").statusCode(200);
    decide(DIANE, c, UUID.fromString(decisionStep), Map.of("outcome", "APPROVE")).statusCode(200);

    ReviewConcluded concluded =
        awaitEvent(
            c.submission().applicationId(), EventType.REVIEW_CONCLUDED, ReviewConcluded.class);
    assertEquals("APPROVED_WITH_CONDITIONS", concluded.outcome());
    assertEquals(List.of("Green roof on the new hall."), concluded.conditions());
    given()
        .auth()
        .oauth2(DIANE)
        .get("/api/cases/{id}", c.caseId())
        .then()
        .body("status", equalTo("CONCLUDED"));
  }

  @Test
  void onASensitiveStepOneReviewerProposesAndAnotherOfTheSameAgencyConfirms() {
    Submissions foreign = Submissions.localWarehouse();
    foreign.foreignLaws = List.of("US CLOUD Act");
    PermitSubmitted submission = foreign.build();
    KafkaEvents.publish(
        EventType.PERMIT_SUBMITTED, submission.applicationId(), submission, UUID.randomUUID());
    ReviewOpened opened =
        CaseOpeningTest.awaitOpened(submission.applicationId()).dataAs(ReviewOpened.class);
    OpenCase c = new OpenCase(submission, opened.caseId(), null);
    UUID securityStep =
        opened.steps().stream()
            .filter(s -> s.agency() == Agency.STATE_SECURITY)
            .findFirst()
            .orElseThrow()
            .stepId();
    String sam = CaseOpeningTest.STATE_SECURITY;
    String sarah = TestTokens.reviewer("sarah", "state-security");

    act(sam, c, securityStep, "claim").statusCode(200);
    decide(
            sam,
            c,
            securityStep,
            Map.of("outcome", "REJECT", "reasons", List.of("Data reachable by a foreign state.")))
        .statusCode(200)
        .body("status", equalTo("PROPOSED"))
        .body("proposedBy", equalTo("sub-sam"));
    act(sam, c, securityStep, "confirm").statusCode(409);
    act(URSULA, c, securityStep, "confirm").statusCode(404);
    act(sarah, c, securityStep, "confirm").statusCode(409);
    declareNoConflict(sarah, c, securityStep).statusCode(200);
    act(sarah, c, securityStep, "confirm")
        .statusCode(200)
        .body("status", equalTo("DECIDED"))
        .body("decision", equalTo("REJECT"));
    act(sarah, c, securityStep, "confirm").statusCode(409);
  }

  @Test
  void aRequestForInformationStopsTheStepUntilTheAnswerBringsANewRevision() {
    OpenCase c = localWarehouse();
    act(URSULA, c, c.stepId(), "claim").statusCode(200);
    decide(
            URSULA,
            c,
            c.stepId(),
            Map.of("outcome", "REQUEST_INFORMATION", "questions", List.of("Parking plan?")))
        .statusCode(422)
        .body("errors.field", hasItem("dueDate"));
    ReviewInformationRequested request =
        requestInformation(URSULA, c, c.stepId(), LocalDate.now().plusDays(21));
    decide(URSULA, c, c.stepId(), Map.of("outcome", "APPROVE")).statusCode(409);
    assertEquals(Agency.URBAN_PLANNING, request.agency());
    assertEquals(List.of("Parking plan?"), request.questions());

    Submissions revised = Submissions.localWarehouse();
    revised.revision = 2;
    revised.requestedFloorArea = 4_000;
    answer(c, request, revised);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(URSULA)
                    .get("/api/cases/{id}", c.caseId())
                    .then()
                    .body("revision", equalTo(2))
                    .body("application.project.requestedFloorArea", equalTo(4000))
                    .body("steps[0].status", equalTo("OPEN"))
                    .body("steps[0].reviewedRevision", equalTo(2)));
  }
}
