package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.review.domain.InterestDeclaration;
import be.permits.review.domain.KnownReviewer;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The rules every action on a step starts with: only the step's own agency may act on it (any other
 * id answers 404), and the acting reviewer is remembered as a member of the agency, to whom steps
 * can be reassigned.
 */
@ApplicationScoped
public class StepAccess {
  /** How stale a reviewer's record may get before a visit refreshes it. */
  private static final Duration REFRESH = Duration.ofHours(1);

  @Inject EntityManager em;
  @Inject CaseLock caseLock;
  @Inject Clock clock;

  /**
   * The step, if it belongs to the caller's agency in this case, with the case locked for the rest
   * of the transaction (see {@link CaseLock}).
   *
   * @throws Refusal not found otherwise
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ReviewStep agencyStep(Caller caller, UUID caseId, UUID stepId) {
    if (caller.agency() == null || caseLock.lock(caseId) == null) {
      throw Refusal.notFound();
    }
    ReviewStep step = em.find(ReviewStep.class, stepId);
    if (step == null || step.agency != caller.agency() || !step.reviewCase.id.equals(caseId)) {
      throw Refusal.notFound();
    }
    seen(caller);
    return step;
  }

  /**
   * The case, if {@code agency} has a step in it.
   *
   * @throws Refusal not found otherwise
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ReviewCase visibleCase(Agency agency, UUID caseId) {
    ReviewCase c = em.find(ReviewCase.class, caseId);
    if (c == null || agency == null || c.steps.stream().noneMatch(s -> s.agency == agency)) {
      throw Refusal.notFound();
    }
    return c;
  }

  /** Records that the caller works for their agency. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void seen(Caller caller) {
    if (caller.agency() == null) {
      return;
    }
    Instant now = clock.instant();
    KnownReviewer known = em.find(KnownReviewer.class, caller.subject());
    if (known == null) {
      known = new KnownReviewer();
      known.subject = caller.subject();
      known.agency = caller.agency();
      known.name = caller.name();
      known.lastSeen = now;
      em.persist(known);
    } else if (known.agency != caller.agency()
        || known.lastSeen.plus(REFRESH).isBefore(now)
        || (caller.name() != null && !caller.name().equals(known.name))) {
      known.agency = caller.agency();
      known.name = caller.name();
      known.lastSeen = now;
    }
  }

  /** The reviewer's declaration on the step, or {@code null}. */
  public InterestDeclaration declaration(UUID stepId, String reviewer) {
    return em.find(InterestDeclaration.class, new InterestDeclaration.Key(stepId, reviewer));
  }

  /**
   * @throws Refusal conflict if the reviewer recused from the step
   */
  public void requireNotRecused(ReviewStep step, String reviewer) {
    InterestDeclaration d = declaration(step.id, reviewer);
    if (d != null && d.conflict) {
      throw Refusal.conflict("recused", "This reviewer recused from the step.");
    }
  }

  /**
   * @throws Refusal conflict unless the caller declared no conflict of interest
   */
  public void requireNoConflictDeclared(ReviewStep step, Caller caller) {
    InterestDeclaration d = declaration(step.id, caller.subject());
    if (d == null || d.conflict) {
      throw Refusal.conflict(
          "interest-not-declared",
          "Declare that you have no conflict of interest in this case before deciding.");
    }
  }

  public static void requireOpen(ReviewStep step) {
    if (step.status != ReviewStep.Status.OPEN) {
      throw Refusal.conflict("step-not-open", "The step is " + step.status + ", not open.");
    }
  }

  public static void requireHeldBy(ReviewStep step, Caller caller) {
    if (!caller.subject().equals(step.assignee)) {
      throw Refusal.conflict("claim-first", "Claim the step before working on it.");
    }
  }
}
