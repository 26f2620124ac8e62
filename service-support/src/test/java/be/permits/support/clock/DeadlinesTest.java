package be.permits.support.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.support.clock.Deadlines.Running;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The clock engine over dates across two centuries: Easter and the holidays as the calendar has
 * them, working-day periods that count exactly their days, calendar-day periods that end on a
 * working day, suspensions and clock stops that hold the count, and one extension.
 */
class DeadlinesTest {
  static final BelgianHolidays WALLONIA = new BelgianHolidays(Set.of(MonthDay.of(9, 27)));
  static final Deadlines CLOCK = new Deadlines(WALLONIA);
  static final List<Suspension> INQUIRY_SUSPENSIONS =
      List.of(
          new Suspension(MonthDay.of(7, 16), MonthDay.of(8, 15)),
          new Suspension(MonthDay.of(12, 24), MonthDay.of(1, 1)));

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers()
        .between(0, 365 * 110)
        .map(n -> LocalDate.of(1995, 1, 1).plusDays(n));
  }

  @Test
  void easterAndTheHolidaysAreTheCalendars() {
    assertEquals(LocalDate.of(2000, 4, 23), BelgianHolidays.easter(2000));
    assertEquals(LocalDate.of(2008, 3, 23), BelgianHolidays.easter(2008));
    assertEquals(LocalDate.of(2019, 4, 21), BelgianHolidays.easter(2019));
    assertEquals(LocalDate.of(2024, 3, 31), BelgianHolidays.easter(2024));
    assertEquals(LocalDate.of(2025, 4, 20), BelgianHolidays.easter(2025));
    assertEquals(LocalDate.of(2026, 4, 5), BelgianHolidays.easter(2026));
    assertEquals(LocalDate.of(2038, 4, 25), BelgianHolidays.easter(2038));
    assertEquals(
        Set.of(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 14),
            LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 7, 21),
            LocalDate.of(2026, 8, 15),
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 11),
            LocalDate.of(2026, 12, 25)),
        BelgianHolidays.national().of(2026));
    // In 2008 Ascension fell on Labour Day: nine distinct days.
    assertEquals(9, BelgianHolidays.national().of(2008).size());
    assertTrue(WALLONIA.isHoliday(LocalDate.of(2026, 9, 27)));
    assertFalse(BelgianHolidays.national().isHoliday(LocalDate.of(2026, 9, 27)));
  }

  @Test
  void aPublicInquiryOpenedBeforeTheSummerRestsUntilMidAugust() {
    // 15 days from Friday 10 July 2026: the 11th to the 15th count, 16 July to 15 August do not,
    // the 16th to the 25th of August count; Tuesday 25 August is a working day.
    Running inquiry =
        Running.from(LocalDate.of(2026, 7, 10), Period.calendarDays(15))
            .suspendedDuring(INQUIRY_SUSPENSIONS);
    assertEquals(LocalDate.of(2026, 8, 25), CLOCK.dueDate(inquiry).orElseThrow());
    // 20 working days from Friday 1 May 2026 (a holiday): Ascension (14 May) and Whit Monday
    // (25 May) do not count either.
    assertEquals(
        LocalDate.of(2026, 6, 2),
        CLOCK.dueDate(Running.from(LocalDate.of(2026, 5, 1), Period.workingDays(20))).get());
    // 30 calendar days from 27 November 2026 end on Sunday 27 December: the next working day.
    assertEquals(
        LocalDate.of(2026, 12, 28),
        CLOCK.dueDate(Running.from(LocalDate.of(2026, 11, 27), Period.calendarDays(30))).get());
  }

  @Property(tries = 300)
  void easterIsASundayBetweenTheTwentySecondOfMarchAndTheTwentyFifthOfApril(
      @ForAll @IntRange(min = 1583, max = 4099) int year) {
    LocalDate easter = BelgianHolidays.easter(year);
    assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek());
    assertFalse(easter.isBefore(LocalDate.of(year, 3, 22)));
    assertFalse(easter.isAfter(LocalDate.of(year, 4, 25)));
  }

  @Property(tries = 500)
  void aPeriodInWorkingDaysCountsExactlyItsWorkingDays(
      @ForAll("days") LocalDate start, @ForAll @IntRange(min = 1, max = 200) int n) {
    LocalDate due = CLOCK.dueDate(Running.from(start, Period.workingDays(n))).orElseThrow();
    assertTrue(WALLONIA.isWorkingDay(due), due + " is a working day");
    assertEquals(n, CLOCK.workingDaysBetween(start, due));
  }

  @Property(tries = 500)
  void aPeriodInCalendarDaysEndsOnTheFirstWorkingDayFromItsLastDay(
      @ForAll("days") LocalDate start, @ForAll @IntRange(min = 1, max = 400) int n) {
    LocalDate due = CLOCK.dueDate(Running.from(start, Period.calendarDays(n))).orElseThrow();
    LocalDate last = start.plusDays(n);
    assertTrue(WALLONIA.isWorkingDay(due));
    assertFalse(due.isBefore(last));
    for (LocalDate d = last; d.isBefore(due); d = d.plusDays(1)) {
      assertFalse(WALLONIA.isWorkingDay(d), "no working day between the last day and the end");
    }
    assertTrue(ChronoUnit.DAYS.between(last, due) <= 3, "at most a long weekend");
  }

  @Property(tries = 500)
  void aSuspendedPeriodCountsNoDayOfTheSuspensionAndAllItsOtherDays(
      @ForAll("days") LocalDate start, @ForAll @IntRange(min = 1, max = 60) int n) {
    Running inquiry =
        Running.from(start, Period.calendarDays(n)).suspendedDuring(INQUIRY_SUSPENSIONS);
    LocalDate due = CLOCK.dueDate(inquiry).orElseThrow();
    // The n-th day after the start that no suspension covers, then the first working day.
    LocalDate last = start;
    for (int counted = 0; counted < n; ) {
      last = last.plusDays(1);
      LocalDate day = last;
      if (INQUIRY_SUSPENSIONS.stream().noneMatch(s -> s.covers(day))) {
        counted++;
      }
    }
    assertEquals(roll(last), due);
  }

  @Property(tries = 500)
  void aClockStopMovesTheLastDayByTheDaysItHeldAndOneExtensionAddsItsDays(
      @ForAll("days") LocalDate start,
      @ForAll @IntRange(min = 5, max = 120) int n,
      @ForAll @IntRange(min = 1, max = 4) int whenStopped,
      @ForAll @IntRange(min = 0, max = 90) int held,
      @ForAll @IntRange(min = 1, max = 60) int extension) {
    Running plain = Running.from(start, Period.calendarDays(n));
    LocalDate stoppedOn = start.plusDays(whenStopped);
    ClockStop stop = new ClockStop(stoppedOn, stoppedOn.plusDays(held), "information requested");
    Running stopped = plain.stopped(List.of(stop));
    // Before the roll forward to a working day, the last day moves by exactly the days held.
    assertEquals(
        roll(start.plusDays(n + held)), CLOCK.dueDate(stopped).orElseThrow(), "stopped " + held);
    assertEquals(
        roll(start.plusDays(n + held + extension)),
        CLOCK.dueDate(stopped.extended(new Extension(extension, "complex file"))).orElseThrow());
    assertEquals(
        Optional.empty(),
        CLOCK.dueDate(plain.stopped(List.of(new ClockStop(stoppedOn, null, "waiting")))),
        "no end while the clock stands still");
  }

  @Property(tries = 300)
  void aLongerPeriodNeverEndsEarlier(
      @ForAll("days") LocalDate start,
      @ForAll @IntRange(min = 1, max = 200) int n,
      @ForAll boolean working) {
    Period shorter = working ? Period.workingDays(n) : Period.calendarDays(n);
    Period longer = working ? Period.workingDays(n + 1) : Period.calendarDays(n + 1);
    assertFalse(
        CLOCK
            .dueDate(Running.from(start, longer).suspendedDuring(INQUIRY_SUSPENSIONS))
            .orElseThrow()
            .isBefore(
                CLOCK
                    .dueDate(Running.from(start, shorter).suspendedDuring(INQUIRY_SUSPENSIONS))
                    .orElseThrow()));
  }

  private static LocalDate roll(LocalDate day) {
    LocalDate d = day;
    while (!WALLONIA.isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }
}
