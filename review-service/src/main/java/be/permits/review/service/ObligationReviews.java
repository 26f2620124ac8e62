package be.permits.review.service;

import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitEvidenceSubmitted;
import be.permits.contracts.review.EvidenceOutcome;
import be.permits.contracts.review.ReviewObligationReviewed;
import be.permits.review.domain.EnforcementCase;
import be.permits.review.domain.Obligation;
import be.permits.review.domain.ObligationEvidence;
import be.permits.review.domain.ReviewCase;
import be.permits.support.outbox.Outbox;
import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
import be.permits.support.security.Actor;
import be.permits.support.security.Caller;
import be.permits.support.time.SuiteTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The life of an obligation after the permit: evidence comes in from the operator, and the agency
 * that set the condition reviews it, or finds it missing once its due date has passed. A breach
 * opens an enforcement case. Every change locks the obligation, so that a review and new evidence,
 * or two reviewers, never cross; each is one {@code review.obligation-reviewed} event with the
 * change, for the operator's file, the notifications and the ledger.
 */
@ApplicationScoped
public class ObligationReviews {
  /** The longest reason the agency gives the operator. */
  public static final int MOST_REASON = 2000;

  @Inject EntityManager em;
  @Inject Outbox outbox;
  @Inject Obligations obligations;
  @Inject StepAccess access;
  @Inject Clock clock;

  /**
   * A review as the agency's reviewer gives it.
   *
   * @param evidenceId the evidence reviewed, or {@code null} to find a breach without evidence
   * @param reason words to the operator: needed unless the evidence is accepted
   */
  public record Review(UUID evidenceId, EvidenceOutcome outcome, String reason) {}

  /**
   * The operator handed in evidence: kept once, whatever the deliveries. Evidence is never turned
   * away, even late: the agency reviews it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void evidenceSubmitted(PermitEvidenceSubmitted submitted) {
    Obligation o =
        em.find(Obligation.class, submitted.obligationId(), LockModeType.PESSIMISTIC_WRITE);
    if (o == null || em.find(ObligationEvidence.class, submitted.evidenceId()) != null) {
      return;
    }
    ObligationEvidence evidence = new ObligationEvidence();
    evidence.id = submitted.evidenceId();
    evidence.obligationId = o.id;
    // The period the operator answered: a breach found meanwhile may have moved the obligation on.
    evidence.due = submitted.due() != null ? submitted.due() : o.nextDue;
    evidence.statement = submitted.statement();
    evidence.fileName = submitted.fileName();
    evidence.sizeBytes = submitted.sizeBytes();
    evidence.sha256 = submitted.sha256();
    evidence.submittedAt = submitted.submittedAt();
    em.persist(evidence);
    if (!refusedOnAppeal(em.find(ReviewCase.class, o.caseId))) {
      // Kept either way; after a refusal on appeal there is nothing left to review it against.
      o.state = Obligation.State.TO_REVIEW;
    }
  }

  private static boolean refusedOnAppeal(ReviewCase c) {
    return "REJECTED".equals(c.decisionOutcome);
  }

  /**
   * The agency's finding on the obligation's evidence, or on its absence past the due date.
   *
   * @throws Refusal not found for an obligation of another agency; conflict if the evidence is
   *     reviewed already or not the latest, if a breach without evidence is found before the due
   *     date has passed, or once an appeal refused the permit; incomplete without a reason where
   *     one is needed
   */
  @Transactional
  public void review(Caller caller, UUID obligationId, Review review) {
    Obligation o = lockOwn(caller, obligationId);
    ReviewCase c = em.find(ReviewCase.class, o.caseId);
    if (refusedOnAppeal(c)) {
      throw Refusal.conflict(
          "permit-refused", "The permit was refused on appeal: its conditions bind no one.");
    }
    if (review.outcome() != EvidenceOutcome.ACCEPTED && review.reason() == null) {
      throw Refusal.incomplete(
          "Say why, for the operator.", List.of(new FieldError("reason", "required")));
    }
    Instant now = clock.instant();
    ObligationEvidence evidence = review.evidenceId() == null ? null : awaitingReview(o, review);
    if (evidence == null
        && (review.outcome() != EvidenceOutcome.BREACH || !o.isOverdue(SuiteTime.today(clock)))) {
      throw Refusal.conflict(
          "not-overdue",
          "Without evidence, only a breach can be found, once the due date has passed.");
    }
    LocalDate due = evidence != null ? evidence.due : o.nextDue;
    if (evidence != null) {
      evidence.outcome = review.outcome();
      evidence.reason = review.reason();
      evidence.reviewedAt = now;
      evidence.reviewedBy = caller.subject();
      evidence.reviewedByName = caller.name();
    }
    EnforcementCase opened =
        review.outcome() == EvidenceOutcome.BREACH
            ? open(caller, o, evidence, due, review.reason(), now)
            : null;
    if (review.outcome() == EvidenceOutcome.MORE_INFORMATION) {
      o.state = Obligation.State.AWAITED;
    } else if (evidence != null && evidence.due.isBefore(o.nextDue)) {
      // Late evidence for a period a breach already settled: the next period stays as it is.
      o.state = Obligation.State.AWAITED;
    } else {
      close(o, review.outcome());
    }
    access.seen(caller);
    outbox.publish(
        EventType.REVIEW_OBLIGATION_REVIEWED,
        c.applicationId,
        new ReviewObligationReviewed(
            c.id,
            c.applicationId,
            c.reference,
            o.id,
            o.agency,
            evidence == null ? null : evidence.id,
            review.outcome(),
            review.reason(),
            o.state == Obligation.State.AWAITED ? o.nextDue : null,
            opened == null ? null : opened.reference,
            now,
            c.applicant()),
        Actor.reviewer(caller));
  }

