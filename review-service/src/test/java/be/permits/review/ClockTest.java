package be.permits.review;

import static be.permits.review.Cases.act;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.review.ReviewStepOverdue;
import be.permits.review.Cases.OpenCase;
import be.permits.review.service.OverdueSteps;
import be.permits.testsupport.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deadlines with the service's clock moved forward: stopped clocks and overdue steps. */
@QuarkusTest
class ClockTest {
  static final String URSULA = Cases.URBAN_PLANNING;

  @Inject MovableClock clock;
  @Inject OverdueSteps overdue;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  @Test
  void theAnswerMovesTheDeadlineByTheDaysTheClockStoodStill() {
    OpenCase c = Cases.localWarehouse();
    LocalDate due =
        LocalDate.parse(
            given()
                .auth()
                .oauth2(URSULA)
                .get("/api/cases/{id}", c.caseId())
                .then()
                .extract()
                .path("myStep.dueDate"));
    act(URSULA, c, c.stepId(), "claim").statusCode(200);
    var request = Cases.requestInformation(URSULA, c, c.stepId(), LocalDate.now().plusDays(30));

    clock.advance(Duration.ofDays(12));
    Submissions revised = Submissions.localWarehouse();
    revised.revision = 2;
    Cases.answer(c, request, revised);

    given()
        .auth()
        .oauth2(URSULA)
        .get("/api/cases/{id}", c.caseId())
        .then()
        .body("myStep.status", equalTo("OPEN"))
        .body("myStep.dueDate", equalTo(workingDayFrom(due.plusDays(12)).toString()));
  }

  /** The clock engine ends a period on a working day: the day itself, or the next one. */
  static LocalDate workingDayFrom(LocalDate day) {
    var holidays =
        be.permits.review.service.ProcedureClock.readFrom("procedure/regimes.json")
            .regimes()
            .holidays();
    LocalDate d = day;
    while (!holidays.isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  @Test
  void anOverdueStepIsEscalatedOnceEvenByTwoInstancesAtTheSameTime() throws Exception {
    OpenCase c = Cases.localWarehouse();
    clock.advance(Duration.ofDays(400));

    // Two instances of the service run the job at the same moment.
    ExecutorService instances = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> job = overdue::escalateBatch;
      List<Future<Integer>> runs = instances.invokeAll(List.of(job, job));
      for (Future<Integer> run : runs) {
        run.get();
      }
    } finally {
      instances.shutdown();
    }
    overdue.escalateBatch();

    given()
        .auth()
        .oauth2(URSULA)
        .get("/api/cases/{id}", c.caseId())
        .then()
        .body("myStep.overdue", equalTo(true))
        .body("myStep.escalatedAt", notNullValue());
    given()
        .auth()
        .oauth2(URSULA)
        .queryParam("overdue", true)
        .queryParam("reference", c.submission().reference())
        .get("/api/cases")
        .then()
        .body("size()", equalTo(1));

    List<ReviewStepOverdue> escalations =
        Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    KafkaEvents.readAll(Topics.REVIEW_EVENTS).stream()
                        .filter(e -> c.submission().applicationId().toString().equals(e.key()))
                        .filter(e -> EventType.REVIEW_STEP_OVERDUE.type().equals(e.type()))
                        .map(e -> e.dataAs(ReviewStepOverdue.class))
                        .toList(),
                list -> !list.isEmpty());
    // A second escalation, if there were one, would be relayed within these seconds.
    Awaitility.await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                KafkaEvents.readAll(Topics.REVIEW_EVENTS).stream()
                        .filter(e -> c.submission().applicationId().toString().equals(e.key()))
                        .filter(e -> EventType.REVIEW_STEP_OVERDUE.type().equals(e.type()))
                        .count()
                    == 1);
    assertEquals(c.stepId(), escalations.get(0).stepId());
  }
}
