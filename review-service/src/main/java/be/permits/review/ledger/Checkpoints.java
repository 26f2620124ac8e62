package be.permits.review.ledger;

import be.permits.contracts.EventType;
import be.permits.contracts.ledger.Checkpoint;
import be.permits.contracts.ledger.LedgerCheckpointSigned;
import be.permits.contracts.ledger.SignedNote;
import be.permits.support.outbox.Outbox;
import be.permits.support.security.Actor;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Signs checkpoints of the ledger's tree: every few seconds while entries arrive, and on demand.
 * Each one goes to the witnesses as {@code ledger.checkpoint-signed.v1}, with the consistency proof
 * from the ledger's previous checkpoint, through the outbox: a checkpoint exists if and only if its
 * event does.
 */
@ApplicationScoped
public class Checkpoints {
  private static final Logger LOG = Logger.getLogger(Checkpoints.class);
  static final Actor ACTOR = Actor.system("review-service");

  @Inject EntityManager em;
  @Inject Ledger ledger;
  @Inject LedgerTree tree;
  @Inject LedgerKeys keys;
  @Inject LedgerConfig config;
  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject LedgerProofs proofs;

  @Scheduled(
      every = "${ledger.checkpoint-every:5s}",
      delayed = "2s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void onSchedule() {
    signNow();
  }

  /** As {@link #signNow}, for an auditor who asks: the checkpoint with its cosignatures. */
  @Transactional
  public Optional<LedgerProofs.CheckpointView> signOnDemand() {
    return signNow().map(proofs::view);
  }

  /**
   * A checkpoint of every entry appended so far: a new one, signed now, unless the latest already
   * covers them all. Empty while the ledger is.
   */
  @Transactional
  public Optional<LedgerCheckpoint> signNow() {
    // The append lock: the tree cannot grow between reading its size and its root.
    ledger.lock();
    long size = tree.size();
    Optional<LedgerCheckpoint> last = latest();
    if (size == 0 || last.map(c -> c.treeSize == size).orElse(false)) {
      return last;
    }
    byte[] root = tree.root(size);
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Checkpoint checkpoint = new Checkpoint(config.origin(), size, root, now);
    SignedNote note = SignedNote.unsigned(checkpoint.text()).signedBy(keys.signer());
    LedgerCheckpoint signed = new LedgerCheckpoint();
    signed.treeSize = size;
    signed.rootHash = root;
    signed.signedAt = now;
    signed.keyId = keys.signer().keyIdHex();
    signed.note = note.format();
    em.persist(signed);
    List<String> proof =
        last.isEmpty()
            ? List.of()
            : tree.consistencyProof(last.get().treeSize, size).stream()
                .map(Base64.getEncoder()::encodeToString)
                .toList();
    outbox.publish(
        EventType.LEDGER_CHECKPOINT_SIGNED,
        config.origin(),
        new LedgerCheckpointSigned(
            config.origin(),
            size,
            Base64.getEncoder().encodeToString(root),
            now,
            signed.note,
            last.map(c -> c.treeSize).orElse(null),
            proof),
        ACTOR);
    return Optional.of(signed);
  }

  /**
   * Sends the latest checkpoint again, with its consistency proof from {@code size}: the last size
   * a witness cosigned, which its refusal named because the proof it had started elsewhere (it
   * missed or refused a checkpoint). A witness that holds a tree this ledger never had gets
   * nothing: that is for people to look at.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void sendAgainFrom(long size) {
    Optional<LedgerCheckpoint> latest = latest();
    if (latest.isEmpty() || size < 1 || size >= latest.get().treeSize) {
      LOG.errorf(
          "A witness last cosigned a tree of %d entries; this ledger's latest checkpoint holds %s",
          size, latest.map(c -> Long.toString(c.treeSize)).orElse("none"));
      return;
    }
    LedgerCheckpoint checkpoint = latest.get();
    outbox.publish(
        EventType.LEDGER_CHECKPOINT_SIGNED,
        config.origin(),
        new LedgerCheckpointSigned(
            config.origin(),
            checkpoint.treeSize,
            Base64.getEncoder().encodeToString(checkpoint.rootHash),
            checkpoint.signedAt,
            checkpoint.note,
            size,
            tree.consistencyProof(size, checkpoint.treeSize).stream()
                .map(Base64.getEncoder()::encodeToString)
                .toList()),
        ACTOR);
  }

  /** The checkpoint of the largest tree. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<LedgerCheckpoint> latest() {
    return em.createQuery("FROM LedgerCheckpoint ORDER BY treeSize DESC", LedgerCheckpoint.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
