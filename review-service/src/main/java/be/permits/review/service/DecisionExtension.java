package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewDecisionExtended;
import be.permits.review.domain.ProcedureRegimes.Phase;
import be.permits.review.domain.ProcedureRegimes.PhaseRule;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.support.outbox.Outbox;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Actor;
import be.permits.support.security.Caller;
import be.permits.support.security.Roles;
import be.permits.support.time.SuiteTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The decision period's one extension: the coordinating officials extend it, before it ends, by the
 * days the case's procedure allows, saying why; the decision's last day moves, on the decision step
 * too if it is open, and the applicant is told.
 */
@ApplicationScoped
public class DecisionExtension {
  @Inject CaseLock caseLock;
  @Inject ProcedureClock procedure;
  @Inject Outbox outbox;
  @Inject Clock clock;

  /** Why the period is extended. */
  @Schema(name = "DecisionExtension")
  public record Extend(@NotBlank @Size(max = 2000) String reason) {}

  /**
   * Extends the case's decision period.
   *
   * @throws Refusal not found unless the caller is a coordinating official; conflict if the case is
   *     not under review, its procedure allows no extension ({@code not-extendable}), it was
   *     extended already ({@code extended-already}) or its period has ended ({@code
   *     decision-period-ended})
   */
  @Transactional
  public LocalDate extend(Caller official, UUID caseId, Extend why) {
    if (official.agency() != Agency.COORDINATION || !official.hasRole(Roles.COORDINATOR)) {
      throw Refusal.notFound();
    }
    ReviewCase c = caseLock.lock(caseId);
    if (c == null) {
      throw Refusal.notFound();
    }
    PhaseRule decision =
        procedure
            .phase(c, Phase.DECISION)
            .filter(rule -> rule.extensionDays() != null)
            .orElseThrow(
                () ->
                    Refusal.conflict(
                        "not-extendable", "This case's procedure allows no extension."));
    if (c.status != ReviewCase.Status.OPEN || c.completedOn == null) {
      throw Refusal.conflict("not-extendable", "Only a case under review is extended.");
    }
    if (c.decisionExtensionDays != null) {
      throw Refusal.conflict("extended-already", "The decision period was extended already.");
    }
    Instant now = clock.instant();
    LocalDate today = now.atZone(SuiteTime.ZONE).toLocalDate();
    if (c.decisionDueDate != null && today.isAfter(c.decisionDueDate)) {
      throw Refusal.conflict(
          "decision-period-ended", "The decision period has ended; it cannot be extended.");
    }
    c.decisionExtensionDays = decision.extensionDays();
    c.decisionExtensionReason = why.reason().strip();
    c.decisionExtendedBy = official.subject();
    c.decisionExtendedAt = now;
    c.decisionDueDate = procedure.decisionDue(c);
    for (ReviewStep step : c.steps) {
      if (step.agency == Agency.DECIDING_AUTHORITY && step.status != ReviewStep.Status.DECIDED) {
        step.periodDays += decision.extensionDays();
        if (step.clockStoppedOn == null) {
          step.dueDate = procedure.due(step);
        }
      }
    }
    outbox.publish(
        EventType.REVIEW_DECISION_EXTENDED,
        c.applicationId,
        new ReviewDecisionExtended(
            c.id,
            c.applicationId,
            c.reference,
            c.decisionExtensionDays,
            c.decisionExtensionReason,
            c.decisionDueDate,
            now,
            c.applicant()),
        Actor.reviewer(official));
    return c.decisionDueDate;
  }
}
