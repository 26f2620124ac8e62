package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Topics;
import be.permits.support.observability.DiscardingSpanExporter;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.KafkaEvents.ReceivedEvent;
import be.permits.testsupport.PrometheusText;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What an operator relies on: figures that move, and traces that follow an application. */
@QuarkusTest
class ObservabilityTest {
  @Inject Instance<SpanExporter> spanExporters;

  static String metrics() {
    return given().get("/q/metrics").then().statusCode(200).extract().asString();
  }

  static String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  @Test
  void aSubmissionIsCountedAndItsEventContinuesTheTraceOfTheRequest() {
    double before = PrometheusText.valueOrZero(metrics(), "permits_applications_submitted_total");
    String traceId = randomHex(16);
    String id = Applicants.createDraft(Applicants.ALICE, Samples.liegeHub());

    given()
        .auth()
        .oauth2(Applicants.ALICE)
        .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
        .post("/api/applications/{id}/submit", id)
        .then()
        .statusCode(200);

    assertEquals(
        before + 1,
        PrometheusText.valueOrZero(metrics(), "permits_applications_submitted_total"),
        "the counter moves once per submission");
    List<ReceivedEvent> events =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    KafkaEvents.readAll(Topics.PERMIT_EVENTS).stream()
                        .filter(e -> id.equals(e.key()))
                        .toList(),
                found -> !found.isEmpty());
    assertEquals(
        traceId,
        events.get(0).traceId(),
        "the relay publishes the event, later and on another thread, in the request's trace");
  }

  @Test
  void aRefusedSubmissionCountsNothing() {
    double before = PrometheusText.valueOrZero(metrics(), "permits_applications_submitted_total");
    String id = Applicants.createDraft(Applicants.ALICE, Samples.liegeHub());
    Applicants.submit(Applicants.ALICE, id).statusCode(200);
    Applicants.submit(Applicants.ALICE, id).statusCode(409);

    assertEquals(
        before + 1, PrometheusText.valueOrZero(metrics(), "permits_applications_submitted_total"));
  }

  @Test
  void theOutboxBacklogAndTheConsumersLagAreExposed() {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              String text = metrics();
              assertTrue(PrometheusText.value(text, "permits_outbox_pending").isPresent());
              assertTrue(
                  PrometheusText.value(text, "permits_outbox_oldest_pending_age_seconds")
                      .isPresent());
              assertTrue(
                  PrometheusText.value(text, "kafka_consumer_fetch_manager_records_lag_max")
                      .isPresent(),
                  "consumer lag of the review-events consumer");
            });
  }

  @Test
  void metricsAndHealthAreNotServedToRequestsThatCameThroughTheEntryPoint() {
    given().get("/q/metrics").then().statusCode(200);
    given().header("X-Forwarded-For", "203.0.113.7").get("/q/metrics").then().statusCode(404);
    given().header("Forwarded", "for=203.0.113.7").get("/q/health/ready").then().statusCode(404);
  }

  @Test
  void withoutACollectorConfiguredSpansAreDroppedRatherThanSent() {
    // The OTLP exporter is installed only when no other SpanExporter is resolvable.
    assertTrue(spanExporters.isResolvable(), "a SpanExporter of the suite's own is resolvable");
    assertInstanceOf(DiscardingSpanExporter.class, spanExporters.get());
  }
}
