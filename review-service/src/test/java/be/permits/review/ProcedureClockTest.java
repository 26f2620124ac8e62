package be.permits.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.review.domain.ProcedureRegimes;
import be.permits.review.domain.ProcedureRegimes.Appellant;
import be.permits.review.domain.ProcedureRegimes.Phase;
import be.permits.review.domain.ProcedureRegimes.WindowStart;
import be.permits.review.domain.ReviewStep;
import be.permits.review.service.ProcedureClock;
import be.permits.support.clock.Deadlines.Running;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The procedures as data, read as the service reads them, and the deadlines they give. */
class ProcedureClockTest {
  static ProcedureClock clock() {
    return ProcedureClock.readFrom("procedure/regimes.json");
  }

  @Test
  void theRegimesOfTheIssueAreThereWithTheirPeriodsAndAppeals() {
    ProcedureRegimes regimes = clock().regimes();
    var classOne = regimes.regime("permis-unique-class-1").orElseThrow();
    assertEquals(20, classOne.phase(Phase.COMPLETENESS).orElseThrow().days());
    assertTrue(classOne.phase(Phase.COMPLETENESS).orElseThrow().silenceIsComplete());
    assertEquals(30, classOne.phase(Phase.PUBLIC_INQUIRY).orElseThrow().days());
    assertEquals(
        15,
        regimes
            .regime("permis-unique-class-2")
            .orElseThrow()
            .phase(Phase.PUBLIC_INQUIRY)
            .orElseThrow()
            .days());
    assertEquals(WindowStart.POSTING, classOne.appeal().who().get(Appellant.THIRD_PARTIES));
    assertEquals(20, classOne.appeal().window().days());
    assertTrue(classOne.appeal().feeRequired());
    var screening = regimes.regime("fdi-screening").orElseThrow();
    assertEquals(30, screening.phase(Phase.FDI_VERIFICATION).orElseThrow().days());
    assertEquals(28, screening.phase(Phase.FDI_SCREENING).orElseThrow().days());
    assertEquals(
        30,
        regimes.regime("omgevingsvergunning-vlaanderen").orElseThrow().appeal().window().days());
  }

  @Test
  void aStepsDeadlineEndsOnAWorkingDayAndAnAnswerMovesItByTheDaysTheClockStood() {
    ProcedureClock clock = clock();
    // 45 days from Monday 2 November 2026: Thursday 17 December.
    assertEquals(LocalDate.of(2026, 12, 17), clock.due(LocalDate.of(2026, 11, 2), 45));
    // 30 days from Saturday 28 August 2027 end on Monday 27 September, the Walloon holiday:
    // Tuesday.
    assertEquals(LocalDate.of(2027, 9, 28), clock.due(LocalDate.of(2027, 8, 28), 30));
    // 45 days from 2 November, stopped from 1 to 11 December: ten days held, Sunday 27 December,
    // so Monday 28.
    ReviewStep step = new ReviewStep();
    step.periodStart = LocalDate.of(2026, 11, 2);
    step.periodDays = 45;
    step.clockStops.add("2026-12-01/2026-12-11");
    assertEquals(LocalDate.of(2026, 12, 28), clock.due(step));
    // 33 days from 2 November end on Saturday 5 December, so Monday 7; a one-day stop on 1-2
    // December makes it Sunday 6, still Monday 7: the roll forward is not counted twice.
    ReviewStep rolled = new ReviewStep();
    rolled.periodStart = LocalDate.of(2026, 11, 2);
    rolled.periodDays = 33;
    assertEquals(LocalDate.of(2026, 12, 7), clock.due(LocalDate.of(2026, 11, 2), 33));
    rolled.clockStops.add("2026-12-01/2026-12-02");
    assertEquals(LocalDate.of(2026, 12, 7), clock.due(rolled));
    // A step overdue when its clock stopped stays overdue: the stop holds days after its end.
    ReviewStep late = new ReviewStep();
    late.periodStart = LocalDate.of(2026, 11, 2);
    late.periodDays = 10;
    late.clockStops.add("2026-11-20/2026-12-20");
    assertEquals(LocalDate.of(2026, 11, 12), clock.due(late));
  }

  @Test
  void anInquiryRunsUnderItsRegimesSuspensions() {
    ProcedureClock clock = clock();
    var inquiry =
        clock
            .regimes()
            .regime("permis-unique-class-2")
            .orElseThrow()
            .phase(Phase.PUBLIC_INQUIRY)
            .orElseThrow();
    LocalDate end =
        clock
            .deadlines()
            .dueDate(
                Running.from(LocalDate.of(2026, 12, 20), inquiry.period())
                    .suspendedDuring(inquiry.suspensionPeriods()))
            .orElseThrow();
    // 21-23 December count, 24 December to 1 January do not, then 12 more: 13 January 2027.
    assertEquals(LocalDate.of(2027, 1, 13), end);
  }
}
