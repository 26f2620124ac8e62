package be.permits.review.service;

import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewStepHandedOver;
import be.permits.contracts.review.ReviewStepHandedOver.Reason;
import be.permits.review.domain.Absence;
import be.permits.review.domain.InterestDeclaration;
import be.permits.review.domain.KnownReviewer;
import be.permits.review.domain.ReviewStep;
import be.permits.review.service.CaseViews.StepView;
import be.permits.review.service.StepCommands.Interest;
import be.permits.support.outbox.Outbox;
import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
import be.permits.support.security.Actor;
import be.permits.support.security.Caller;
import be.permits.support.time.SuiteTime;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who works a step: claimed from the agency's queue, released back to it, reassigned to a colleague
 * of the same agency, and the conflict-of-interest declaration that comes before any decision (a
 * recusal hands the step back to the queue). A step its holder's delegate holds while they are away
 * is offered to every colleague: anyone of the agency may take it.
 */
@ApplicationScoped
public class StepAssignment {
  @Inject EntityManager em;
  @Inject StepAccess access;
  @Inject Clock clock;
  @Inject PeopleNames names;
  @Inject Outbox outbox;

  /** A reviewer of the caller's agency, to whom a step can be handed. */
  @Schema(name = "Reviewer")
  public record Colleague(
      @Schema(maxLength = 255) String subject, @Schema(maxLength = 200) String name) {}

  /**
   * @throws Refusal conflict if the step is not open or another reviewer holds it (unless they
   *     stand in for an absent colleague)
   */
  @Transactional
  public StepView claim(Caller caller, UUID caseId, UUID stepId) {
    ReviewStep step = access.agencyStep(caller, caseId, stepId);
    StepAccess.requireOpen(step);
    access.requireNotRecused(step, caller.subject());
    if (step.assignee != null
        && !step.assignee.equals(caller.subject())
        && step.standingInFor == null) {
      throw Refusal.conflict(
          "step-held-by-another", "Another reviewer of your agency holds this step.");
    }
    step.assignee = caller.subject();
    step.standingInFor = null;
    return view(step);
  }

  @Transactional
  public StepView release(Caller caller, UUID caseId, UUID stepId) {
    ReviewStep step = access.agencyStep(caller, caseId, stepId);
    StepAccess.requireHeldBy(step, caller);
    // A step released by a delegate stays marked for the absent reviewer, to whom it goes back
    // unless a colleague takes it from the queue meanwhile.
    step.assignee = null;
    return view(step);
  }

  /**
   * Hands an open step to another reviewer of the same agency, whoever holds it now.
   *
   * @throws Refusal incomplete if the assignee is not a known reviewer of the agency, conflict if
   *     they recused or are away today, or the step is not open
   */
  @Transactional
  public StepView reassign(Caller caller, UUID caseId, UUID stepId, String assignee) {
    ReviewStep step = access.agencyStep(caller, caseId, stepId);
    StepAccess.requireOpen(step);
    KnownReviewer colleague = em.find(KnownReviewer.class, assignee);
    if (colleague == null || colleague.agency != step.agency) {
      throw Refusal.incomplete(
          "Steps go to reviewers of the same agency only.",
          List.of(new FieldError("assignee", "not a reviewer of your agency")));
    }
    access.requireNotRecused(step, assignee);
    if (awayToday(assignee)) {
      throw Refusal.conflict("reviewer-away", "This reviewer is away today.");
    }
    if (!assignee.equals(step.assignee)) {
      hand(step, assignee, null, Reason.REASSIGNED, null, Actor.reviewer(caller));
    }
    return view(step);
  }

  /**
   * Gives the step to {@code to}, who holds it for {@code standingInFor} if not {@code null}, and
   * tells them with a {@code review.step-handed-over} event. The caller locked the step's case.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void hand(
      ReviewStep step,
      String to,
      String standingInFor,
      Reason reason,
      LocalDate until,
      Actor actor) {
    String from = step.assignee;
    step.assignee = to;
    step.standingInFor = standingInFor;
    outbox.publish(
        EventType.REVIEW_STEP_HANDED_OVER,
        step.reviewCase.applicationId,
        new ReviewStepHandedOver(
            step.reviewCase.id,
            step.reviewCase.applicationId,
            step.reviewCase.reference,
            step.id,
            step.agency,
            step.dueDate,
            from,
            to,
            reason,
            until,
            clock.instant()),
        actor);
  }

  /** Whether the reviewer's absence covers today. */
  boolean awayToday(String reviewer) {
    return absenceToday(reviewer).isPresent();
  }

  /** The reviewer's absence that has begun and covers today, if any. */
  java.util.Optional<Absence> absenceToday(String reviewer) {
    LocalDate today = SuiteTime.today(clock);
    return em.createQuery(
            "FROM Absence WHERE reviewer = :who AND state = :active AND lastDay >= :today",
            Absence.class)
        .setParameter("who", reviewer)
        .setParameter("active", Absence.State.ACTIVE)
        .setParameter("today", today)
        .setMaxResults(1)
        .getResultStream()
        .findAny();
  }

  /**
   * A step that comes back to a reviewer who is away today (a returned proposal) goes to their
   * delegate instead, who holds it for them. The caller locked the step's case.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void toDelegateIfAway(ReviewStep step, Actor actor) {
    if (step.assignee == null) {
      return;
    }
    String holder = step.assignee;
    absenceToday(holder)
        .ifPresent(
            away -> hand(step, away.delegate, holder, Reason.ABSENCE_BEGAN, away.lastDay, actor));
  }

  /**
   * Reviewers of the caller's agency who have worked in this service (claimed, declared, decided or
   * written a note), by name; the caller among them.
   */
  @ReadOnly
  public List<Colleague> colleagues(Caller caller) {
    if (caller.agency() == null) {
      return List.of();
    }
    return em.createQuery(
            "FROM KnownReviewer WHERE agency = :agency ORDER BY name, subject", KnownReviewer.class)
        .setParameter("agency", caller.agency())
        .setMaxResults(500)
        .getResultStream()
        .map(r -> new Colleague(r.subject, r.name))
        .toList();
  }

  /**
   * The caller declares, on a step of their agency, that they have no conflict of interest in the
   * case, or recuses. A recusal is final; if the caller held the step, it goes back to the queue.
   *
   * @throws Refusal conflict if the step is decided or closed, or the caller recused already
   */
  @Transactional
  public StepView declareInterest(Caller caller, UUID caseId, UUID stepId, Interest interest) {
    ReviewStep step = access.agencyStep(caller, caseId, stepId);
    if (!step.isUndecided()) {
      throw Refusal.conflict(
          "step-decided", "The step is " + step.status + "; nothing is left to decide.");
    }
    access.requireNotRecused(step, caller.subject());
    boolean conflict = interest.conflict();
    InterestDeclaration declaration = access.declaration(step.id, caller.subject());
    boolean first = declaration == null;
    if (first) {
      declaration = new InterestDeclaration();
      declaration.stepId = step.id;
      declaration.reviewer = caller.subject();
    }
    declaration.conflict = conflict;
    declaration.reason = conflict && interest.reason() != null ? interest.reason().strip() : null;
    declaration.declaredAt = clock.instant();
    if (first) {
      em.persist(declaration);
    }
    if (conflict && caller.subject().equals(step.assignee)) {
      step.assignee = null;
    }
    return view(step);
  }

  private StepView view(ReviewStep step) {
    return names.view(step, SuiteTime.today(clock));
  }
}
