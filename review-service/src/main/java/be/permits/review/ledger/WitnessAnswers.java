package be.permits.review.ledger;

import be.permits.contracts.ledger.NoteKey;
import be.permits.contracts.ledger.SignedNote;
import be.permits.contracts.witness.WitnessCosigned;
import be.permits.contracts.witness.WitnessRefused;
import be.permits.support.observability.BusinessMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What the witnesses answer to the ledger's checkpoints. A cosignature is kept only if it is by a
 * trusted witness key and verifies against the checkpoint the ledger signed; a refusal is kept,
 * counted ({@code permits_ledger_witness_refusals_total}) and logged as an error, for the alert and
 * for auditors.
 */
@ApplicationScoped
public class WitnessAnswers {
  private static final Logger LOG = Logger.getLogger(WitnessAnswers.class);

  @Inject EntityManager em;
  @Inject LedgerKeys keys;
  @Inject BusinessMetrics metrics;
  @Inject Checkpoints checkpoints;

  @Transactional(Transactional.TxType.MANDATORY)
  public void cosigned(WitnessCosigned answer) {
    LedgerCheckpoint checkpoint = em.find(LedgerCheckpoint.class, answer.treeSize());
    if (checkpoint == null) {
      LOG.errorf(
          "Witness %s cosigned a checkpoint of %d entries that this ledger never signed",
          answer.witness(), answer.treeSize());
      return;
    }
    SignedNote cosigned;
    try {
      cosigned = SignedNote.parse(checkpoint.note + answer.cosignature());
    } catch (IllegalArgumentException e) {
      LOG.errorf("Witness %s sent an unreadable cosignature: %s", answer.witness(), e.getMessage());
      return;
    }
    SignedNote.Line line = cosigned.signatures().get(cosigned.signatures().size() - 1);
    Optional<NoteKey> witness = keys.witness(line.keyName(), line.keyId());
    Optional<Long> at = witness.flatMap(cosigned::cosignedAt);
    if (at.isEmpty()) {
      LOG.errorf(
          "A cosignature of checkpoint %d by %s does not verify with a trusted witness key",
          answer.treeSize(), line.keyName());
      return;
    }
    LedgerCosignature.Key id = new LedgerCosignature.Key();
    id.treeSize = answer.treeSize();
    id.witness = line.keyName();
    id.keyId = witness.get().keyIdHex();
    if (em.find(LedgerCosignature.class, id) != null) {
      return;
    }
    LedgerCosignature kept = new LedgerCosignature();
    kept.treeSize = id.treeSize;
    kept.witness = id.witness;
    kept.keyId = id.keyId;
    kept.cosignedAt = Instant.ofEpochSecond(at.get());
    kept.line = line.format();
    em.persist(kept);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void refused(UUID eventId, WitnessRefused refusal) {
    if (em.find(LedgerRefusal.class, eventId) != null) {
      return;
    }
    if ("STALE".equals(refusal.reason()) && refusal.cosignedSize() != null) {
      // Not a tampering: the witness missed a checkpoint. It gets the proof from where it is.
      LOG.warnf(
          "Witness %s holds the tree of %d entries; the latest checkpoint is sent again from there",
          refusal.witness(), refusal.cosignedSize());
      checkpoints.sendAgainFrom(refusal.cosignedSize());
    } else {
      LOG.errorf(
          "Witness %s refused checkpoint %d (%s): %s",
          refusal.witness(), refusal.treeSize(), refusal.reason(), refusal.detail());
    }
    LedgerRefusal kept = new LedgerRefusal();
    kept.id = eventId;
    kept.treeSize = refusal.treeSize();
    kept.witness = refusal.witness();
    kept.reason = refusal.reason();
    kept.detail = refusal.detail();
    kept.cosignedSize = refusal.cosignedSize();
    kept.refusedAt = refusal.refusedAt();
    em.persist(kept);
    metrics.countOnCommit(
        "permits.ledger.witness.refusals",
        "witness",
        refusal.witness(),
        "reason",
        refusal.reason());
  }
}
