package be.permits.review;

import static be.permits.review.Cases.COLETTE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.review.ReviewCompletenessOpened;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.contracts.review.ReviewOpened;
import be.permits.review.Cases.OpenCase;
import be.permits.review.domain.ProcedureRegimes.Phase;
import be.permits.review.service.OverdueSteps;
import be.permits.review.service.ProcedureClock;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The coordinating officials check every file before its review opens: complete opens it, an
 * incomplete file goes back to the applicant with the list of what is missing and its check starts
 * again when the items arrive, and silence counts as complete where the procedure says so.
 */
@QuarkusTest
class CompletenessTest {
  @Inject MovableClock clock;
  @Inject OverdueSteps overdue;
  @Inject ProcedureClock procedure;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  private static ReviewCompletenessOpened submitted(PermitSubmitted application) {
    KafkaEvents.publish(
        EventType.PERMIT_SUBMITTED, application.applicationId(), application, UUID.randomUUID());
    return Cases.awaitEvent(
        application.applicationId(),
        EventType.REVIEW_COMPLETENESS_OPENED,
        ReviewCompletenessOpened.class);
  }

  private int days(String regime, Phase phase) {
    return procedure.regimes().regime(regime).orElseThrow().phase(phase).orElseThrow().days();
  }

  @Test
  void anIncompleteFileGoesBackToTheApplicantAndItsCheckStartsAgainWhenTheItemsArrive() {
    PermitSubmitted hub = Submissions.liegeHub();
    ReviewCompletenessOpened check = submitted(hub);
    LocalDate today = LocalDate.now(clock);
    int period = days(check.regime(), Phase.COMPLETENESS);
    assertEquals(procedure.due(today, period), check.dueDate());

    // Before the file is complete, no agency reviews it; the coordinating officials see it.
    given()
        .auth()
        .oauth2(Cases.STATE_SECURITY)
        .queryParam("reference", hub.reference())
        .get("/api/cases")
        .then()
        .body("$", hasSize(0));
    given()
        .auth()
        .oauth2(COLETTE)
        .get("/api/cases/{id}", check.caseId())
        .then()
        .statusCode(200)
        .body("myStep.agency", equalTo("COORDINATION"))
        .body("steps", hasSize(1))
        .body("timetable.kind", contains("FILED", "COMPLETENESS", "DECISION"))
        .body("timetable[1].planned", equalTo(check.dueDate().toString()))
        .body("timetable[1].state", equalTo("PLANNED"));

    OpenCase c = new OpenCase(hub, check.caseId(), check.stepId());
    Cases.act(COLETTE, c, check.stepId(), "claim").statusCode(200);
    // What can be decided on a completeness check is complete or incomplete, nothing else.
    Cases.decide(COLETTE, c, check.stepId(), Map.of("outcome", "APPROVE"))
        .statusCode(422)
        .body("errors[0].field", equalTo("outcome"));
    Cases.decide(
            COLETTE,
            c,
            check.stepId(),
            Map.of(
                "outcome",
                "REQUEST_INFORMATION",
                "questions",
                List.of("Impact study signed by an approved author", "Fire service opinion"),
                "dueDate",
                today.plusDays(30).toString()))
        .statusCode(200)
        .body("status", equalTo("INFORMATION_REQUESTED"));
    ReviewInformationRequested missing =
        Cases.awaitEvent(
            hub.applicationId(),
            EventType.REVIEW_INFORMATION_REQUESTED,
            ReviewInformationRequested.class);
    assertEquals(Agency.COORDINATION, missing.agency());
    assertEquals(2, missing.questions().size());

    // The items arrive nine days later: the check's period starts again from that day.
    clock.advance(Duration.ofDays(9));
    Submissions revised = Submissions.liegeHubFacts();
    revised.applicationId = hub.applicationId();
    revised.revision = 2;
    Cases.answer(c, missing, revised, COLETTE);
    LocalDate answeredOn = today.plusDays(9);
    given()
        .auth()
        .oauth2(COLETTE)
        .get("/api/cases/{id}", check.caseId())
        .then()
        .body("myStep.status", equalTo("OPEN"))
        .body("myStep.dueDate", equalTo(procedure.due(answeredOn, period).toString()))
        .body("timetable[1].daysStopped", equalTo(9));

    Cases.decide(COLETTE, c, check.stepId(), Map.of("outcome", "COMPLETE"))
        .statusCode(200)
        .body("status", equalTo("DECIDED"));
    ReviewOpened opened =
        Cases.awaitEvent(hub.applicationId(), EventType.REVIEW_OPENED, ReviewOpened.class);
    assertEquals(6, opened.steps().size());
    LocalDate decisionDue = procedure.due(answeredOn, days(check.regime(), Phase.DECISION));
    given()
        .auth()
        .oauth2(Cases.STATE_SECURITY)
        .get("/api/cases/{id}", check.caseId())
        .then()
        .statusCode(200)
        // The agencies review the revision that made the file complete.
        .body("revision", equalTo(2))
        .body("myStep.status", equalTo("OPEN"))
        .body("timetable[1].actual", equalTo(answeredOn.toString()))
        .body("timetable[1].state", equalTo("ON_TIME"))
        .body("timetable.find { it.kind == 'DECISION' }.planned", equalTo(decisionDue.toString()));
  }

