package be.permits.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.localrun.LocalSuite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Submissions arrive at a steady rate while Kafka is killed (SIGKILL) five times, PostgreSQL twice
 * and each service once, each started again by the local run's supervisor as Kubernetes would.
 * Then: every acknowledged submission has exactly one review case with its steps, every event
 * exactly one ledger entry, every notification sent exactly one email (by Message-ID at the SMTP
 * server), no answer was a 5xx other than 503, and after each restart the outboxes and the
 * consumers' lag came back to zero within 30 s.
 *
 * <p>CI runs {@code faults.submissions} = 60 and kills each part once; the README's command ({@code
 * -Dfaults.full=true}) runs 1,000 with every crash above and writes {@code
 * docs/benchmarks/faults.md}.
 */
@ExtendWith(RunningSuite.class)
class FaultTest {
  static final int SUBMISSIONS = Integer.getInteger("faults.submissions", 60);
  static final double RATE = Double.parseDouble(System.getProperty("faults.rate", "1"));
  static final Path REPORT = Path.of(System.getProperty("faults.report", "target/faults.md"));
  static final Duration RECOVERY = Duration.ofSeconds(30);

  /**
   * The full run kills Kafka five times, PostgreSQL twice and each service once; CI kills each part
   * once, which tries every kind of crash at half the time (two minutes of a slow build).
   */
  static final List<String> FAULTS =
      Boolean.getBoolean("faults.full")
          ? List.of(
              "kafka",
              "permit-service",
              "kafka",
              "postgres",
              "review-service",
              "kafka",
              "notification-service",
              "kafka",
              "postgres",
              "kafka")
          : List.of(
              "kafka", "permit-service", "postgres", "review-service", "notification-service");

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final PatientApplicant bob = new PatientApplicant();

  /**
   * What one fault did: how long its part was down, how much work waited when it was back (events
   * unrelayed plus records unconsumed), and how long until all of that was done.
   */
  record Outcome(String part, long downMillis, long waitingAtReady, long drainedMillis) {}

  @Test
  void noAcknowledgedWorkIsLostOrDoubledWhilePartsCrash() throws Exception {
    LocalSuite suite = RunningSuite.suite();
    Instant start = Instant.now();
    ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();
    ExecutorService clients = Executors.newFixedThreadPool(32);
    AtomicInteger sent = new AtomicInteger();
    AtomicBoolean faultsDone = new AtomicBoolean();
    // The load goes on until every fault is over and at least SUBMISSIONS were offered.
    arrivals.scheduleAtFixedRate(
        () -> {
          if (!faultsDone.get() || sent.get() < SUBMISSIONS) {
            sent.incrementAndGet();
            clients.submit(bob::submitOne);
          }
        },
        0,
        (long) (1000 / RATE),
        TimeUnit.MILLISECONDS);

    List<Outcome> outcomes = new ArrayList<>();
    long interval = (long) (SUBMISSIONS / RATE * 1000 / (FAULTS.size() + 1));
    for (String part : FAULTS) {
      TimeUnit.MILLISECONDS.sleep(interval);
      outcomes.add(crash(suite, part));
    }
    faultsDone.set(true);
    while (sent.get() < SUBMISSIONS) {
      TimeUnit.MILLISECONDS.sleep(200);
    }
    arrivals.shutdown();
    clients.shutdown();
    assertTrue(clients.awaitTermination(5, TimeUnit.MINUTES), "every client ends");
    Duration loadTime = Duration.between(start, Instant.now());

    awaitQuiet(Duration.ofMinutes(Math.max(3, SUBMISSIONS / 50)));
    Map<String, Object> checks = check(suite, start);
    write(outcomes, checks, loadTime);

    assertEquals(List.of(), bob.problems(), "no answer was a 5xx other than 503");
    for (Outcome outcome : outcomes) {
      assertTrue(
          outcome.drainedMillis() >= 0 && outcome.drainedMillis() <= RECOVERY.toMillis(),
          outcome.part() + ": the backlog drained in " + outcome.drainedMillis() + " ms");
    }
    assertEquals(0L, checks.get("acknowledged without exactly one case"));
    assertEquals(0L, checks.get("events in the ledger twice"));
    assertEquals(0L, checks.get("events missing from the ledger"));
    assertEquals(0L, checks.get("sent notifications with no email (by Message-ID)"));
    assertEquals(0L, checks.get("messages of no notification"));
  }

