package be.permits.review.service;

import be.permits.contracts.ActorRole;
import be.permits.contracts.Agency;
import be.permits.contracts.EventJson;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitInformationProvided;
import be.permits.contracts.review.ReviewDecisionOpened;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.contracts.review.ReviewProposalReturned;
import be.permits.contracts.review.ReviewStepDecided;
import be.permits.contracts.review.ReviewStepProposed;
import be.permits.review.domain.CaseRevision;
import be.permits.review.domain.DecisionDocument;
import be.permits.review.domain.ProcedureRegimes.Phase;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.review.domain.RoutingRules;
import be.permits.review.service.CaseViews.StepView;
import be.permits.review.service.StepCommands.Decision;
import be.permits.review.service.StepCommands.Outcome;
import be.permits.review.service.StepCommands.Return;
import be.permits.support.observability.BusinessMetrics;
import be.permits.support.outbox.Outbox;
import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
import be.permits.support.security.Actor;
import be.permits.support.security.Caller;
import be.permits.support.security.Roles;
import be.permits.support.time.SuiteTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A reviewer decides their agency's step, or asks the applicant for information; on four-eyes steps
 * another reviewer confirms. When every advisory step is decided the deciding authority's step
 * opens; its decision concludes the case, as does a binding agency's rejection where the rules say
 * so. Who holds a step is {@link StepAssignment}'s business.
 */
@ApplicationScoped
public class StepWork {
  private static final Logger LOG = Logger.getLogger(StepWork.class);

  @Inject EntityManager em;
  @Inject StepAssignment assignment;
  @Inject StepAccess access;
  @Inject CaseLock caseLock;
  @Inject Outbox outbox;
  @Inject RoutingRulesSource rules;
  @Inject Clock clock;
  @Inject BusinessMetrics metrics;
  @Inject PeopleNames names;
  @Inject InformationThreads threads;
  @Inject ProcedureClock procedure;
  @Inject CaseOpening caseOpening;
  @Inject Inquiries inquiries;
  @Inject Appeals appeals;
  @Inject DecisionDocuments documents;
  @Inject CaseConclusion conclusion;

  /**
   * Decides the step held by the caller.
   *
   * @throws Refusal conflict if the caller does not hold an open step or has not declared that they
   *     have no conflict of interest, incomplete if the outcome lacks what it needs
   */
  @Transactional
  public StepView decide(Caller caller, UUID caseId, UUID stepId, Decision decision) {
    ReviewStep step = access.agencyStep(caller, caseId, stepId);
    StepAccess.requireOpen(step);
    StepAccess.requireHeldBy(step, caller);
    access.requireNoConflictDeclared(step, caller);
    if (step.agency == Agency.COORDINATION && !caller.hasRole(Roles.COORDINATOR)) {
      throw Refusal.conflict(
          "coordinator-only", "Only a coordinating official decides whether a file is complete.");
    }
    validate(step, decision);
    if (step.agency == Agency.APPEAL_AUTHORITY) {
      appeals.requireAppealsClosed(step.reviewCase);
    }
    Instant now = clock.instant();
    LocalDate today = now.atZone(SuiteTime.ZONE).toLocalDate();
    ReviewCase c = step.reviewCase;
    step.actedOnRevision = c.revision;
    if (decision.outcome() == Outcome.REQUEST_INFORMATION) {
      step.awaitAnswer(UUID.randomUUID(), today);
      threads.asked(step, caller, decision.questions(), decision.dueDate(), now);
      outbox.publish(
          EventType.REVIEW_INFORMATION_REQUESTED,
          c.applicationId,
          new ReviewInformationRequested(
              c.id,
              c.applicationId,
              c.reference,
              step.openRequestId,
              step.id,
              step.agency,
              List.copyOf(decision.questions()),
              decision.dueDate(),
              now,
              c.applicant()),
          Actor.reviewer(caller));
      return names.view(step, today);
    }
    step.decision = decision.outcome().name();
    step.conditions = new ArrayList<>(nullToEmpty(decision.conditions()));
    step.reasons = new ArrayList<>(nullToEmpty(decision.reasons()));
    if (rules.current().fourEyesAgencies().contains(step.agency)) {
      step.propose(caller.subject());
      outbox.publish(
          EventType.REVIEW_STEP_PROPOSED,
          c.applicationId,
          new ReviewStepProposed(
              c.id,
              c.applicationId,
              c.reference,
              step.id,
              step.agency,
              step.decision,
              step.proposedBy,
              now),
          Actor.reviewer(caller));
      return names.view(step, today);
    }
    decided(step, Actor.reviewer(caller), now, today);
    return names.view(step, today);
  }

