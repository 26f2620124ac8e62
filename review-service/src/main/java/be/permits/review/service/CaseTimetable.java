package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.review.domain.Inquiry;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.support.clock.BelgianHolidays;
import be.permits.support.time.SuiteTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case's timetable: each milestone of its procedure with the day it is due (planned) and the day
 * it was reached (actual), late ones counted in working days, and the days its clock stood still.
 * Computed from the case as it is, so it can never disagree with it.
 */
public final class CaseTimetable {
  private CaseTimetable() {}

  /** The agencies whose steps are opinions: all but the procedure's own steps. */
  private static final java.util.Set<Agency> OPINIONS =
      java.util.EnumSet.complementOf(
          java.util.EnumSet.of(
              Agency.COORDINATION, Agency.DECIDING_AUTHORITY, Agency.APPEAL_AUTHORITY));

  /** The milestones of a procedure, in their order. */
  public enum Kind {
    /** The application was filed (submitted). */
    FILED,
    /** The coordinating officials found the file complete. */
    COMPLETENESS,
    /** The public inquiry closed. */
    INQUIRY,
    /** An agency gave its opinion. */
    OPINION,
    /** The deciding authority decided. */
    DECISION,
    /** The last day anyone the procedure names may appeal the decision. */
    APPEAL_WINDOW,
    /** The appeal authority decided, replacing the decision. */
    APPEAL_DECISION
  }

  /** Where a milestone stands. */
  public enum State {
    /** Reached by its planned day. */
    ON_TIME,
    /** Reached after its planned day. */
    LATE,
    /** Not reached, and its planned day has passed. */
    OVERDUE,
    /** Waiting for the applicant: its clock stands still. */
    STOPPED,
    /** Not reached yet, and not due yet. */
    PLANNED,
    /** Counted as reached because the check was not done in time (silence). */
    TACIT
  }

  @Schema(name = "Milestone")
  public record Milestone(
      Kind kind,
      @Schema(description = "The agency, for an opinion") Agency agency,
      @Schema(description = "The day it is due") LocalDate planned,
      @Schema(description = "The day it was reached") LocalDate actual,
      State state,
      @Schema(minimum = "0", maximum = "10000", description = "Working days past its planned day")
          int workingDaysLate,
      @Schema(minimum = "0", maximum = "10000", description = "Days its clock stood still")
          int daysStopped,
      @Schema(
              minimum = "1",
              maximum = "365",
              description =
                  "The decision period's extension, or the screening phase on the FDI opinion")
          Integer extendedDays,
      @Schema(maxLength = 2000, description = "Why the period was extended")
          String extensionReason) {}

  /** The case's milestones as of {@code today}, working days counted with {@code holidays}. */
  public static List<Milestone> of(
      ReviewCase c, Inquiry inquiry, LocalDate today, BelgianHolidays holidays) {
    List<Milestone> milestones = new ArrayList<>();
    LocalDate filed = day(c.openedAt);
    milestones.add(new Milestone(Kind.FILED, null, filed, filed, State.ON_TIME, 0, 0, null, null));
    ReviewStep decision = null;
    ReviewStep appeal = null;
    for (ReviewStep step : c.steps) {
      if (step.agency == Agency.DECIDING_AUTHORITY) {
        decision = step;
      } else if (step.agency == Agency.APPEAL_AUTHORITY) {
        appeal = step;
      } else if (step.agency == Agency.COORDINATION) {
        milestones.add(ofStep(Kind.COMPLETENESS, step, today, holidays, c.tacitlyComplete));
      }
    }
    if (inquiry != null) {
      LocalDate closed = inquiry.closedAt == null ? null : day(inquiry.closedAt);
      milestones.add(
          new Milestone(
              Kind.INQUIRY,
              null,
              inquiry.endsOn,
              closed,
              closed != null ? State.ON_TIME : State.PLANNED,
              0,
              0,
              null,
              null));
    }
    c.steps.stream()
        .filter(s -> OPINIONS.contains(s.agency))
        .forEach(s -> milestones.add(ofStep(Kind.OPINION, s, today, holidays, false)));
    if (decision != null) {
      Milestone m = ofStep(Kind.DECISION, decision, today, holidays, false);
      milestones.add(
          new Milestone(
              m.kind(),
              null,
              m.planned(),
              m.actual(),
              m.state(),
              m.workingDaysLate(),
              m.daysStopped(),
              c.decisionExtensionDays,
              c.decisionExtensionReason));
    } else if (c.status == ReviewCase.Status.OPEN) {
      LocalDate planned = c.decisionDueDate;
      milestones.add(
          new Milestone(
              Kind.DECISION,
              null,
              planned,
              null,
              planned != null && today.isAfter(planned) ? State.OVERDUE : State.PLANNED,
              late(planned, today, holidays),
              0,
              c.decisionExtensionDays,
              c.decisionExtensionReason));
    }
    if (c.appealUntil != null) {
      // Reached on its last day: from then on the decision, or the appeal's, is what stands.
      LocalDate actual = today.isAfter(c.appealUntil) ? c.appealUntil : null;
      milestones.add(
          new Milestone(
              Kind.APPEAL_WINDOW,
              null,
              c.appealUntil,
              actual,
              actual == null ? State.PLANNED : State.ON_TIME,
              0,
              0,
              null,
              null));
    }
    if (appeal != null) {
      milestones.add(ofStep(Kind.APPEAL_DECISION, appeal, today, holidays, false));
    }
    return milestones;
  }

  private static Milestone ofStep(
      Kind kind, ReviewStep step, LocalDate today, BelgianHolidays holidays, boolean tacit) {
    LocalDate actual = step.decidedAt == null ? null : day(step.decidedAt);
    LocalDate planned = step.dueDate;
    State state;
    int late;
    if (actual != null) {
      late = late(planned, actual, holidays);
      state = tacit ? State.TACIT : late > 0 ? State.LATE : State.ON_TIME;
    } else if (step.status == ReviewStep.Status.INFORMATION_REQUESTED) {
      late = 0;
      state = State.STOPPED;
    } else {
      late = late(planned, today, holidays);
      state = late > 0 ? State.OVERDUE : State.PLANNED;
    }
    return new Milestone(
        kind,
        kind == Kind.OPINION ? step.agency : null,
        planned,
        actual,
        state,
        late,
        daysStopped(step, today),
        // The screening committee's opinion moves by the screening phase it opened.
        kind == Kind.OPINION ? step.screeningDays : null,
        kind == Kind.OPINION ? step.screeningReason : null);
  }

  /** Working days from the day after {@code planned} to {@code day}, both included. */
  static int late(LocalDate planned, LocalDate day, BelgianHolidays holidays) {
    if (planned == null || !day.isAfter(planned)) {
      return 0;
    }
    int late = 0;
    for (LocalDate d = planned.plusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
      if (holidays.isWorkingDay(d)) {
        late++;
      }
    }
    return late;
  }

  private static int daysStopped(ReviewStep step, LocalDate today) {
    long days = 0;
    for (String stop : step.clockStops) {
      int slash = stop.indexOf('/');
      days +=
          ChronoUnit.DAYS.between(
              LocalDate.parse(stop.substring(0, slash)),
              LocalDate.parse(stop.substring(slash + 1)));
    }
    if (step.clockStoppedOn != null) {
      days += ChronoUnit.DAYS.between(step.clockStoppedOn, today);
    }
    return (int) days;
  }

  private static LocalDate day(Instant instant) {
    return instant.atZone(SuiteTime.ZONE).toLocalDate();
  }
}
