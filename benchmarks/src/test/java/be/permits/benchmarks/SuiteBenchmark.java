package be.permits.benchmarks;

import be.permits.localrun.DemoData;
import be.permits.localrun.LocalSuite;
import be.permits.localrun.SuitePorts;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The suite's throughput in one run, beside the raw limit of the same machine: the durable commit
 * ceiling of its PostgreSQL; permit-service's create + submit under open-model arrivals at rising
 * rates, through the service's own port; a burst at ten times the best rate; the whole suite held
 * at one rate for five minutes (cases, ledger entries, emails); 50 signed-in people reading pages;
 * each service's start-up and memory. Writes {@code docs/benchmarks/throughput.md} and logs the
 * same figures.
 *
 * <pre>
 * ./mvnw -B install -DskipTests && ./mvnw -B verify -pl benchmarks -Dbenchmark.full=true
 * </pre>
 *
 * Without {@code -Dbenchmark.full=true} (as in the build's own test run) every phase is a few
 * seconds long and the report goes to {@code benchmarks/target/}: that checks the benchmark works,
 * not what it measures.
 */
class SuiteBenchmark {
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  private static final double KNEE_P99_MILLIS = 100;
  private static final org.jboss.logging.Logger LOG =
      org.jboss.logging.Logger.getLogger(SuiteBenchmark.class);

  @Test
  void measure() throws Exception {
    boolean quick = !Boolean.getBoolean("benchmark.full");
    Duration ceilingTime = quick ? Duration.ofSeconds(2) : Duration.ofSeconds(10);
    Duration stepTime = quick ? Duration.ofSeconds(3) : Duration.ofSeconds(20);
    List<Double> rates =
        quick
            ? List.of(5.0, 10.0)
            : List.of(10.0, 20.0, 40.0, 60.0, 80.0, 100.0, 150.0, 200.0, 300.0, 500.0, 1000.0);
    // How long the suite may take to finish what a phase left before the next one starts.
    Duration settling = quick ? Duration.ofSeconds(5) : Duration.ofSeconds(60);
    Path home = Path.of(System.getProperty("suite.home", "..")).toAbsolutePath().normalize();
    SuitePorts ports = SuitePorts.free();
    // One applicant makes all the load, so the per-person API limit is lifted for this run.
    Map<String, String> environment = Map.of("RATE_LIMIT_API_PER_MINUTE", "100000000");
    Instant began = Instant.now();
    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
    try (LocalSuite suite =
        LocalSuite.start(
            new LocalSuite.Options(
                home,
                home.resolve("benchmarks/target/suite"),
                ports,
                true,
                false,
                environment,
                // The short run starts the services without a start-up cache: recording one
                // would cost CI half a minute for a cache that a fresh clone never uses again.
                quick ? null : home.resolve("benchmarks/target/startup-cache")))) {
      String jdbc = "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/permit";
      SuiteState state =
          new SuiteState(
              "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/",
              "127.0.0.1:" + ports.kafka());
      Measured.Machine machine = Measured.Machine.describe(jdbc, suite.serviceJava());
      double ceilingOne = CommitCeiling.measure(jdbc, "postgres", 1, ceilingTime);
      double ceilingSixteen = CommitCeiling.measure(jdbc, "postgres", 16, ceilingTime);
      LOG.infof(
          "Commit ceiling: %.0f/s (1 connection), %.0f/s (16 connections)",
          ceilingOne, ceilingSixteen);

      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      String permit = "http://127.0.0.1:" + ports.permitService();
      String body = demoApplication();
      Supplier<String> token = freshToken(suite, refresher);
      Supplier<CompletableFuture<String>> arrival =
          () -> createAndSubmit(http, permit, token.get(), body);
      // A freshly started JVM runs interpreted at first, and its JIT compilers take CPU for a
      // minute or more: warm up before anything is counted.
      OpenModelLoad.run(
          quick ? 5 : 10,
          quick ? Duration.ofSeconds(2) : Duration.ofSeconds(60),
          arrival,
          Duration.ofSeconds(30));
      state.awaitEmpty(settling);
      List<Footprint> footprints = new ArrayList<>();
      for (LocalSuite.RunningService service : suite.services()) {
        footprints.add(
            new Footprint(
                service.name(), service.startup(), null, Measured.residentBytes(service.pid())));
      }
      List<OpenModelLoad.Step> steps = new ArrayList<>();
      int saturatedInARow = 0;
      List<Map<String, Double>> cpuPerSubmission = new ArrayList<>();
      for (double rate : rates) {
        Map<String, Long> cpuBefore = Measured.cpuMillis(suite.services());
        OpenModelLoad.Step step =
            OpenModelLoad.run(rate, stepTime, arrival, Duration.ofSeconds(30));
        steps.add(step);
        LOG.infof(
            "offered %5.0f/s  achieved %7.1f/s  p50 %8.1f ms  p99 %8.1f ms  max %8.1f ms"
                + "  failed %d %s",
            step.offered(),
            step.achieved(),
            step.p50Millis(),
            step.p99Millis(),
            step.maxMillis(),
            step.failed(),
            step.failures());
        saturatedInARow = isSaturated(step) ? saturatedInARow + 1 : 0;
        // The services' backlogs (events, emails) drain before the next rate starts; the CPU
        // they spend meanwhile belongs to this step's submissions.
        state.awaitEmpty(settling);
        Map<String, Long> cpuAfter = Measured.cpuMillis(suite.services());
        Map<String, Double> perSubmission = new java.util.LinkedHashMap<>();
        cpuAfter.forEach(
            (name, millis) ->
                perSubmission.put(
                    name,
                    (millis - cpuBefore.getOrDefault(name, millis))
                        / (double) Math.max(1, step.succeeded())));
        cpuPerSubmission.add(perSubmission);
        if (saturatedInARow == 2) {
          break;
        }
      }
      // Ten times what the service took with a good answer, all at once: refused, not broken.
      double best =
          steps.stream()
              .filter(SuiteBenchmark::meetsKnee)
              .mapToDouble(OpenModelLoad.Step::offered)
              .max()
              .orElse(steps.stream().mapToDouble(OpenModelLoad.Step::achieved).max().orElse(10));
      OpenModelLoad.Step burstStep =
          OpenModelLoad.run(
              Math.max(50, 10 * best),
              quick ? Duration.ofSeconds(2) : Duration.ofSeconds(5),
              arrival,
              Duration.ofSeconds(60));
      Overload.Burst burst = Overload.check(burstStep, jdbc);
      LOG.infof(
          "burst %5.0f/s  achieved %7.1f/s  p99 %8.1f ms  refused %s  server errors %d"
              + "  half-written %d",
          burstStep.offered(),
          burstStep.achieved(),
          burstStep.p99Millis(),
          burstStep.failures(),
          burst.serverErrors(),
          burst.halfWritten());
      // The burst leaves thousands of emails behind; the sustained run starts from an idle suite.
      SuiteState.Backlog leftByBurst = state.awaitEmpty(quick ? settling : Duration.ofMinutes(5));
      if (!leftByBurst.empty()) {
        LOG.warnf("The sustained run starts with the burst's work not done: %s", leftByBurst);
      }

      List<SustainedRun.Attempt> sustained = holdSustainedRate(quick, steps, arrival, state);
      PageLoad.Result pages =
          PageLoad.run(
              http,
              suite.entryUrl(),
              quick ? 10 : 50,
              quick ? Duration.ofSeconds(5) : Duration.ofSeconds(60));
      for (PageLoad.PageFigures page : pages.pages()) {
        LOG.infof(
            "%-20s %6d requests  p50 %8.1f ms  p99 %8.1f ms  failed %d",
            page.page(), page.requests(), page.p50Millis(), page.p99Millis(), page.failed());
      }
      // Last, each service is stopped as an operator would (writing its start-up cache if its
      // first start recorded one) and started again: the start a deployment sees every day. The
      // quick run, without a cache, restarts only the first one: that the restart works, not what
      // it takes (a minute of CI otherwise).
      List<Footprint> restarted = new ArrayList<>();
      for (Footprint f : footprints) {
        if (quick && !restarted.isEmpty()) {
          restarted.add(f);
          continue;
        }
        Duration again = suite.restartService(f.service());
        LOG.infof("%s: first start %s, started again in %s", f.service(), f.startup(), again);
        restarted.add(new Footprint(f.service(), f.startup(), again, f.residentBytes()));
      }
      footprints = restarted;
      Path report =
          quick
              ? home.resolve("benchmarks/target/throughput-quick.md")
              : home.resolve("docs/benchmarks/throughput.md");
      Files.createDirectories(report.getParent());
      Files.writeString(
          report,
          ThroughputReport.render(
              new ThroughputReport.Figures(
                  machine,
                  began,
                  stepTime,
                  ceilingOne,
                  ceilingSixteen,
                  steps,
                  cpuPerSubmission,
                  KNEE_P99_MILLIS,
                  burst,
                  sustained,
                  pages,
                  footprints)));
      LOG.infof("Report: %s", report);
      if (steps.stream().noneMatch(s -> s.succeeded() > 0)) {
        throw new AssertionError("No submission went through: the benchmark measured nothing");
      }
      if (!burst.holds()) {
        throw new AssertionError(
            "The burst broke something: "
                + burst
                + "\n"
                + Overload.unexpectedErrors(home.resolve("benchmarks/target/suite/logs")));
      }
      if (sustained.stream().allMatch(a -> a.delays().opened() == 0)) {
        throw new AssertionError("No case opened in the sustained run: it measured nothing");
      }
      if (pages.pages().stream().anyMatch(p -> p.requests() == 0)) {
        throw new AssertionError("A page was never read: " + pages);
      }
    } finally {
      refresher.shutdownNow();
    }
  }

  /**
   * The sustained run: from the highest stepped rate that was not saturated, lower by a third until
   * a rate holds (at most three tries), five minutes each; a few seconds once in the quick run.
   */
  private static List<SustainedRun.Attempt> holdSustainedRate(
      boolean quick,
      List<OpenModelLoad.Step> steps,
      Supplier<CompletableFuture<String>> arrival,
      SuiteState state)
      throws Exception {
    double rate =
        quick
            ? 5
            : steps.stream()
                .filter(s -> !isSaturated(s))
                .mapToDouble(OpenModelLoad.Step::offered)
                .max()
                .orElse(5);
    Duration duration = quick ? Duration.ofSeconds(10) : Duration.ofMinutes(5);
    Duration sampling = quick ? Duration.ofSeconds(1) : Duration.ofSeconds(5);
    Duration drainLimit = quick ? Duration.ofSeconds(5) : Duration.ofSeconds(30);
    List<SustainedRun.Attempt> attempts = new ArrayList<>();
    for (int tries = quick ? 1 : 3; tries > 0; tries--) {
      SustainedRun.Attempt attempt =
          SustainedRun.hold(rate, duration, sampling, drainLimit, arrival, state);
      attempts.add(attempt);
      LOG.infof(
          "sustained %5.1f/s for %s: achieved %.1f/s, largest backlog %s, drained in %s,"
              + " to case p99 %d ms, to first email p99 %d ms",
          rate,
          duration,
          attempt.step().achieved(),
          attempt.largest(),
          attempt.drained(),
          attempt.delays().toCase().getValueAtPercentile(99),
          attempt.delays().toEmail().getValueAtPercentile(99));
      if (attempt.sustained()) {
        break;
      }
      rate = Math.max(1, Math.floor(rate * 2 / 3));
      state.awaitEmpty(Duration.ofMinutes(2));
    }
    return attempts;
  }

  /** Alice's API token, fetched again every minute so that long runs outlive its lifetime. */
  private static Supplier<String> freshToken(LocalSuite suite, ScheduledExecutorService refresher) {
    AtomicReference<String> token =
        new AtomicReference<>(DemoData.token(suite.realmUrl(), "alice", "demo"));
    refresher.scheduleWithFixedDelay(
        () -> {
          try {
            token.set(DemoData.token(suite.realmUrl(), "alice", "demo"));
          } catch (RuntimeException e) {
            LOG.warnf("Token refresh failed, the last one is kept: %s", e.getMessage());
          }
        },
        1,
        1,
        TimeUnit.MINUTES);
    return token::get;
  }

  /**
   * Past what the suite can take: answers refused or lost, or fewer than nine in ten arrivals
   * served. Rates go on rising past the knee until two steps in a row are saturated, so that the
   * report shows where throughput stops growing, not only where latency passes the bar.
   */
  static boolean isSaturated(OpenModelLoad.Step step) {
    return step.failed() > 0 || step.achieved() < 0.9 * step.offered();
  }

  static boolean meetsKnee(OpenModelLoad.Step step) {
    return step.failed() == 0 && step.p99Millis() <= KNEE_P99_MILLIS;
  }

  /** Creates the Liège hub draft, then submits it: "ok" when both answer as they should. */
  private static CompletableFuture<String> createAndSubmit(
      HttpClient http, String permit, String token, String body) {
    HttpRequest create =
        HttpRequest.newBuilder(URI.create(permit + "/api/applications"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.sendAsync(create, HttpResponse.BodyHandlers.ofString())
        .thenCompose(
            created -> {
              Matcher id = ID.matcher(created.body());
              if (created.statusCode() != 201 || !id.find()) {
                return CompletableFuture.completedFuture(outcome("create", created));
              }
              HttpRequest submit =
                  HttpRequest.newBuilder(
                          URI.create(permit + "/api/applications/" + id.group(1) + "/submit"))
                      .timeout(Duration.ofSeconds(30))
                      .header("Authorization", "Bearer " + token)
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .build();
              return http.sendAsync(submit, HttpResponse.BodyHandlers.discarding())
                  .thenApply(s -> s.statusCode() == 200 ? "ok" : outcome("submit", s));
            });
  }

  /** A refusal by its status; one that asks to come back must say when. */
  private static String outcome(String request, HttpResponse<?> answer) {
    int status = answer.statusCode();
    boolean comeBack = status == 503 || status == 429;
    if (comeBack && answer.headers().firstValue("Retry-After").isEmpty()) {
      return request + " " + status + " " + Overload.WITHOUT_RETRY_AFTER;
    }
    return request + " " + status;
  }

  private static String demoApplication() throws IOException {
    try (InputStream in = DemoData.class.getResourceAsStream("/demo/liege-hub.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A service's start (process start to its first ready answer) and its memory after warm-up. */
  /**
   * A service's first start in the run, its start when started again (null until measured), and its
   * memory after the warm-up.
   */
  record Footprint(String service, Duration startup, Duration restart, long residentBytes) {}
}