  /**
   * The coordinating officials let the completeness period pass without deciding, and the case's
   * procedure counts that silence as a complete file: the check is decided so, by the service, and
   * the review opens. The caller holds the case's lock.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void completeBySilence(ReviewStep check) {
    Instant now = clock.instant();
    check.decision = Outcome.COMPLETE.name();
    check.actedOnRevision = check.reviewCase.revision;
    decided(check, SystemActor.ACTOR, now, now.atZone(SuiteTime.ZONE).toLocalDate());
  }

  /**
   * Four-eyes: a second reviewer of the same agency confirms the proposed decision.
   *
   * @throws Refusal conflict if nothing is proposed, if the proposer tries to confirm, or if the
   *     confirming reviewer has not declared that they have no conflict of interest
   */
  @Transactional
  public StepView confirm(Caller caller, UUID caseId, UUID stepId) {
    ReviewStep step = proposedByAnother(caller, caseId, stepId);
    Instant now = clock.instant();
    LocalDate today = now.atZone(SuiteTime.ZONE).toLocalDate();
    decided(step, Actor.reviewer(caller), now, today);
    return names.view(step, today);
  }

  /**
   * Four-eyes: the second reviewer does not confirm and returns the proposal to its proposer with
   * the reason; the step opens again, held by the proposer, who is told.
   *
   * @throws Refusal conflict as for {@link #confirm}
   */
  @Transactional
  public StepView returnProposal(Caller caller, UUID caseId, UUID stepId, Return returned) {
    ReviewStep step = proposedByAnother(caller, caseId, stepId);
    Instant now = clock.instant();
    String outcome = step.decision;
    String proposer = step.proposedBy;
    step.returnProposal(caller.subject(), returned.reason().strip(), now);
    assignment.toDelegateIfAway(step, Actor.reviewer(caller));
    ReviewCase c = step.reviewCase;
    outbox.publish(
        EventType.REVIEW_PROPOSAL_RETURNED,
        c.applicationId,
        new ReviewProposalReturned(
            c.id,
            c.applicationId,
            c.reference,
            step.id,
            step.agency,
            outcome,
            proposer,
            caller.subject(),
            step.returnedReason,
            now),
        Actor.reviewer(caller));
    return names.view(step, now.atZone(SuiteTime.ZONE).toLocalDate());
  }

  private ReviewStep proposedByAnother(Caller caller, UUID caseId, UUID stepId) {
    ReviewStep step = access.agencyStep(caller, caseId, stepId);
    if (step.status != ReviewStep.Status.PROPOSED) {
      throw Refusal.conflict("nothing-proposed", "No decision is proposed on this step.");
    }
    if (caller.subject().equals(step.proposedBy)) {
      throw Refusal.conflict(
          "four-eyes-same-reviewer",
          "Four eyes: a reviewer other than the one who proposed must confirm or return it.");
    }
    access.requireNoConflictDeclared(step, caller);
    return step;
  }

  private void decided(ReviewStep step, Actor actor, Instant now, LocalDate today) {
    ReviewCase c = step.reviewCase;
    step.moveTo(ReviewStep.Status.DECIDED);
    step.decidedAt = now;
    step.decidedBy = actor.subject();
    metrics.timeOnCommit(
        "permits.review.step.duration",
        Duration.between(step.openedAt, now),
        "agency",
        step.agency.claim(),
        "decision",
        String.valueOf(step.decision));
    outbox.publish(
        EventType.REVIEW_STEP_DECIDED,
        c.applicationId,
        new ReviewStepDecided(
            c.id,
            c.applicationId,
            c.reference,
            step.id,
            step.agency,
            step.decision,
            List.copyOf(step.conditions),
            List.copyOf(step.reasons),
            step.actedOnRevision == null ? c.revision : step.actedOnRevision,
            now,
            step.decidedBy,
            step.proposedBy),
        actor);
    if (step.agency == Agency.COORDINATION) {
      caseOpening.fileComplete(c, actor.role() == ActorRole.SYSTEM, actor);
    } else if (step.agency == Agency.DECIDING_AUTHORITY) {
      conclusion.conclude(c, step, actor, now);
    } else if (step.agency == Agency.APPEAL_AUTHORITY) {
      appeals.decided(c, step, Appeals.outcomeOf(step, step.conditions), actor, now);
      documents.requested(c, step, DecisionDocument.Kind.APPEAL_DECISION, now);
    } else if (endsEarly(step)) {
      c.steps.forEach(ReviewStep::close);
      conclusion.conclude(c, step, actor, now);
    } else {
      openDecisionWhenReady(c, now, today);
    }
  }