  @Test
  void onlyACoordinatingOfficialDecidesWhetherAFileIsComplete() {
    ReviewCompletenessOpened check = submitted(Submissions.localWarehouse().build());
    OpenCase c = new OpenCase(null, check.caseId(), check.stepId());
    // A member of the coordination group without the coordinator role.
    String clerk = TestTokens.token("claude", Set.of("reviewer"), Map.of("agency", "coordination"));
    Cases.act(clerk, c, check.stepId(), "claim").statusCode(200);
    Cases.decide(clerk, c, check.stepId(), Map.of("outcome", "COMPLETE"))
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.endsWith("coordinator-only"));
    // An agency's reviewer does not see the check at all.
    Cases.act(Cases.URBAN_PLANNING, c, check.stepId(), "claim").statusCode(404);
  }

  @Test
  void aCheckNotDoneInTimeCountsAsCompleteAndTheReviewOpensOnce() throws Exception {
    // Races: the coordinating official decides at the moment the job finds the check late.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 8; round++) {
        clock.reset();
        ReviewCompletenessOpened check = submitted(Submissions.localWarehouse().build());
        OpenCase c = new OpenCase(null, check.caseId(), check.stepId());
        Cases.act(COLETTE, c, check.stepId(), "claim").statusCode(200);
        Cases.declareNoConflict(COLETTE, c, check.stepId()).statusCode(200);
        clock.advance(Duration.ofDays(days(check.regime(), Phase.COMPLETENESS) + 5));
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Integer> official =
            pool.submit(
                () -> {
                  start.await();
                  return given()
                      .auth()
                      .oauth2(COLETTE)
                      .contentType("application/json")
                      .body(Map.of("outcome", "COMPLETE"))
                      .post("/api/cases/{c}/steps/{s}/decision", check.caseId(), check.stepId())
                      .statusCode();
                });
        Future<Integer> job =
            pool.submit(
                () -> {
                  start.await();
                  return overdue.escalateBatch();
                });
        int answer = official.get();
        job.get();
        overdue.escalateBatch();
        assertTrue(answer == 200 || answer == 409, "round " + round + ": " + answer);

        UUID application = check.applicationId();
        Awaitility.await()
            .during(Duration.ofSeconds(1))
            .atMost(Duration.ofSeconds(15))
            .until(() -> reviewsOpened(application) == 1);
        int routed = Cases.opened(application).get(0).dataAs(ReviewOpened.class).steps().size();
        given()
            .auth()
            .oauth2(COLETTE)
            .get("/api/cases/{id}", check.caseId())
            .then()
            .body("myStep.status", equalTo("DECIDED"))
            .body("steps", hasSize(1 + routed))
            .body("timetable[1].state", answer == 200 ? equalTo("LATE") : equalTo("TACIT"));
      }
    } finally {
      pool.shutdown();
    }
  }

  private static long reviewsOpened(UUID applicationId) {
    return KafkaEvents.readAll(Topics.REVIEW_EVENTS).stream()
        .filter(e -> applicationId.toString().equals(e.key()))
        .filter(e -> EventType.REVIEW_OPENED.type().equals(e.type()))
        .count();
  }
}
