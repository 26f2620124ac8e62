package be.permits.witness.service;

import be.permits.contracts.EventType;
import be.permits.contracts.ledger.LedgerCheckpointSigned;
import be.permits.contracts.ledger.NoteKey;
import be.permits.contracts.ledger.SignedNote;
import be.permits.contracts.witness.WitnessCosigned;
import be.permits.contracts.witness.WitnessRefused;
import be.permits.support.observability.BusinessMetrics;
import be.permits.support.outbox.Outbox;
import be.permits.support.security.Actor;
import be.permits.witness.domain.CheckpointRefusal;
import be.permits.witness.domain.Cosignature;
import be.permits.witness.domain.Judgement;
import be.permits.witness.domain.Judgement.Decision;
import be.permits.witness.domain.WitnessedLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Checks each checkpoint of the ledger against the last one this witness cosigned, and cosigns it
 * or refuses it. Checks of one log are serialised by the lock on its row, so that two instances (or
 * a redelivery) cannot both extend the same state. A refusal is kept, published ({@code
 * witness.refused.v1}), counted ({@code permits_witness_refusals_total}, which an alert watches)
 * and logged as an error.
 */
@ApplicationScoped
public class Witnessing {
  private static final Logger LOG = Logger.getLogger(Witnessing.class);
  private static final Actor ACTOR = Actor.system("witness-service");

  @Inject EntityManager em;
  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject BusinessMetrics metrics;

  private final NoteKey key;
  private final String origin;
  private final List<NoteKey> logKeys;

  @Inject
  Witnessing(WitnessConfig config) {
    key = NoteKey.signer(config.signingKey());
    if (key.type() != NoteKey.COSIGNATURE) {
      throw new IllegalArgumentException("The witness's key must be a cosigning key (type 0x04)");
    }
    origin = config.logOrigin();
    logKeys = config.logKeys().stream().map(NoteKey::verifier).toList();
  }

  /** The witness's public key, as the ledger and auditors configure it. */
  public String publicKey() {
    return key.publicOnly().vkey();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Judgement.Verdict consider(UUID eventId, LedgerCheckpointSigned signed) {
    // The row of the log this witness watches, whatever the event says: a checkpoint of another
    // origin is refused by the judgement, never taken for a first one.
    WitnessedLog log = lockedLog(origin);
    Decision decision =
        Judgement.judge(
            origin,
            logKeys,
            signed.note(),
            log == null ? null : log.cosigned(),
            signed.previousSize(),
            signed.consistencyProof());
    Instant now = clock.instant();
    switch (decision.verdict()) {
      case COSIGN -> cosign(log, decision, now);
      case ALREADY_COSIGNED -> LOG.debugf("Checkpoint %d cosigned before", signed.treeSize());
      default -> refuse(eventId, signed, log, decision, now);
    }
    return decision.verdict();
  }

  private WitnessedLog lockedLog(String logOrigin) {
    return em.find(WitnessedLog.class, logOrigin, LockModeType.PESSIMISTIC_WRITE);
  }

  private void cosign(WitnessedLog log, Decision decision, Instant now) {
    long at = now.truncatedTo(ChronoUnit.SECONDS).getEpochSecond();
    SignedNote cosigned = decision.note().cosignedBy(key, at);
    SignedNote.Line line = cosigned.signatures().get(cosigned.signatures().size() - 1);
    boolean first = log == null;
    if (first) {
      log = new WitnessedLog();
      log.origin = decision.checkpoint().origin();
    }
    log.treeSize = decision.checkpoint().size();
    log.rootHash = decision.checkpoint().rootHash();
    log.cosignedAt = Instant.ofEpochSecond(at);
    if (first) {
      em.persist(log);
    }
    Cosignature kept = new Cosignature();
    kept.origin = log.origin;
    kept.treeSize = log.treeSize;
    kept.rootHash = log.rootHash;
    kept.note = cosigned.format();
    kept.line = line.format();
    kept.cosignedAt = log.cosignedAt;
    em.persist(kept);
    outbox.publish(
        EventType.WITNESS_COSIGNED,
        log.origin,
        new WitnessCosigned(
            log.origin,
            log.treeSize,
            Base64.getEncoder().encodeToString(log.rootHash),
            key.name(),
            kept.line,
            kept.cosignedAt),
        ACTOR);
    metrics.level("permits.witness.cosigned.size", log.treeSize, "origin", log.origin);
  }

  private void refuse(
      UUID eventId,
      LedgerCheckpointSigned signed,
      WitnessedLog log,
      Decision decision,
      Instant now) {
    LOG.errorf(
        "Refused checkpoint %d of %s (%s): %s",
        signed.treeSize(), signed.origin(), decision.verdict(), decision.detail());
    CheckpointRefusal refusal = new CheckpointRefusal();
    refusal.id = eventId;
    refusal.origin = signed.origin();
    refusal.treeSize = signed.treeSize();
    refusal.rootHash = rootOf(signed);
    refusal.reason = decision.verdict().name();
    refusal.detail = limit(decision.detail());
    refusal.refusedAt = now;
    em.persist(refusal);
    outbox.publish(
        EventType.WITNESS_REFUSED,
        signed.origin(),
        new WitnessRefused(
            signed.origin(),
            signed.treeSize(),
            signed.rootHash(),
            key.name(),
            refusal.reason,
            refusal.detail,
            log == null ? null : log.treeSize,
            log == null ? null : Base64.getEncoder().encodeToString(log.rootHash),
            now),
        ACTOR);
    metrics.countOnCommit("permits.witness.refusals", "reason", refusal.reason);
  }

  private static byte[] rootOf(LedgerCheckpointSigned signed) {
    try {
      return Base64.getDecoder().decode(signed.rootHash());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String limit(String detail) {
    String text = detail == null ? "" : detail;
    return text.length() > 500 ? text.substring(0, 500) : text;
  }
}
