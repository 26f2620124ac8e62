package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.EventType;
import be.permits.contracts.ledger.LedgerCheckpointSigned;
import be.permits.contracts.ledger.MerkleTree;
import be.permits.contracts.ledger.NoteKey;
import be.permits.review.ledger.LedgerEntry;
import be.permits.review.ledger.LedgerHash;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.LedgerTestKeys;
import be.permits.testsupport.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The ledger holds against its own operators (issue #17): a Merkle tree over every entry, signed
 * checkpoints, witness cosignatures, inclusion and consistency proofs, and per-application exports
 * that the offline verifier checks alone. Each test writes its own application's history; the test
 * plays the witness ({@link TestWitness}).
 */
@QuarkusTest
class LedgerTrustTest {
  static final String AUDREY = TestTokens.withRoles("audrey", "auditor");

  @Inject EntityManager em;
  @Inject AgroalDataSource dataSource;

  /** An application's history of {@code n} events, stated by a customs reviewer; its id. */
  UUID history(int n) {
    UUID applicationId = UUID.randomUUID();
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      UUID id = UUID.randomUUID();
      ids.add(id);
      KafkaEvents.publishAs(
          EventType.REVIEW_NOTE_SHARED.topic(),
          applicationId.toString(),
          EventType.REVIEW_NOTE_SHARED.type(),
          "{\"note\":" + i + "}",
          id,
          "reviewer",
          "CUSTOMS");
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> entriesOf(applicationId).size() == n);
    return applicationId;
  }

  List<LedgerEntry> entriesOf(UUID applicationId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery(
                        "FROM LedgerEntry WHERE applicationId = :id ORDER BY seq",
                        LedgerEntry.class)
                    .setParameter("id", applicationId)
                    .getResultList());
  }

  /**
   * Waits for a checkpoint that covers entry {@code seq}, has the witness cosign it; answers it.
   */
  LedgerCheckpointSigned witnessedCovering(long seq) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> TestWitness.latestPublished().map(c -> c.treeSize() >= seq).orElse(false));
    LedgerCheckpointSigned checkpoint = TestWitness.latestPublished().orElseThrow();
    TestWitness.cosign(checkpoint);
    return checkpoint;
  }

  JsonPath proofOf(UUID applicationId) {
    return given()
        .auth()
        .oauth2(AUDREY)
        .get("/api/audit/applications/{id}/proof", applicationId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  List<String> export(UUID applicationId) {
    return given()
        .auth()
        .oauth2(AUDREY)
        .get("/api/audit/applications/{id}/export", applicationId)
        .then()
        .statusCode(200)
        .extract()
        .asString()
        .lines()
        .toList();
  }

  static List<String> keys() {
    return given()
        .auth()
        .oauth2(AUDREY)
        .get("/api/audit/keys")
        .then()
        .statusCode(200)
        .extract()
        .asString()
        .lines()
        .toList();
  }

  @Test
  void aWitnessedHistoryIsProvenAndItsExportVerifiesOfflineAlone() {
    UUID applicationId = history(12);
    List<LedgerEntry> entries = entriesOf(applicationId);
    assertTrue(entries.stream().allMatch(e -> "reviewer".equals(e.actorRole)));
    assertTrue(entries.stream().allMatch(e -> "CUSTOMS".equals(e.actorAgency)));
    LedgerCheckpointSigned checkpoint = witnessedCovering(entries.get(entries.size() - 1).seq);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> proofOf(applicationId).getInt("proven") == 12);
    JsonPath proof = proofOf(applicationId);
    // Each read records itself; a read's own entry is not asked to be proven, but the entries of
    // the reads before it may still await the next witnessed checkpoint.
    assertTrue(
        List.of("PROVEN", "PARTLY_PROVEN").contains(proof.getString("state")), proof.prettify());
    assertEquals(12, proof.getInt("proven"));
    assertEquals("court-of-audit.example/witness", proof.getString("witness"));

    List<String> export = export(applicationId);
    String verdict = OfflineVerifier.verify(export, keys());
    assertTrue(verdict.startsWith("valid: 12 entries of application " + applicationId), verdict);
    assertTrue(verdict.contains("cosigned by court-of-audit.example/witness"), verdict);

    // Without the witness's key, or with another witness's, the export proves nothing.
    List<String> ledgerOnly = keys().stream().filter(k -> k.startsWith("log ")).toList();
    assertTrue(OfflineVerifier.verify(export, ledgerOnly).startsWith("broken: no witness key"));
    NoteKey stranger = NoteKey.generate("court-of-audit.example/witness", NoteKey.COSIGNATURE);
    List<String> wrongWitness = new ArrayList<>(ledgerOnly);
    wrongWitness.add("witness " + stranger.publicOnly().vkey());
    assertTrue(
        OfflineVerifier.verify(export, wrongWitness)
            .startsWith("broken: the checkpoint is not cosigned by a witness key"));

    // The inclusion proof of an entry, and the consistency proof from an earlier checkpoint.
    long seq = entries.get(5).seq;
    JsonPath inclusion =
        given()
            .auth()
            .oauth2(AUDREY)
            .queryParam("seq", seq)
            .queryParam("treeSize", checkpoint.treeSize())
            .get("/api/audit/proofs/inclusion")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    byte[] root = Base64.getDecoder().decode(checkpoint.rootHash());
    assertTrue(
        MerkleTree.verifyInclusion(
            seq - 1,
            checkpoint.treeSize(),
            entries.get(5).leafHash(),
            inclusion.getList("proof", String.class).stream()
                .map(Base64.getDecoder()::decode)
                .toList(),
            root));
    long earlier = entries.get(0).seq;
    JsonPath consistency =
        given()
            .auth()
            .oauth2(AUDREY)
            .queryParam("from", earlier)
            .queryParam("to", checkpoint.treeSize())
            .get("/api/audit/proofs/consistency")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    byte[] earlierRoot = QuarkusTransaction.requiringNew().call(() -> rootOfFirst(earlier));
    assertTrue(
        MerkleTree.verifyConsistency(
            earlier,
            checkpoint.treeSize(),
            earlierRoot,
            root,
            consistency.getList("proof", String.class).stream()
                .map(Base64.getDecoder()::decode)
                .toList()));
    given()
        .auth()
        .oauth2(AUDREY)
        .queryParam("from", 1)
        .queryParam("to", Long.MAX_VALUE)
        .get("/api/audit/proofs/consistency")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.reviewer("carl", "customs"))
        .get("/api/audit/checkpoints/latest")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(AUDREY)
        .get("/api/audit/checkpoints/latest")
        .then()
        .statusCode(200)
        .body("note", org.hamcrest.Matchers.startsWith("permits.example/audit-ledger\n"));
  }

  /**
   * After a rotation the ledger signs with a new key; what the old key signed must keep verifying
   * wherever the old public key is still listed, and only there. Here the export's checkpoint and
   * seal are signed again with the other test key, as if an earlier key had signed them.
   */
  @Test
  void aCheckpointSignedByARotatedOutKeyStillVerifiesWithThatKeyListed() {
    UUID applicationId = history(3);
    List<LedgerEntry> entries = entriesOf(applicationId);
    witnessedCovering(entries.get(entries.size() - 1).seq);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> proofOf(applicationId).getInt("proven") == 3);
    List<String> export = new ArrayList<>(export(applicationId));
    NoteKey earlier = NoteKey.signer(LedgerTestKeys.ROTATED_LOG_SIGNER);
    export.set(0, resign(export.get(0), "checkpoint", earlier));
    export.set(export.size() - 1, resign(export.get(export.size() - 1), "seal", earlier));

    List<String> keys = keys();
    assertTrue(
        keys.contains("log " + LedgerTestKeys.ROTATED_LOG_VERIFIER),
        "the ledger publishes the keys it signed with before: " + keys);
    assertTrue(OfflineVerifier.verify(export, keys).startsWith("valid"));
    List<String> currentOnly =
        keys.stream().filter(k -> !k.equals("log " + LedgerTestKeys.ROTATED_LOG_VERIFIER)).toList();
    assertTrue(
        OfflineVerifier.verify(export, currentOnly)
            .startsWith("broken: the checkpoint is not signed by a ledger key"));
  }

  /** The line with its note in {@code field} signed by {@code key} instead of the ledger's key. */
  private static String resign(String line, String field, NoteKey key) {
    io.vertx.core.json.JsonObject json = new io.vertx.core.json.JsonObject(line);
    be.permits.contracts.ledger.SignedNote note =
        be.permits.contracts.ledger.SignedNote.parse(json.getString(field));
    List<be.permits.contracts.ledger.SignedNote.Line> others =
        note.signatures().stream().filter(l -> !l.keyName().equals(key.name())).toList();
    be.permits.contracts.ledger.SignedNote again =
        new be.permits.contracts.ledger.SignedNote(note.text(), others).signedBy(key);
    return json.put(field, again.format()).encode();
  }

  /**
   * A witness that missed a checkpoint refuses the next one as stale, naming the size it holds; the
   * ledger sends its latest checkpoint again with the proof from there, which verifies.
   */
  @Test
  void aWitnessThatMissedACheckpointGetsTheProofFromWhereItIs() {
    UUID applicationId = history(2);
    List<LedgerEntry> entries = entriesOf(applicationId);
    LedgerCheckpointSigned latest = witnessedCovering(entries.get(1).seq);
    LedgerCheckpointSigned first =
        KafkaEvents.readAll(be.permits.contracts.Topics.LEDGER_EVENTS).stream()
            .map(e -> e.dataAs(LedgerCheckpointSigned.class))
            .min(Comparator.comparingLong(LedgerCheckpointSigned::treeSize))
            .orElseThrow();
    long before = sentFrom(first).size();
    KafkaEvents.publishRaw(
        be.permits.contracts.Topics.WITNESS_EVENTS,
        latest.origin(),
        EventType.WITNESS_REFUSED.type(),
        be.permits.contracts.EventJson.write(
            new be.permits.contracts.witness.WitnessRefused(
                latest.origin(),
                latest.treeSize(),
                latest.rootHash(),
                TestWitness.KEY.name(),
                "STALE",
                "the proof starts from another size than the one cosigned",
                first.treeSize(),
                first.rootHash(),
                java.time.Instant.now())),
        UUID.randomUUID());
    await().atMost(Duration.ofSeconds(30)).until(() -> sentFrom(first).size() > before);
    for (LedgerCheckpointSigned again : sentFrom(first)) {
      assertTrue(
          MerkleTree.verifyConsistency(
              first.treeSize(),
              again.treeSize(),
              Base64.getDecoder().decode(first.rootHash()),
              Base64.getDecoder().decode(again.rootHash()),
              again.consistencyProof().stream().map(Base64.getDecoder()::decode).toList()),
          "the proof leads from what the witness holds");
    }
  }

  /** The checkpoints the ledger published with a proof from {@code from}. */
  private static List<LedgerCheckpointSigned> sentFrom(LedgerCheckpointSigned from) {
    return KafkaEvents.readAll(be.permits.contracts.Topics.LEDGER_EVENTS).stream()
        .map(e -> e.dataAs(LedgerCheckpointSigned.class))
        .filter(c -> Long.valueOf(from.treeSize()).equals(c.previousSize()))
        .toList();
  }

  /** The root of the tree's first {@code size} leaves, from the entries themselves. */
  byte[] rootOfFirst(long size) {
    return MerkleTree.root(
        em.createQuery("FROM LedgerEntry WHERE seq <= :size ORDER BY seq", LedgerEntry.class)
            .setParameter("size", size)
            .getResultStream()
            .map(LedgerEntry::leafHash)
            .toList());
  }

  @Test
  void aThousandRandomTamperingsOfAnExportAreEachDetected() {
    UUID applicationId = history(6);
    List<LedgerEntry> entries = entriesOf(applicationId);
    witnessedCovering(entries.get(entries.size() - 1).seq);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> proofOf(applicationId).getInt("proven") == 6);
    List<String> export = export(applicationId);
    List<String> keys = keys();
    assertTrue(OfflineVerifier.verify(export, keys).startsWith("valid"));
    ExportTampering tampering = new ExportTampering(17);
    for (int i = 0; i < 1000; i++) {
      StringBuilder what = new StringBuilder();
      List<String> tampered = tampering.tamper(export, what);
      String verdict = OfflineVerifier.verify(tampered, keys);
      assertFalse(verdict.startsWith("valid"), "tampering " + i + " (" + what + ") passed");
    }
  }

  /**
   * The operator's attack: triggers off, an old entry rewritten, every later hash of the chain and
   * every node of the tree recomputed. The chain verifies again, but the application's history no
   * longer leads to the root the witness cosigned, and the next checkpoint's consistency proof from
   * the cosigned one fails as the witness checks it. (The history is put back afterwards, so that
   * the other tests find a ledger that was never touched.)
   */
  @Test
  @TestSecurity(user = "audrey", roles = "auditor")
  @OidcSecurity(
      claims = {@Claim(key = "sub", value = "sub-audrey"), @Claim(key = "locale", value = "nl")})
  void anOperatorWhoRewritesHistoryAndRecomputesEveryHashIsCaught() throws Exception {
    UUID applicationId = history(5);
    List<LedgerEntry> entries = entriesOf(applicationId);
    LedgerCheckpointSigned cosigned = witnessedCovering(entries.get(4).seq);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> proofOf(applicationId).getInt("proven") == 5);
    LedgerEntry victim = entries.get(1);
    String original = victim.actor;
    try {
      rewrite(victim.seq, "mallory");
      given()
          .auth()
          .oauth2(AUDREY)
          .get("/api/audit/verify")
          .then()
          .statusCode(200)
          .body("valid", equalTo(true));
      JsonPath proof = proofOf(applicationId);
      assertEquals("BROKEN", proof.getString("state"));
      // The first entry whose proof fails: the rewritten one, or one before it whose proof passes
      // through the rewritten one's subtree.
      assertTrue(proof.getLong("brokenSeq") <= victim.seq, proof.prettify());
      String page =
          given()
              .get("/audit/applications/{id}", applicationId)
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertTrue(
          page.contains("Deze geschiedenis komt niet meer overeen met wat de getuige"), page);

      // The ledger signs on (the auditor's reads were appended): the witness, holding the root it
      // cosigned, walks every later checkpoint and finds the one whose proof fails.
      given().auth().oauth2(AUDREY).post("/api/audit/checkpoints").then().statusCode(200);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> TestWitness.latestPublished().orElseThrow().treeSize() > cosigned.treeSize());
      assertTrue(
          witnessRefusesSomeCheckpointAfter(cosigned),
          "the witness detects the rewrite; cosigned "
              + cosigned.treeSize()
              + ", victim "
              + victim.seq
              + ", published "
              + KafkaEvents.readAll(be.permits.contracts.Topics.LEDGER_EVENTS).stream()
                  .map(e -> e.dataAs(LedgerCheckpointSigned.class))
                  .map(c -> c.previousSize() + "->" + c.treeSize())
                  .toList());
    } finally {
      rewrite(victim.seq, original);
    }
    given().auth().oauth2(AUDREY).get("/api/audit/verify").then().body("valid", equalTo(true));
  }

  /** Walks the published checkpoints after {@code cosigned} as the witness does. */
  private static boolean witnessRefusesSomeCheckpointAfter(LedgerCheckpointSigned cosigned) {
    long size = cosigned.treeSize();
    byte[] root = Base64.getDecoder().decode(cosigned.rootHash());
    List<LedgerCheckpointSigned> later =
        KafkaEvents.readAll(be.permits.contracts.Topics.LEDGER_EVENTS).stream()
            .map(e -> e.dataAs(LedgerCheckpointSigned.class))
            .filter(c -> c.treeSize() > cosigned.treeSize())
            .sorted(Comparator.comparingLong(LedgerCheckpointSigned::treeSize))
            .toList();
    for (LedgerCheckpointSigned next : later) {
      if (next.previousSize() == null || next.previousSize() != size) {
        continue;
      }
      byte[] nextRoot = Base64.getDecoder().decode(next.rootHash());
      boolean consistent =
          MerkleTree.verifyConsistency(
              size,
              next.treeSize(),
              root,
              nextRoot,
              next.consistencyProof().stream().map(Base64.getDecoder()::decode).toList());
      if (!consistent) {
        return true;
      }
      size = next.treeSize();
      root = nextRoot;
    }
    return false;
  }

  /**
   * As an operator with the database's rights: under the ledger's lock, triggers off, the entry's
   * actor set, every hash from it on recomputed, the whole tree rebuilt, triggers on.
   */
  private void rewrite(long seq, String actor) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + 0x1ed6e5L + ")");
        s.execute("ALTER TABLE ledger_entry DISABLE TRIGGER USER");
        s.execute("ALTER TABLE ledger_node DISABLE TRIGGER USER");
      }
      try (PreparedStatement update =
          c.prepareStatement("UPDATE ledger_entry SET actor = ? WHERE seq = ?")) {
        update.setString(1, actor);
        update.setLong(2, seq);
        update.executeUpdate();
      }
      List<LedgerEntry> all = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT seq, recorded_at, event_id, source, action, application_id, actor,"
                      + " actor_role, actor_agency, payload_hash, prev_hash FROM ledger_entry"
                      + " ORDER BY seq")) {
        while (r.next()) {
          LedgerEntry e = new LedgerEntry();
          e.seq = r.getLong(1);
          e.recordedAt = r.getTimestamp(2).toInstant();
          e.eventId = r.getObject(3, UUID.class);
          e.source = r.getString(4);
          e.action = r.getString(5);
          e.applicationId = r.getObject(6, UUID.class);
          e.actor = r.getString(7);
          e.actorRole = r.getString(8);
          e.actorAgency = r.getString(9);
          e.payloadHash = r.getString(10);
          e.prevHash = r.getString(11);
          all.add(e);
        }
      }
      String prev = LedgerHash.GENESIS;
      List<byte[]> leaves = new ArrayList<>();
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE ledger_entry SET prev_hash = ?, entry_hash = ? WHERE seq = ?")) {
        for (LedgerEntry e : all) {
          e.prevHash = prev;
          e.entryHash = e.computeHash();
          prev = e.entryHash;
          leaves.add(e.leafHash());
          if (e.seq >= seq) {
            update.setString(1, e.prevHash);
            update.setString(2, e.entryHash);
            update.setLong(3, e.seq);
            update.addBatch();
          }
        }
        update.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        s.execute("DELETE FROM ledger_node");
      }
      try (PreparedStatement insert =
          c.prepareStatement("INSERT INTO ledger_node (level, idx, hash) VALUES (?, ?, ?)")) {
        for (int level = 0; (1L << level) <= leaves.size(); level++) {
          long width = 1L << level;
          for (long idx = 0; (idx + 1) * width <= leaves.size(); idx++) {
            long start = idx * width;
            insert.setShort(1, (short) level);
            insert.setLong(2, idx);
            insert.setBytes(3, MerkleTree.root(leaves.subList((int) start, (int) (start + width))));
            insert.addBatch();
          }
        }
        insert.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        s.execute("ALTER TABLE ledger_entry ENABLE TRIGGER USER");
        s.execute("ALTER TABLE ledger_node ENABLE TRIGGER USER");
      }
      c.commit();
    }
  }
}
