package be.permits.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.review.domain.ProcedureRegimes;
import be.permits.review.domain.ProcedureRegimes.Appellant;
import be.permits.review.domain.ProcedureRegimes.Phase;
import be.permits.review.domain.ProcedureRegimes.WindowStart;
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
    // Due on 17 December, stopped on 1 December (16 days left), answered on 11 December: the
    // 16 days run from the 11th, to Sunday 27 December: Monday 28.
    assertEquals(
        LocalDate.of(2026, 12, 28),
        clock.resumed(
            LocalDate.of(2026, 12, 17),
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 11),
            "information requested"));
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
