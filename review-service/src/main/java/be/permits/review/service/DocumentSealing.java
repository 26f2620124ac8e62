package be.permits.review.service;

import be.permits.contracts.EventJson;
import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewDecisionSealed;
import be.permits.review.document.DecisionFacts;
import be.permits.review.document.DecisionPdf;
import be.permits.review.document.DecisionSeal;
import be.permits.review.domain.DecisionDocument;
import be.permits.review.domain.ReviewCase;
import be.permits.support.outbox.Outbox;
import be.permits.support.transaction.ReadOnly;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Seals the requested decision documents: each is rendered and sealed outside any transaction (a
 * timestamp authority is a remote call), then stored in a short one under the document's row lock,
 * with the {@code review.decision-sealed.v1} event that carries the PDF to the applicant's file and
 * its hash into the audit ledger. Two instances that seal the same document at once store it once:
 * the second finds it sealed and drops its copy. A failure is recorded and tried again on the next
 * run; a crash before the store loses nothing, the request stays.
 */
@ApplicationScoped
public class DocumentSealing {
  private static final Logger LOG = Logger.getLogger(DocumentSealing.class);
  static final int BATCH = 20;

  /** After this many failures a document waits for an operator (its last failure says why). */
  static final int MAX_ATTEMPTS = 10;

  @Inject EntityManager em;
  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject DecisionPdf pdf;
  @Inject DecisionSeal seal;

  /** A document to seal, as read. */
  public record Request(UUID id, String reference, DecisionFacts facts) {}

  @Scheduled(
      identity = "decision-documents",
      every = "${documents.seal-every:2s}",
      delayed = "${documents.seal-delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void sealAll() {
    List<Request> requests;
    do {
      requests = toSeal();
      requests.forEach(this::sealOne);
    } while (requests.size() == BATCH);
  }

  /** The documents still to seal, oldest first; at most {@value #BATCH}. */
  @ReadOnly
  public List<Request> toSeal() {
    return em.createQuery(
            "SELECT d.id, c.reference, d.facts FROM DecisionDocument d, ReviewCase c"
                + " WHERE c.id = d.caseId AND d.sealedAt IS NULL AND d.attempts < :attempts"
                + " ORDER BY d.requestedAt",
            Object[].class)
        .setParameter("attempts", MAX_ATTEMPTS)
        .setMaxResults(BATCH)
        .getResultStream()
        .map(
            row ->
                new Request(
                    (UUID) row[0],
                    (String) row[1],
                    EventJson.read((String) row[2], DecisionFacts.class)))
        .toList();
  }

  /** Renders, seals and stores one document; a failure is recorded, to be tried again. */
  public void sealOne(Request request) {
    byte[] sealed;
    try {
      Instant at = clock.instant();
      // The reason shown in PDF readers' signature panel: the reference, the same in every
      // language.
      sealed = seal.seal(pdf.render(request.facts()), request.reference(), at);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Sealing the decision document of %s failed", request.reference());
      QuarkusTransaction.requiringNew().run(() -> failed(request.id(), e));
      return;
    }
    DecisionSeal.Check check = seal.check(sealed);
    QuarkusTransaction.requiringNew().run(() -> store(request.id(), sealed, check));
  }

  private void store(UUID id, byte[] sealed, DecisionSeal.Check check) {
    DecisionDocument document = em.find(DecisionDocument.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (document == null || document.isSealed()) {
      return;
    }
    ReviewCase c = em.find(ReviewCase.class, document.caseId);
    document.content = sealed;
    document.sha256 = sha256(sealed);
    document.sealedAt = check.sealedAt() == null ? clock.instant() : check.sealedAt();
    document.sealedBy = check.sealedBy();
    outbox.publish(
        EventType.REVIEW_DECISION_SEALED,
        c.applicationId,
        new ReviewDecisionSealed(
            c.id,
            c.applicationId,
            c.reference,
            document.id,
            document.kind.name(),
            document.language,
            document.sha256,
            document.sealedBy,
            document.sealedAt,
            sealed),
        SystemActor.ACTOR);
  }

  private void failed(UUID id, RuntimeException e) {
    DecisionDocument document = em.find(DecisionDocument.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (document == null || document.isSealed()) {
      return;
    }
    document.attempts++;
    String why = String.valueOf(e.getMessage());
    document.lastFailure = why.length() > 1000 ? why.substring(0, 1000) : why;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
