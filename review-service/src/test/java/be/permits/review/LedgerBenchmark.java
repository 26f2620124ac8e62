package be.permits.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.review.ledger.AuditTrail;
import be.permits.review.ledger.LedgerHash;
import be.permits.review.ledger.LedgerSearch;
import be.permits.support.security.Caller;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * Loads one million ledger entries (a valid chain) into real PostgreSQL and measures the auditors'
 * queries: p50 and p99 latency, written to docs/benchmarks/audit-ledger.md. Not part of the test
 * run (the name does not end in Test); run it with
 *
 * <pre>
 * ./mvnw -pl review-service verify -Dtest=LedgerBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@QuarkusTest
class LedgerBenchmark {
  static final int ENTRIES = Integer.getInteger("ledger.benchmark.entries", 1_000_000);
  static final int APPLICATIONS = 10_000;
  private static final org.jboss.logging.Logger LOG =
      org.jboss.logging.Logger.getLogger(LedgerBenchmark.class);
  static final int RUNS = 300;
  static final String[] AGENCIES = {
    "URBAN_PLANNING",
    "ENVIRONMENT",
    "CUSTOMS",
    "STATE_SECURITY",
    "DATA_PROTECTION",
    "FDI_SCREENING",
    "DECIDING_AUTHORITY"
  };

  @Inject AgroalDataSource dataSource;
  @Inject AuditTrail trail;

  final Random random = new Random(42);
  final Caller auditor =
      new Caller("sub-bench", "Bench", null, "en", Set.of("auditor"), null, null);

  @Test
  void oneMillionEntries() throws Exception {
    long loadStart = System.nanoTime();
    load();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

    List<String> rows = new ArrayList<>();
    rows.add(
        measure(
            "timeline of one application (~" + ENTRIES / APPLICATIONS + " entries)",
            () -> trail.timeline(auditor, application(random.nextInt(APPLICATIONS))).size()));
    rows.add(
        measure(
            "search by actor, first page of 100",
            () ->
                trail
                    .search(
                        auditor,
                        new LedgerSearch.Criteria(
                            List.of("sub-" + random.nextInt(200)), null, null, null, null, null),
                        LedgerSearch.Window.first(LedgerSearch.Order.NEWEST, 100))
                    .entries()
                    .size()));
    rows.add(
        measure(
            "search by agency and a one-week window, page of 100",
            () -> {
              Instant from =
                  Instant.parse("2026-01-01T00:00:00Z").plus(random.nextInt(300), ChronoUnit.DAYS);
              return trail
                  .search(
                      auditor,
                      new LedgerSearch.Criteria(
                          List.of(),
                          null,
                          AGENCIES[random.nextInt(AGENCIES.length)],
                          null,
                          from,
                          from.plus(7, ChronoUnit.DAYS)),
                      LedgerSearch.Window.first(LedgerSearch.Order.NEWEST, 100))
                  .entries()
                  .size();
            }));
    rows.add(
        measure(
            "search by action, keyset page 50 (after seq ~ middle)",
            () ->
                trail
                    .search(
                        auditor,
                        new LedgerSearch.Criteria(
                            List.of(), null, null, "review.step-decided.v1", null, null),
                        new LedgerSearch.Window(LedgerSearch.Order.OLDEST, ENTRIES / 2, false, 50))
                    .entries()
                    .size()));
    long verifyStart = System.nanoTime();
    AuditTrail.Verification verification = trail.verify(auditor, 1, Long.MAX_VALUE);
    double verifySeconds = (System.nanoTime() - verifyStart) / 1e9;
    assertTrue(verification.valid(), "the loaded chain verifies: " + verification);

    String report =
        String.format(
            Locale.ROOT,
            "# Audit ledger benchmark%n%n"
                + "Measured %s by `LedgerBenchmark` (review-service tests) against embedded"
                + " PostgreSQL 17 on this machine: %d cores, JVM %s. Each query goes through"
                + " `AuditTrail` in process (no HTTP), including the ledger entry that records"
                + " the query itself. %d runs each after 20 warm-up runs.%n%n"
                + "Ledger: %,d entries, %,d applications, 200 actors, 7 agencies, one year of"
                + " timestamps. Loading took %.1f s; verifying the whole chain took %.1f s (%,d"
                + " entries checked).%n%n"
                + "| query | p50 (ms) | p99 (ms) |%n|---|---|---|%n%s%n",
            Instant.now().truncatedTo(ChronoUnit.SECONDS),
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            RUNS,
            ENTRIES,
            APPLICATIONS,
            loadSeconds,
            verifySeconds,
            verification.checked(),
            String.join("\n", rows));
    Path out = Path.of("..", "docs", "benchmarks", "audit-ledger.md");
    Files.writeString(out, report);
    LOG.info(report);
  }

  private String measure(String name, LongSupplier query) {
    for (int i = 0; i < 20; i++) {
      query.getAsLong();
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      query.getAsLong();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return String.format(
        Locale.ROOT,
        "| %s | %.2f | %.2f |",
        name,
        nanos[RUNS / 2] / 1e6,
        nanos[(int) Math.ceil(RUNS * 0.99) - 1] / 1e6);
  }

  static UUID application(int n) {
    return new UUID(0x5EEDL, n);
  }

  private void load() throws Exception {
    String[] actions = {
      "permit.submitted.v1",
      "review.opened.v1",
      "review.step-decided.v1",
      "review.information-requested.v1",
      "notification.sent.v1"
    };
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      long seq = 0;
      String prev = LedgerHash.GENESIS;
      try (ResultSet head =
          c.createStatement()
              .executeQuery("SELECT seq, entry_hash FROM ledger_entry ORDER BY seq DESC LIMIT 1")) {
        if (head.next()) {
          seq = head.getLong(1);
          prev = head.getString(2);
        }
      }
      Instant start = Instant.parse("2026-01-01T00:00:00Z");
      long step = 365L * 24 * 3600 * 1_000_000 / ENTRIES;
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO ledger_entry (seq, recorded_at, event_id, source, action,"
                  + " application_id, actor, actor_role, actor_agency, payload_hash, prev_hash,"
                  + " entry_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
        for (int i = 0; i < ENTRIES; i++) {
          seq++;
          Instant at = LedgerHash.stored(start.plus(step * i, ChronoUnit.MICROS));
          UUID event = UUID.randomUUID();
          String action = actions[random.nextInt(actions.length)];
          String source = action.substring(0, action.indexOf('.')) + "-events";
          UUID app = application(random.nextInt(APPLICATIONS));
          String actor = "sub-" + random.nextInt(200);
          String agency = AGENCIES[random.nextInt(AGENCIES.length)];
          String payloadHash = LedgerHash.sha256("payload " + i);
          String hash =
              LedgerHash.entryHash(
                  prev,
                  seq,
                  at,
                  event,
                  source,
                  action,
                  app,
                  actor,
                  "reviewer",
                  agency,
                  payloadHash);
          insert.setLong(1, seq);
          insert.setTimestamp(2, Timestamp.from(at));
          insert.setObject(3, event);
          insert.setString(4, source);
          insert.setString(5, action);
          insert.setObject(6, app);
          insert.setString(7, actor);
          insert.setString(8, "reviewer");
          insert.setString(9, agency);
          insert.setString(10, payloadHash);
          insert.setString(11, prev);
          insert.setString(12, hash);
          insert.addBatch();
          prev = hash;
          if (seq % 5000 == 0) {
            insert.executeBatch();
            c.commit();
          }
        }
        insert.executeBatch();
        c.commit();
      }
      c.createStatement().execute("ANALYZE ledger_entry");
    }
  }
}
