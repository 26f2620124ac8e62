package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.EventType;
import be.permits.contracts.review.EnforcementOutcome;
import be.permits.contracts.review.ReviewEnforcementClosed;
import be.permits.review.domain.EnforcementCase;
import be.permits.review.domain.ReviewCase;
import be.permits.support.outbox.Outbox;
import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
import be.permits.support.security.Actor;
import be.permits.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The deciding authority closes an enforcement case: the operator put it right, was sanctioned, or
 * had not breached the condition after all, with its words to the operator. The case's row is
 * locked, so that two officials closing it at once close it once; the closing and its {@code
 * review.enforcement-closed} event commit together.
 */
@ApplicationScoped
public class EnforcementClosing {
  @Inject EntityManager em;
  @Inject Outbox outbox;
  @Inject StepAccess access;
  @Inject Clock clock;

  /** A closing as the deciding authority's official gives it. */
  public record Closing(EnforcementOutcome outcome, String reason) {}

  /**
   * @throws Refusal not found unless the caller is of the deciding authority (the agency that found
   *     the breach reads the case but does not close it); incomplete without an outcome or a
   *     reason, or with a reason too long; conflict if the case is closed already
   */
  @Transactional
  public void close(Caller caller, UUID enforcementId, Closing closing) {
    if (caller.agency() != Agency.DECIDING_AUTHORITY) {
      throw Refusal.notFound();
    }
    List<FieldError> missing = new ArrayList<>();
    if (closing.outcome() == null) {
      missing.add(new FieldError("outcome", "required"));
    }
    String reason = closing.reason() == null ? "" : closing.reason().strip();
    if (reason.isEmpty()) {
      missing.add(new FieldError("reason", "required"));
    } else if (reason.length() > ObligationReviews.MOST_REASON) {
      missing.add(
          new FieldError("reason", "at most " + ObligationReviews.MOST_REASON + " characters"));
    }
    if (!missing.isEmpty()) {
      throw Refusal.incomplete("Choose an outcome and say why, for the operator.", missing);
    }
    EnforcementCase e =
        em.find(EnforcementCase.class, enforcementId, LockModeType.PESSIMISTIC_WRITE);
    if (e == null) {
      throw Refusal.notFound();
    }
    if (!e.isOpen()) {
      throw Refusal.conflict("enforcement-closed", "This enforcement case is closed already.");
    }
    Instant now = clock.instant();
    e.outcome = closing.outcome();
    e.outcomeReason = reason;
    e.closedAt = now;
    e.closedBy = caller.subject();
    e.closedByName = caller.name();
    access.seen(caller);
    ReviewCase c = em.find(ReviewCase.class, e.caseId);
    outbox.publish(
        EventType.REVIEW_ENFORCEMENT_CLOSED,
        c.applicationId,
        new ReviewEnforcementClosed(
            c.id,
            c.applicationId,
            c.reference,
            e.id,
            e.reference,
            e.obligationId,
            e.agency,
            e.outcome,
            e.outcomeReason,
            now,
            c.applicant()),
        Actor.reviewer(caller));
  }
}
