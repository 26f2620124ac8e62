package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.EventJson;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.KafkaEvents.ReceivedEvent;
import be.permits.testsupport.PrometheusText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The figures an operator watches on the review side, and traces that cross the service. */
@QuarkusTest
class ObservabilityTest {
  @Inject EntityManager em;

  static String metrics() {
    return given().get("/q/metrics").then().statusCode(200).extract().asString();
  }

  static double urbanPlanning(String metric) {
    return PrometheusText.valueOrZero(metrics(), metric, "agency", "urban-planning");
  }

  @Test
  void theEventsACaseOpensWithContinueTheTraceOfTheSubmission() {
    byte[] random = new byte[16];
    ThreadLocalRandom.current().nextBytes(random);
    String traceId = HexFormat.of().formatHex(random);
    PermitSubmitted submission = Submissions.localWarehouse().build();
    KafkaEvents.publishRaw(
        Topics.PERMIT_EVENTS,
        submission.applicationId().toString(),
        EventType.PERMIT_SUBMITTED.type(),
        EventJson.write(submission),
        UUID.randomUUID(),
        "00-" + traceId + "-00f067aa0ba902b7-01");

    // The event that the submission causes: the completeness check opens.
    ReceivedEvent check =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    KafkaEvents.readAll(Topics.REVIEW_EVENTS).stream()
                        .filter(e -> submission.applicationId().toString().equals(e.key()))
                        .toList(),
                events -> !events.isEmpty())
            .get(0);
    assertEquals(EventType.REVIEW_COMPLETENESS_OPENED.type(), check.type());
    assertEquals(
        traceId, check.traceId(), "review.completeness-opened continues the submission's trace");
  }

  @Test
  void openStepsPerAgencyAndTheTimeAStepTookAreExposed() {
    double decidedBefore = urbanPlanning("permits_review_step_duration_seconds_count");

    Cases.OpenCase c = Cases.localWarehouse();
    long openWithTheNewStep = openUrbanPlanningSteps();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> urbanPlanning("permits_review_steps_open") == openUrbanPlanningSteps());
    Cases.act(Cases.URSULA, c, c.stepId(), "claim").statusCode(200);
    Cases.decide(Cases.URSULA, c, c.stepId(), Map.of("outcome", "APPROVE")).statusCode(200);

    assertEquals(
        decidedBefore + 1,
        urbanPlanning("permits_review_step_duration_seconds_count"),
        "each decided step is timed, by agency");
    assertEquals(openWithTheNewStep - 1, openUrbanPlanningSteps());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> urbanPlanning("permits_review_steps_open") == openUrbanPlanningSteps());
    assertTrue(
        PrometheusText.value(metrics(), "permits_review_steps_overdue", "agency", "customs")
            .isPresent(),
        "every agency has a figure, also when it has nothing overdue");
  }

  /** What the gauge must show: the open urban-planning steps in the database. */
  long openUrbanPlanningSteps() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery(
                        "SELECT count(s) FROM ReviewStep s WHERE s.agency = :agency"
                            + " AND s.status IN ('OPEN', 'PROPOSED', 'INFORMATION_REQUESTED')",
                        Long.class)
                    .setParameter("agency", Agency.URBAN_PLANNING)
                    .getSingleResult());
  }
}