  /** Kills the part, waits for the supervisor to bring it back, then for the backlog to drain. */
  Outcome crash(LocalSuite suite, String part) throws Exception {
    Instant killed = Instant.now();
    suite.kill(part);
    while (!suite.isUp(part) || !ready(part)) {
      TimeUnit.MILLISECONDS.sleep(200);
      if (Duration.between(killed, Instant.now()).toMinutes() > 3) {
        throw new AssertionError(part + " did not come back");
      }
    }
    Instant up = Instant.now();
    long waiting = SuiteBacklog.size();
    SuiteBacklog.Mark mark = SuiteBacklog.mark();
    long down = Duration.between(killed, up).toMillis();
    while (!SuiteBacklog.cleared(mark)) {
      TimeUnit.MILLISECONDS.sleep(200);
      if (Duration.between(up, Instant.now()).compareTo(RECOVERY.multipliedBy(4)) > 0) {
        return new Outcome(part, down, waiting, -1);
      }
    }
    return new Outcome(part, down, waiting, Duration.between(up, Instant.now()).toMillis());
  }

  /** A service is ready when its health says so; PostgreSQL and Kafka when they answer. */
  boolean ready(String part) {
    int port =
        switch (part) {
          case "permit-service" -> RunningSuite.ports().permitService();
          case "review-service" -> RunningSuite.ports().reviewService();
          case "notification-service" -> RunningSuite.ports().notificationService();
          default -> 0;
        };
    if (port == 0) {
      return SuiteBacklog.sizeOrMinusOne() >= 0;
    }
    try {
      return http.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (Exception e) {
      return false;
    }
  }

  /** Waits until nothing is left to relay, consume or mail. */
  void awaitQuiet(Duration limit) throws Exception {
    Instant end = Instant.now().plus(limit);
    while (Instant.now().isBefore(end)) {
      if (SuiteBacklog.size() == 0
          && SuiteBacklog.pendingNotifications() == 0
          && casesMissing() == 0) {
        return;
      }
      TimeUnit.SECONDS.sleep(1);
    }
  }

  long casesMissing() throws SQLException {
    long missing = 0;
    try (Connection c = SuiteBacklog.database("review");
        PreparedStatement q =
            c.prepareStatement("SELECT count(*) FROM review_case WHERE application_id = ?::uuid")) {
      for (String id : bob.acknowledged()) {
        q.setString(1, id);
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          if (rs.getLong(1) == 0) {
            missing++;
          }
        }
      }
    }
    return missing;
  }

  Map<String, Object> check(LocalSuite suite, Instant start) throws SQLException {
    Map<String, Object> checks = new TreeMap<>();
    long wrongCases = 0;
    try (Connection c = SuiteBacklog.database("review");
        PreparedStatement q =
            c.prepareStatement(
                "SELECT count(DISTINCT rc.id), count(s.id) FROM review_case rc"
                    + " LEFT JOIN review_step s ON s.case_id = rc.id"
                    + " WHERE rc.application_id = ?::uuid")) {
      for (String id : bob.acknowledged()) {
        q.setString(1, id);
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          if (rs.getLong(1) != 1 || rs.getLong(2) < 1) {
            wrongCases++;
          }
        }
      }
    }
    checks.put("acknowledged without exactly one case", wrongCases);

