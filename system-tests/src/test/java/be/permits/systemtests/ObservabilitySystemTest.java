package be.permits.systemtests;

import static be.permits.systemtests.WholeStoryTest.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator of the running suite relies on: one trace follows an application from the
 * applicant's request through the outbox and Kafka into both other services, and the JSON logs
 * carry its trace and application ids but never a token, a secret or a classified note.
 */
@ExtendWith(RunningSuite.class)
class ObservabilitySystemTest {
  static final List<String> SERVICES =
      List.of("permit-service", "review-service", "notification-service");

  static String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  @Test
  void oneSubmissionIsOneTraceAcrossTheThreeServicesAndTheirLogs() throws IOException {
    String traceId = randomHex(16);
    Submissions.Submitted submitted =
        Submissions.throughApi("bob", "00-" + traceId + "-" + randomHex(8) + "-01");
    String id = submitted.id();
    String reference = submitted.reference();

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                assertEquals(
                    Set.copyOf(SERVICES),
                    RunningSuite.traces().trace(traceId).stream()
                        .map(TraceCollector.ReceivedSpan::service)
                        .collect(Collectors.toSet()),
                    "spans of the submission's trace, by service; unreadable exports: "
                        + RunningSuite.traces().problems()));

    // A classified note, and the secrets every service holds: none may reach a log.
    String classified = "Classified-" + UUID.randomUUID();
    JsonPath kase = WholeStoryTest.myCase("sophie", reference);
    as("sophie")
        .contentType(ContentType.JSON)
        .body(Map.of("text", classified, "visibility", "AGENCY"))
        .post("/api/cases/{id}/notes", kase.getString("id"))
        .then()
        .statusCode(201);
    List<String> forbidden =
        List.of(
            RunningSuite.token("bob"),
            RunningSuite.token("sophie"),
            classified,
            "local-demo-web-secret",
            "local-demo-notification-secret");

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              for (String service : SERVICES) {
                List<JsonPath> lines = jsonLines(service);
                assertTrue(
                    lines.stream()
                        .anyMatch(
                            l ->
                                traceId.equals(l.getString("mdc.traceId"))
                                    && id.equals(l.getString("mdc.applicationId"))),
                    service + " logs a line about the application with its trace id");
              }
            });
    for (String service : SERVICES) {
      String log = Files.readString(RunningSuite.logs().resolve(service + ".log"));
      for (String secret : forbidden) {
        assertFalse(log.contains(secret), service + " logged a token, secret or classified note");
      }
    }
  }

  /** Every line a service wrote, each of which must be a JSON object. */
  static List<JsonPath> jsonLines(String service) throws IOException {
    return Files.readAllLines(RunningSuite.logs().resolve(service + ".log")).stream()
        .filter(line -> !line.isBlank())
        .map(
            line -> {
              assertTrue(line.startsWith("{"), service + " wrote a line that is not JSON: " + line);
              return JsonPath.from(line);
            })
        .toList();
  }
}
