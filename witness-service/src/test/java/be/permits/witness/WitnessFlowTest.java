package be.permits.witness;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.EventJson;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.ledger.Checkpoint;
import be.permits.contracts.ledger.LedgerCheckpointSigned;
import be.permits.contracts.ledger.MerkleTree;
import be.permits.contracts.ledger.NoteKey;
import be.permits.contracts.ledger.SignedNote;
import be.permits.contracts.witness.WitnessCosigned;
import be.permits.contracts.witness.WitnessRefused;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.LedgerTestKeys;
import be.permits.testsupport.PrometheusText;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The witness as the ledger meets it, over Kafka: checkpoints of a log that grows honestly are
 * cosigned (and the cosignatures verify with the witness's public key); a fork, a rollback and a
 * rewritten history are refused, published as refusals and counted for the alert. One log origin
 * per test run, so that the order of the tests does not matter.
 */
@QuarkusTest
class WitnessFlowTest {
  static final NoteKey LOG = NoteKey.signer(LedgerTestKeys.LOG_SIGNER);
  static final NoteKey ROTATED = NoteKey.signer(LedgerTestKeys.ROTATED_LOG_SIGNER);
  static final NoteKey WITNESS = NoteKey.verifier(LedgerTestKeys.WITNESS_VERIFIER);

  static List<byte[]> leaves(int n, String variant) {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String entry = i == 2 ? "entry 2" + variant : "entry " + i;
      leaves.add(MerkleTree.leafHash(entry.getBytes(StandardCharsets.UTF_8)));
    }
    return leaves;
  }

  /** Sends a checkpoint of {@code leaves} signed by {@code key}; answers its signed note. */
  static String send(List<byte[]> leaves, NoteKey key, Integer from, List<byte[]> proofTree) {
    byte[] root = MerkleTree.root(leaves);
    Checkpoint cp =
        new Checkpoint(
            "permits.example/audit-ledger",
            leaves.size(),
            root,
            Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    String note = SignedNote.unsigned(cp.text()).signedBy(key).format();
    List<String> proof =
        from == null
            ? List.of()
            : MerkleTree.consistencyRanges(from, leaves.size()).stream()
                .map(
                    r ->
                        MerkleTree.hash(
                            r,
                            p ->
                                MerkleTree.root(proofTree.subList((int) p.start(), (int) p.end()))))
                .map(Base64.getEncoder()::encodeToString)
                .toList();
    LedgerCheckpointSigned event =
        new LedgerCheckpointSigned(
            cp.origin(),
            cp.size(),
            Base64.getEncoder().encodeToString(root),
            cp.signedAt(),
            note,
            from == null ? null : (long) from,
            proof);
    UUID id = UUID.randomUUID();
    KafkaEvents.publishRaw(
        Topics.LEDGER_EVENTS,
        cp.origin(),
        EventType.LEDGER_CHECKPOINT_SIGNED.type(),
        EventJson.write(event),
        id);
    return note;
  }

  static List<KafkaEvents.ReceivedEvent> answers(String type) {
    return KafkaEvents.readAll(Topics.WITNESS_EVENTS).stream()
        .filter(e -> e.type().equals(type))
        .toList();
  }

  @Test
  void anHonestLogIsCosignedAndEveryWayOfRewritingItIsRefused() {
    List<byte[]> seven = leaves(7, "");
    List<byte[]> twelve = leaves(12, "");
    String sevenNote = send(seven, LOG, null, null);
    String twelveNote = send(twelve, ROTATED, 7, twelve);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> answers(EventType.WITNESS_COSIGNED.type()).size() >= 2);
    for (KafkaEvents.ReceivedEvent e : answers(EventType.WITNESS_COSIGNED.type())) {
      WitnessCosigned cosigned = e.dataAs(WitnessCosigned.class);
      String note = cosigned.treeSize() == 7 ? sevenNote : twelveNote;
      List<byte[]> tree = cosigned.treeSize() == 7 ? seven : twelve;
      assertEquals(Base64.getEncoder().encodeToString(MerkleTree.root(tree)), cosigned.rootHash());
      assertTrue(
          SignedNote.parse(note + cosigned.cosignature()).cosignedAt(WITNESS).isPresent(),
          "the cosignature verifies with the witness's public key: " + cosigned.cosignature());
    }

    // A fork: another tree of twelve entries. A rollback: back to five. A rewritten history: entry
    // 2 changed and every hash recomputed, fifteen entries with a proof from twelve.
    send(leaves(12, ", forked"), LOG, 7, leaves(12, ", forked"));
    send(leaves(5, ""), LOG, null, null);
    send(leaves(15, ", rewritten"), LOG, 12, leaves(15, ", rewritten"));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> answers(EventType.WITNESS_REFUSED.type()).size() >= 3);
    List<String> reasons =
        answers(EventType.WITNESS_REFUSED.type()).stream()
            .map(e -> e.dataAs(WitnessRefused.class).reason())
            .toList();
    assertEquals(List.of("FORK", "ROLLBACK", "INCONSISTENT"), reasons);
    WitnessRefused fork =
        answers(EventType.WITNESS_REFUSED.type()).get(0).dataAs(WitnessRefused.class);
    assertEquals(12L, fork.cosignedSize());

    // The refusals are counted for the alert.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              String metrics = given().get("/q/metrics").then().extract().asString();
              for (String reason : List.of("FORK", "ROLLBACK", "INCONSISTENT")) {
                assertEquals(
                    1.0,
                    PrometheusText.valueOrZero(
                        metrics, "permits_witness_refusals_total", "reason", reason),
                    reason);
              }
            });

    // After all that, the honest log goes on and is cosigned again.
    List<byte[]> twenty = leaves(20, "");
    send(twenty, LOG, 12, twenty);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> answers(EventType.WITNESS_COSIGNED.type()).size() >= 3);
  }
}
