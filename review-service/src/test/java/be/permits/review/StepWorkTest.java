package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.contracts.Agency;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.contracts.review.ReviewOpened;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StepWorkTest {
  @Test
  void aStepIsClaimedByOneReviewerAndTheLastAdviceOpensTheDecisionThatConcludesTheCase() {
    Cases.OpenCase c = Cases.localWarehouse();
    Cases.act(Cases.URSULA, c, c.stepId(), "claim")
        .statusCode(200)
        .body("assignee", equalTo("sub-ursula"));
    Cases.act(Cases.ULRICH, c, c.stepId(), "claim").statusCode(409);
    Cases.decide(Cases.ULRICH, c, c.stepId(), Map.of("outcome", "APPROVE")).statusCode(409);
    Cases.act(Cases.STATE_SECURITY, c, c.stepId(), "claim").statusCode(404);
    Cases.act(TestTokens.applicant("alice", "skyway"), c, c.stepId(), "claim").statusCode(403);
    Cases.act(Cases.URSULA, c, c.stepId(), "release").statusCode(200);
    Cases.act(Cases.ULRICH, c, c.stepId(), "claim").statusCode(200);

    Cases.decide(Cases.ULRICH, c, c.stepId(), Map.of("outcome", "APPROVE_WITH_CONDITIONS"))
        .statusCode(422)
        .body("errors[0].field", equalTo("conditions"));
    Cases.decide(
            Cases.ULRICH,
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
            .oauth2(Cases.DIANE)
            .get("/api/cases/{id}", c.caseId())
            .then()
            .statusCode(200)
            .body("steps.agency", hasItem("DECIDING_AUTHORITY"))
            .extract()
            .path("steps.find { it.agency == 'DECIDING_AUTHORITY' }.id");
    Cases.act(Cases.DIANE, c, UUID.fromString(decisionStep), "claim").statusCode(200);
    Cases.decide(Cases.DIANE, c, UUID.fromString(decisionStep), Map.of("outcome", "APPROVE"))
        .statusCode(200);

    ReviewConcluded concluded =
        Cases.awaitEvent(
            c.submission().applicationId(), EventType.REVIEW_CONCLUDED, ReviewConcluded.class);
    assertEquals("APPROVED_WITH_CONDITIONS", concluded.outcome());
    assertEquals(List.of("Green roof on the new hall."), concluded.conditions());
    given()
        .auth()
        .oauth2(Cases.DIANE)
        .get("/api/cases/{id}", c.caseId())
        .then()
        .statusCode(200)
        .body("status", equalTo("CONCLUDED"));
  }

  @Test
  void onASensitiveStepOneReviewerProposesAndAnotherOfTheSameAgencyConfirms() {
    Submissions foreign = Submissions.localWarehouse();
    foreign.foreignLaws = List.of("US CLOUD Act");
    PermitSubmitted submission = foreign.build();
    KafkaEvents.publish(
        EventType.PERMIT_SUBMITTED, submission.applicationId(), submission, UUID.randomUUID());
    ReviewOpened opened = Cases.awaitOpened(submission.applicationId()).dataAs(ReviewOpened.class);
    Cases.OpenCase c = new Cases.OpenCase(submission, opened.caseId(), null);
    UUID securityStep =
        opened.steps().stream()
            .filter(s -> s.agency() == Agency.STATE_SECURITY)
            .findFirst()
            .orElseThrow()
            .stepId();
    String sam = Cases.STATE_SECURITY;
    String sarah = TestTokens.reviewer("sarah", "state-security");

    Cases.act(sam, c, securityStep, "claim").statusCode(200);
    Cases.decide(
            sam,
            c,
            securityStep,
            Map.of("outcome", "REJECT", "reasons", List.of("Data reachable by a foreign state.")))
        .statusCode(200)
        .body("status", equalTo("PROPOSED"))
        .body("proposedBy", equalTo("sub-sam"));
    Cases.act(sam, c, securityStep, "confirm").statusCode(409);
    Cases.act(Cases.URSULA, c, securityStep, "confirm").statusCode(404);
    Cases.act(sarah, c, securityStep, "confirm").statusCode(409);
    Cases.declareNoConflict(sarah, c, securityStep).statusCode(200);
    Cases.act(sarah, c, securityStep, "confirm")
        .statusCode(200)
        .body("status", equalTo("DECIDED"))
        .body("decision", equalTo("REJECT"));
    Cases.act(sarah, c, securityStep, "confirm").statusCode(409);
  }

  @Test
  void aRequestForInformationStopsTheStepUntilTheAnswerBringsANewRevision() {
    Cases.OpenCase c = Cases.localWarehouse();
    Cases.act(Cases.URSULA, c, c.stepId(), "claim").statusCode(200);
    Cases.decide(
            Cases.URSULA,
            c,
            c.stepId(),
            Map.of("outcome", "REQUEST_INFORMATION", "questions", List.of("Parking plan?")))
        .statusCode(422)
        .body("errors.field", hasItem("dueDate"));
    ReviewInformationRequested request =
        Cases.requestInformation(Cases.URSULA, c, c.stepId(), LocalDate.now().plusDays(21));
    Cases.decide(Cases.URSULA, c, c.stepId(), Map.of("outcome", "APPROVE")).statusCode(409);
    assertEquals(Agency.URBAN_PLANNING, request.agency());
    assertEquals(List.of("Parking plan?"), request.questions());

    Submissions revised = Submissions.localWarehouse();
    revised.revision = 2;
    revised.requestedFloorArea = 4_000;
    Cases.answer(c, request, revised);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(Cases.URSULA)
                    .get("/api/cases/{id}", c.caseId())
                    .then()
                    .body("revision", equalTo(2))
                    .body("application.project.requestedFloorArea", equalTo(4000))
                    .body("myStep.status", equalTo("OPEN"))
                    .body("myStep.reviewedRevision", equalTo(2)));
  }
}