    Set<String> ledger = new HashSet<>();
    long twice;
    try (Connection c = SuiteBacklog.database("review");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT event_id::text, count(*) FROM ledger_entry WHERE event_id IS NOT NULL"
                        + " GROUP BY event_id")) {
      long doubled = 0;
      while (rs.next()) {
        ledger.add(rs.getString(1));
        if (rs.getLong(2) > 1) {
          doubled++;
        }
      }
      twice = doubled;
    }
    checks.put("events in the ledger twice", twice);
    long missing = 0;
    long events = 0;
    for (String database : SuiteBacklog.DATABASES) {
      try (Connection c = SuiteBacklog.database(database);
          PreparedStatement q =
              // The ledger's own checkpoints (aggregate "ledger") are not application events.
              c.prepareStatement(
                  "SELECT id::text FROM outbox_event WHERE created_at >= ?"
                      + " AND aggregatetype IN ('permit', 'review', 'notification')")) {
        q.setObject(1, java.sql.Timestamp.from(start));
        try (ResultSet rs = q.executeQuery()) {
          while (rs.next()) {
            events++;
            if (!ledger.contains(rs.getString(1))) {
              missing++;
            }
          }
        }
      }
    }
    checks.put("events published during the run", events);
    checks.put("events missing from the ledger", missing);

    Map<String, Integer> byMessageId = new HashMap<>();
    for (String id : suite.receivedMessageIds()) {
      if (id != null) {
        byMessageId.merge(id, 1, Integer::sum);
      }
    }
    Set<String> sentIds = new HashSet<>();
    try (Connection c = SuiteBacklog.database("notification");
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT id::text FROM notification WHERE status = 'SENT'")) {
      while (rs.next()) {
        sentIds.add("<" + rs.getString(1) + "@permits.example>");
      }
    }
    long withoutOne = sentIds.stream().filter(id -> !byMessageId.containsKey(id)).count();
    long strangers = byMessageId.keySet().stream().filter(id -> !sentIds.contains(id)).count();
    long repeats = byMessageId.values().stream().filter(n -> n > 1).count();
    checks.put("sent notifications with no email (by Message-ID)", withoutOne);
    checks.put("messages of no notification", strangers);
    checks.put("messages received again under the same Message-ID (one email)", repeats);
    checks.put("notifications sent in all", (long) sentIds.size());
    checks.put("submissions acknowledged", (long) bob.acknowledged().size());
    checks.put("drafts created", (long) bob.drafts());
    return checks;
  }

  void write(List<Outcome> outcomes, Map<String, Object> checks, Duration loadTime)
      throws Exception {
    StringBuilder md = new StringBuilder();
    md.append("# Faults: crashes under a steady load\n\n")
        .append("Written by `FaultTest` (system-tests) on ")
        .append(Instant.now())
        .append(", on this machine (")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores). ")
        .append(SUBMISSIONS)
        .append(" submissions at least (create + submit, through the entry point; ")
        .append(bob.acknowledged().size() + " acknowledged) offered at ")
        .append(RATE)
        .append(" a second, over ")
        .append(loadTime.toSeconds())
        .append(" s; each part killed with SIGKILL and started again by the local run's")
        .append(" supervisor. Clients retry 503 and lost answers, as the Retry-After asks.\n\n")
        .append("| part killed | down (kill to ready), ms | waiting when ready |")
        .append(" what waited was done after, ms |\n")
        .append("|---|---|---|---|\n");
    for (Outcome o : outcomes) {
      md.append("| ")
          .append(o.part())
          .append(" | ")
          .append(o.downMillis())
          .append(" | ")
          .append(o.waitingAtReady() == Long.MAX_VALUE ? "unknown" : o.waitingAtReady())
          .append(" | ")
          .append(o.drainedMillis() < 0 ? "not within 120 s" : o.drainedMillis())
          .append(" |\n");
    }
    md.append("\n| check | value |\n|---|---|\n");
    checks.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    md.append("\n| answer status | count |\n|---|---|\n");
    bob.statuses()
        .forEach(
            (status, n) ->
                md.append("| ")
                    .append(status < 0 ? "no answer (timeout)" : status)
                    .append(" | ")
                    .append(n)
                    .append(" |\n"));
    Files.createDirectories(REPORT.toAbsolutePath().getParent());
    Files.writeString(REPORT, md.toString());
    Logger.getLogger(FaultTest.class).info(md);
  }
}
