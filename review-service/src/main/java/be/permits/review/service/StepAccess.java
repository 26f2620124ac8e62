package be.permits.review.service;

import be.permits.review.domain.InterestDeclaration;
import be.permits.review.domain.KnownReviewer;
import be.permits.review.domain.ReviewStep;
import be.permits.support.problem.ProblemException;
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
   * @throws ProblemException 404 otherwise
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ReviewStep agencyStep(Caller caller, UUID caseId, UUID stepId) {
    if (caller.agency() == null || caseLock.lock(caseId) == null) {
      throw ProblemException.notFound();
    }
    ReviewStep step = em.find(ReviewStep.class, stepId);
    if (step == null || step.agency != caller.agency() || !step.reviewCase.id.equals(caseId)) {
      throw ProblemException.notFound();
    }
    seen(caller);
    return step;
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
   * @throws ProblemException 409 if the reviewer recused from the step
   */
  public void requireNotRecused(ReviewStep step, String reviewer) {
    InterestDeclaration d = declaration(step.id, reviewer);
    if (d != null && d.conflict) {
      throw ProblemException.conflict("This reviewer recused from the step.");
    }
  }

  /**
   * @throws ProblemException 409 unless the caller declared no conflict of interest
   */
  public void requireNoConflictDeclared(ReviewStep step, Caller caller) {
    InterestDeclaration d = declaration(step.id, caller.subject());
    if (d == null || d.conflict) {
      throw ProblemException.conflict(
          "Declare that you have no conflict of interest in this case before deciding.");
    }
  }

  public static void requireOpen(ReviewStep step) {
    if (!ReviewStep.OPEN.equals(step.status)) {
      throw ProblemException.conflict("The step is " + step.status + ", not open.");
    }
  }

  public static void requireHeldBy(ReviewStep step, Caller caller) {
    if (!caller.subject().equals(step.assignee)) {
      throw ProblemException.conflict("Claim the step before working on it.");
    }
  }
}
