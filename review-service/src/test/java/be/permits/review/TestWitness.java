package be.permits.review;

import be.permits.contracts.EventJson;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.ledger.LedgerCheckpointSigned;
import be.permits.contracts.ledger.NoteKey;
import be.permits.contracts.ledger.SignedNote;
import be.permits.contracts.witness.WitnessCosigned;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.LedgerTestKeys;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * Plays the witness for review-service's tests (witness-service's own tests check its judgement):
 * cosigns a checkpoint the ledger published, with the test witness key the ledger trusts.
 */
final class TestWitness {
  static final NoteKey KEY = NoteKey.signer(LedgerTestKeys.WITNESS_SIGNER);

  private TestWitness() {}

  /** The checkpoint of the largest tree the ledger has published so far. */
  static Optional<LedgerCheckpointSigned> latestPublished() {
    return KafkaEvents.readAll(Topics.LEDGER_EVENTS).stream()
        .filter(e -> EventType.LEDGER_CHECKPOINT_SIGNED.type().equals(e.type()))
        .map(e -> e.dataAs(LedgerCheckpointSigned.class))
        .max(Comparator.comparingLong(LedgerCheckpointSigned::treeSize));
  }

  /** Cosigns {@code checkpoint} and sends the cosignature as the witness would. */
  static void cosign(LedgerCheckpointSigned checkpoint) {
    long now = Instant.now().getEpochSecond();
    SignedNote cosigned = SignedNote.parse(checkpoint.note()).cosignedBy(KEY, now);
    String line = cosigned.signatures().get(cosigned.signatures().size() - 1).format();
    WitnessCosigned answer =
        new WitnessCosigned(
            checkpoint.origin(),
            checkpoint.treeSize(),
            checkpoint.rootHash(),
            KEY.name(),
            line,
            Instant.ofEpochSecond(now));
    KafkaEvents.publishRaw(
        Topics.WITNESS_EVENTS,
        checkpoint.origin(),
        EventType.WITNESS_COSIGNED.type(),
        EventJson.write(answer),
        UUID.randomUUID());
  }
}
