package be.permits.systemtests;

import be.permits.localrun.DemoData;
import be.permits.localrun.LocalSuite;
import be.permits.localrun.SuitePorts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the suite once for all system tests, on free ports and from empty data, exactly as the
 * local run does, and stops it when the test run ends.
 */
public class RunningSuite implements BeforeAllCallback {
  private static LocalSuite suite;
  private static SuitePorts ports;
  private static TraceCollector traces;
  private static Path logs;
  // Access tokens live five minutes in the demo realm; a test that runs longer gets a fresh one.
  private static final Duration TOKEN_REUSE = Duration.ofMinutes(2);
  private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

  private record Token(String value, Instant taken) {}

  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    if (suite == null) {
      Path home = Path.of(System.getProperty("suite.home", "..")).toAbsolutePath().normalize();
      ports = SuitePorts.free();
      traces = new TraceCollector();
      Path data = home.resolve("system-tests/target/suite");
      logs = data.resolve("logs");
      // As in production: spans go to a collector, and logs are JSON lines.
      Map<String, String> production =
          Map.of(
              "OTLP_ENDPOINT", traces.endpoint(),
              "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf",
              "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "PT0.5S",
              // The jobs that act on dates (overdue steps, inquiries that end) run often, so
              // that a test which moves a date back sees them act within seconds.
              "REVIEW_ESCALATION_EVERY", "2s",
              "LOG_JSON", "true");
      suite =
          LocalSuite.start(new LocalSuite.Options(home, data, ports, true, true, production, null));
      ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
      store.put("suite", (ExtensionContext.Store.CloseableResource) suite::close);
      store.put("traces", (ExtensionContext.Store.CloseableResource) traces::close);
    }
  }

  /** The running suite itself, for the fault test that kills and watches its parts. */
  static LocalSuite suite() {
    return suite;
  }

  /** The services' own ports, for what the entry point does not expose (OpenAPI documents). */
  public static SuitePorts ports() {
    return ports;
  }

  /** The spans the services exported. */
  static TraceCollector traces() {
    return traces;
  }

  /** Where each service's output goes: {@code <service>.log}. */
  static Path logs() {
    return logs;
  }

  public static String realmUrl() {
    return suite.realmUrl();
  }

  public static String entryUrl() {
    return suite.entryUrl();
  }

  public static String receivedMail() {
    return suite.receivedMail();
  }

  /**
   * The token of the last link matching {@code link} (its first group) in the mail sent to {@code
   * address}, once it arrives: other tests' mail never answers for it.
   */
  public static String linkIn(String address, java.util.regex.Pattern link) {
    return org.awaitility.Awaitility.await()
        .atMost(WholeStoryTest.PATIENCE)
        .until(
            () -> {
              String token = null;
              for (String text :
                  io.restassured.path.json.JsonPath.from(receivedMail())
                      .getList(
                          "findAll { it.to?.contains('" + address + "') }.text", String.class)) {
                java.util.regex.Matcher m = link.matcher(text);
                while (m.find()) {
                  token = m.group(1);
                }
              }
              return token;
            },
            t -> t != null);
  }

  /** A real Keycloak access token of a demo user (password grant), reused for two minutes. */
  public static String token(String user) {
    return TOKENS
        .compute(
            user,
            (u, known) ->
                known != null && known.taken().plus(TOKEN_REUSE).isAfter(Instant.now())
                    ? known
                    : new Token(DemoData.token(suite.realmUrl(), u, "demo"), Instant.now()))
        .value();
  }
}