  /**
   * Opens the deciding authority's step once every advisory step is decided and the public inquiry,
   * if any, has closed: the decision weighs both. The caller holds the case's lock.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void openDecisionWhenReady(ReviewCase c, Instant now, LocalDate today) {
    boolean adviceDone =
        c.steps.stream()
            .filter(s -> s.agency != Agency.DECIDING_AUTHORITY)
            .allMatch(s -> s.status == ReviewStep.Status.DECIDED);
    boolean decisionOpen = c.steps.stream().anyMatch(s -> s.agency == Agency.DECIDING_AUTHORITY);
    if (adviceDone
        && !decisionOpen
        && c.status == ReviewCase.Status.OPEN
        && !inquiries.running(c.id)) {
      openDecisionStep(c, now, today);
    }
  }

  /**
   * The applicant answered: the revision is stored, and only the requesting agency's step opens
   * again, its deadline moved by the days its clock stood still.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void informationProvided(PermitInformationProvided answer) {
    ReviewCase c = caseLock.lockOfApplication(answer.applicationId()).orElse(null);
    if (c == null) {
      LOG.warnf("Answer for application %s without a review case", answer.applicationId());
      return;
    }
    Instant now = clock.instant();
    CaseRevision revision = new CaseRevision();
    revision.caseId = c.id;
    revision.revision = answer.revision();
    revision.receivedAt = now;
    revision.data = EventJson.write(answer.application());
    em.persist(revision);
    c.revision = answer.revision();
    c.siteName = answer.application().site().name();
    LocalDate today = now.atZone(SuiteTime.ZONE).toLocalDate();
    threads.answered(answer, now);
    for (ReviewStep step : c.steps) {
      if (answer.requestId().equals(step.openRequestId)) {
        if (step.agency == Agency.COORDINATION) {
          // The completeness period starts again from the day the missing items arrive.
          step.periodStart = today;
        }
        step.answered(answer.revision(), today, procedure::due);
      }
    }
  }

  private void openDecisionStep(ReviewCase c, Instant now, LocalDate today) {
    ReviewStep decision = new ReviewStep();
    decision.id = UUID.randomUUID();
    decision.reviewCase = c;
    decision.agency = Agency.DECIDING_AUTHORITY;
    decision.ruleId = "decision-after-advice";
    Map<String, String> why = rules.current().decisionReason();
    decision.reason = why.get("en");
    decision.reasonTexts = new HashMap<>(why);
    decision.status = ReviewStep.Status.OPEN;
    // The procedure's decision period runs from the day the file was complete; a case under no
    // procedure gives the deciding authority the rules' days from now.
    var period = procedure.phase(c, Phase.DECISION);
    decision.periodStart = period.isPresent() && c.completedOn != null ? c.completedOn : today;
    decision.periodDays =
        period.isPresent() && c.completedOn != null
            ? period.get().days() + (c.decisionExtensionDays == null ? 0 : c.decisionExtensionDays)
            : rules.current().deadlineDays().get(Agency.DECIDING_AUTHORITY);
    decision.dueDate = procedure.due(decision);
    decision.openedAt = now;
    decision.reviewedRevision = c.revision;
    c.steps.add(decision);
    em.persist(decision);
    outbox.publish(
        EventType.REVIEW_DECISION_OPENED,
        c.applicationId,
        new ReviewDecisionOpened(
            c.id, c.applicationId, c.reference, decision.id, decision.dueDate, now),
        SystemActor.ACTOR);
  }

  /**
   * A binding agency rejected, and the rules say that ends the case: waiting for the others'
   * opinions would only delay a refusal that is certain.
   */
  private boolean endsEarly(ReviewStep step) {
    RoutingRules current = rules.current();
    return current.endEarlyOnBindingRejection()
        && current.bindingAgencies().contains(step.agency)
        && Outcome.REJECT.name().equals(step.decision);
  }

  private void validate(ReviewStep step, Decision d) {
    List<FieldError> errors = new ArrayList<>();
    if (!Outcome.on(step.agency).contains(d.outcome())) {
      throw Refusal.incomplete(
          "This outcome cannot be decided on this step.",
          List.of(new FieldError("outcome", "not an outcome of this step")));
    }
    switch (d.outcome()) {
      case APPROVE_WITH_CONDITIONS -> {
        if (nullToEmpty(d.conditions()).isEmpty()) {
          errors.add(new FieldError("conditions", "at least one condition is needed"));
        }
      }
      case REJECT -> {
        if (nullToEmpty(d.reasons()).isEmpty()) {
          errors.add(new FieldError("reasons", "at least one reason is needed"));
        }
      }
      case REQUEST_INFORMATION -> {
        if (nullToEmpty(d.questions()).isEmpty()) {
          errors.add(new FieldError("questions", "at least one question is needed"));
        }
        if (d.dueDate() == null || !d.dueDate().isAfter(SuiteTime.today(clock))) {
          errors.add(new FieldError("dueDate", "must be a day after today"));
        }
      }
      case APPROVE, COMPLETE -> {
        // Nothing more is needed.
      }
    }
    if (!errors.isEmpty()) {
      throw Refusal.incomplete("The decision lacks what its outcome needs.", errors);
    }
  }

  private static List<String> nullToEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }
}
