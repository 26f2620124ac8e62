package be.permits.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.ledger.LedgerCheckpointSigned;
import be.permits.contracts.ledger.MerkleTree;
import be.permits.contracts.ledger.NoteKey;
import be.permits.contracts.ledger.SignedNote;
import be.permits.contracts.witness.WitnessCosigned;
import be.permits.review.ledger.AuditTrail;
import be.permits.review.ledger.Checkpoints;
import be.permits.review.ledger.LedgerCheckpoint;
import be.permits.review.ledger.LedgerHash;
import be.permits.review.ledger.LedgerProofs;
import be.permits.review.ledger.LedgerSearch;
import be.permits.review.ledger.WitnessAnswers;
import be.permits.support.security.Caller;
import be.permits.testsupport.LedgerTestKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * Loads one million ledger entries (a valid chain and its Merkle tree) into real PostgreSQL and
 * measures the auditors' queries, inclusion proofs and per-application exports with proofs: p50 and
 * p99 latency, written to docs/benchmarks/audit-ledger.md. Not part of the test run (the name does
 * not end in Test); run it with
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
  @Inject LedgerProofs proofs;
  @Inject Checkpoints checkpoints;
  @Inject WitnessAnswers witnessAnswers;

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
    // Proofs: a checkpoint of the whole tree, cosigned as the witness would, then inclusion proofs
    // of random entries and exports of random applications with a proof per entry.
    LedgerCheckpointSigned signed = signAndWitness();
    long treeSize = signed.treeSize();
    rows.add(
        measure(
            "inclusion proof of one entry in the tree of "
                + String.format(Locale.ROOT, "%,d", treeSize),
            () ->
                proofs
                    .inclusion(1 + (long) random.nextInt((int) treeSize), treeSize)
                    .proof()
                    .size()));
    rows.add(
        measure(
            "one application's export, each entry with its inclusion proof (~"
                + ENTRIES / APPLICATIONS
                + " entries)",
            () ->
                trail
                    .applicationExport(auditor, application(random.nextInt(APPLICATIONS)))
                    .body()
                    .length()));
    String sample = trail.applicationExport(auditor, application(7)).body();
    assertTrue(sample.contains("\"inclusionProof\""), "the export carries proofs");

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
                + "The last two rows are the ledger's proofs (issue #17, target p99 ≤ 50 ms): an"
                + " inclusion proof computed from the tree's stored subtrees (one query), and an"
                + " application's export in which each entry carries its inclusion proof against a"
                + " checkpoint cosigned by the witness (one query for the entries, one for all their"
                + " proofs' nodes), each including the ledger entry that records the export.%n%n"
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

  /** Signs a checkpoint of everything loaded and cosigns it with the test witness's key. */
  private LedgerCheckpointSigned signAndWitness() {
    LedgerCheckpoint checkpoint = checkpoints.signNow().orElseThrow();
    NoteKey witness = NoteKey.signer(LedgerTestKeys.WITNESS_SIGNER);
    long now = Instant.now().getEpochSecond();
    SignedNote cosigned = SignedNote.parse(checkpoint.note).cosignedBy(witness, now);
    String line = cosigned.signatures().get(cosigned.signatures().size() - 1).format();
    String root = java.util.Base64.getEncoder().encodeToString(checkpoint.rootHash);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                witnessAnswers.cosigned(
                    new WitnessCosigned(
                        "permits.example/audit-ledger",
                        checkpoint.treeSize,
                        root,
                        witness.name(),
                        line,
                        Instant.ofEpochSecond(now))));
    return new LedgerCheckpointSigned(
        "permits.example/audit-ledger",
        checkpoint.treeSize,
        root,
        checkpoint.signedAt,
        checkpoint.note,
        null,
        List.of());
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

  /**
   * Writes the tree's nodes for leaves appended by the loader, as LedgerTree does, in batches: the
   * left sibling of a node is the last one written at its level (or, for the first, in the table).
   */
  static final class TreeLoader {
    private final Connection c;
    private final PreparedStatement insert;
    private final Map<Integer, byte[]> lastAtLevel = new HashMap<>();
    private final Map<Integer, Long> lastIndexAtLevel = new HashMap<>();

    TreeLoader(Connection c) throws java.sql.SQLException {
      this.c = c;
      this.insert = c.prepareStatement("INSERT INTO ledger_node (level, idx, hash) VALUES (?,?,?)");
    }

    void append(long index, byte[] leaf) throws java.sql.SQLException {
      byte[] hash = leaf;
      int level = 0;
      long idx = index;
      while (true) {
        // The left sibling first: writing this node makes it the last one of its level.
        byte[] left = (idx & 1) == 1 ? left(level, idx - 1) : null;
        write(level, idx, hash);
        if (left == null) {
          return;
        }
        hash = MerkleTree.nodeHash(left, hash);
        level++;
        idx >>= 1;
      }
    }

    private byte[] left(int level, long idx) throws java.sql.SQLException {
      if (Long.valueOf(idx).equals(lastIndexAtLevel.get(level))) {
        return lastAtLevel.get(level);
      }
      try (PreparedStatement find =
          c.prepareStatement("SELECT hash FROM ledger_node WHERE level = ? AND idx = ?")) {
        find.setShort(1, (short) level);
        find.setLong(2, idx);
        try (ResultSet r = find.executeQuery()) {
          if (!r.next()) {
            throw new IllegalStateException("no node " + level + "/" + idx);
          }
          return r.getBytes(1);
        }
      }
    }

    private void write(int level, long idx, byte[] hash) throws java.sql.SQLException {
      insert.setShort(1, (short) level);
      insert.setLong(2, idx);
      insert.setBytes(3, hash);
      insert.addBatch();
      lastAtLevel.put(level, hash);
      lastIndexAtLevel.put(level, idx);
    }

    void flush() throws java.sql.SQLException {
      insert.executeBatch();
    }
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
      TreeLoader tree = new TreeLoader(c);
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
          String line =
              LedgerHash.line(
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
          String hash = LedgerHash.sha256(line);
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
          tree.append(
              seq - 1, MerkleTree.leafHash(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
          if (seq % 5000 == 0) {
            insert.executeBatch();
            tree.flush();
            c.commit();
          }
        }
        insert.executeBatch();
        tree.flush();
        c.commit();
      }
      c.createStatement().execute("ANALYZE ledger_entry");
      c.createStatement().execute("ANALYZE ledger_node");
    }
  }
}