  /** The obligation, locked, if it is the caller's agency's. */
  private Obligation lockOwn(Caller caller, UUID obligationId) {
    Obligation o = em.find(Obligation.class, obligationId, LockModeType.PESSIMISTIC_WRITE);
    if (o == null || caller.agency() == null || o.agency != caller.agency()) {
      throw Refusal.notFound();
    }
    return o;
  }

  /** The evidence named, if it is the obligation's latest and not reviewed yet. */
  private ObligationEvidence awaitingReview(Obligation o, Review review) {
    ObligationEvidence latest =
        em.createQuery(
                "FROM ObligationEvidence WHERE obligationId = :o ORDER BY submittedAt DESC, id",
                ObligationEvidence.class)
            .setParameter("o", o.id)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (latest == null) {
      throw Refusal.notFound();
    }
    if (!latest.id.equals(review.evidenceId())
        || latest.outcome != null
        || o.state != Obligation.State.TO_REVIEW) {
      throw Refusal.conflict("evidence-reviewed", "This evidence has been reviewed already.");
    }
    return latest;
  }

  /**
   * The period is settled, kept or breached: evidence owed once is owed no more; a recurring
   * obligation awaits the next period's, a period after the due date just settled.
   */
  private void close(Obligation o, EvidenceOutcome outcome) {
    if (o.everyMonths == null) {
      o.state =
          outcome == EvidenceOutcome.ACCEPTED
              ? Obligation.State.FULFILLED
              : Obligation.State.BREACHED;
      return;
    }
    o.nextDue = obligations.due(o.nextDue, o.everyMonths);
    o.state = Obligation.State.AWAITED;
  }

  private EnforcementCase open(
      Caller caller,
      Obligation o,
      ObligationEvidence evidence,
      LocalDate due,
      String reason,
      Instant now) {
    long number =
        ((Number) em.createNativeQuery("SELECT nextval('enforcement_number')").getSingleResult())
            .longValue();
    EnforcementCase e = new EnforcementCase();
    e.id = UUID.randomUUID();
    e.reference = "ENF-%d-%06d".formatted(now.atZone(SuiteTime.ZONE).getYear(), number);
    e.obligationId = o.id;
    e.caseId = o.caseId;
    e.agency = o.agency;
    e.evidenceId = evidence == null ? null : evidence.id;
    e.due = due;
    e.reason = reason;
    e.openedAt = now;
    e.openedBy = caller.subject();
    e.openedByName = caller.name();
    em.persist(e);
    return e;
  }
}
