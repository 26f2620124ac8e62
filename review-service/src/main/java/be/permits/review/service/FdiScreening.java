package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewScreeningOpened;
import be.permits.review.domain.ProcedureRegimes.Phase;
import be.permits.review.domain.ProcedureRegimes.PhaseRule;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.review.service.CaseViews.StepView;
import be.permits.support.outbox.Outbox;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Actor;
import be.permits.support.security.Caller;
import be.permits.support.time.SuiteTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The foreign investment screening's two phases (cooperation agreement of 30 November 2022): the
 * committee's step runs for the verification phase; before it ends, the committee may open the
 * screening phase, once, saying why, which adds that phase's days. Both periods are the screening
 * procedure's data ({@code procedure/regimes.json}), counted by the one clock engine.
 */
@ApplicationScoped
public class FdiScreening {
  @Inject StepAccess access;
  @Inject ProcedureClock procedure;
  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject PeopleNames names;

  /** Why the committee opens the screening phase. */
  @Schema(name = "ScreeningPhase")
  public record OpenScreening(@NotBlank @Size(max = 2000) String reason) {}

  /** The screening procedure's rule for {@code phase}, if the procedures define it. */
  public Optional<PhaseRule> phase(Phase phase) {
    return Optional.ofNullable(procedure.regimes().screening()).flatMap(s -> s.phase(phase));
  }

  /** The committee's period on a new step: the verification phase, where the procedures have it. */
  public Optional<Integer> verificationDays(Agency agency) {
    return agency == Agency.FDI_SCREENING
        ? phase(Phase.FDI_VERIFICATION).map(PhaseRule::days)
        : Optional.empty();
  }

  /**
   * Opens the screening phase on the committee's step.
   *
   * @throws Refusal not found unless the step is the caller's agency's; conflict if it is not the
   *     committee's ({@code not-screening}), is decided ({@code step-not-open}), the phase is open
   *     already ({@code screening-opened-already}) or the verification has ended ({@code
   *     verification-ended})
   */
  @Transactional
  public StepView openScreeningPhase(Caller reviewer, UUID caseId, UUID stepId, OpenScreening why) {
    ReviewStep step = access.agencyStep(reviewer, caseId, stepId);
    PhaseRule screening =
        phase(Phase.FDI_SCREENING)
            .filter(rule -> step.agency == Agency.FDI_SCREENING)
            .orElseThrow(
                () ->
                    Refusal.conflict(
                        "not-screening", "Only the screening committee opens a screening phase."));
    if (!step.isUndecided() && step.status != ReviewStep.Status.INFORMATION_REQUESTED) {
      throw Refusal.conflict("step-not-open", "This step is not open.");
    }
    if (step.screeningDays != null) {
      throw Refusal.conflict("screening-opened-already", "The screening phase is open already.");
    }
    Instant now = clock.instant();
    LocalDate today = SuiteTime.day(now);
    if (step.clockStoppedOn == null && today.isAfter(step.dueDate)) {
      throw Refusal.conflict(
          "verification-ended", "The verification phase has ended; no screening can open now.");
    }
    step.screeningDays = screening.days();
    step.screeningReason = why.reason().strip();
    step.screeningOpenedBy = reviewer.subject();
    step.screeningOpenedAt = now;
    step.periodDays += screening.days();
    if (step.clockStoppedOn == null) {
      step.dueDate = procedure.due(step);
    }
    ReviewCase c = step.reviewCase;
    outbox.publish(
        EventType.REVIEW_SCREENING_OPENED,
        c.applicationId,
        new ReviewScreeningOpened(
            c.id,
            c.applicationId,
            c.reference,
            step.id,
            screening.days(),
            step.screeningReason,
            step.dueDate,
            now,
            c.applicant()),
        Actor.reviewer(reviewer));
    return names.view(step, today);
  }
}
