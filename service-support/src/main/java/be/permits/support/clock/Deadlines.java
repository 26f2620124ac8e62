package be.permits.support.clock;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The one clock engine of the suite: when a period that starts on a day ends. The day it starts
 * from does not count (the Judicial Code's and the CoDT's rule: the period runs from the next day);
 * each following day counts unless it falls in a suspension, in a clock stop, or (for working days)
 * on a Saturday, Sunday or holiday; a period in calendar days that ends on a day that is not a
 * working day ends on the next working day (CoDT, art. D.I.16). An extension continues the count
 * with the same rules. While a clock stop is open the period has no end yet.
 */
public final class Deadlines {
  private final BelgianHolidays holidays;

  public Deadlines(BelgianHolidays holidays) {
    this.holidays = holidays;
  }

  /** Everything that decides when one period ends. */
  public record Running(
      LocalDate start,
      Period period,
      List<Suspension> suspensions,
      List<ClockStop> stops,
      Optional<Extension> extension) {
    public Running {
      suspensions = List.copyOf(suspensions);
      stops = List.copyOf(stops);
    }

    /** A period with nothing that holds it up. */
    public static Running from(LocalDate start, Period period) {
      return new Running(start, period, List.of(), List.of(), Optional.empty());
    }

    public Running suspendedDuring(List<Suspension> periods) {
      return new Running(start, period, periods, stops, extension);
    }

    public Running stopped(List<ClockStop> more) {
      return new Running(start, period, suspensions, more, extension);
    }

    public Running extended(Extension by) {
      return new Running(start, period, suspensions, stops, Optional.of(by));
    }
  }

  /** The last day of the period; empty while a clock stop is open. */
  public Optional<LocalDate> dueDate(Running running) {
    if (running.stops().stream().anyMatch(s -> !s.isRunning())) {
      return Optional.empty();
    }
    int days = running.period().days() + running.extension().map(Extension::days).orElse(0);
    LocalDate day = running.start();
    LocalDate never = day.plusYears(50);
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (day.isAfter(never)) {
        throw new IllegalArgumentException("A period that never runs has no end");
      }
      if (counts(day, running)) {
        counted++;
      }
    }
    if (running.period().unit() == Period.Unit.CALENDAR_DAYS) {
      while (!holidays.isWorkingDay(day)) {
        day = day.plusDays(1);
      }
    }
    return Optional.of(day);
  }

  /** Whether {@code day} counts towards the period. */
  public boolean counts(LocalDate day, Running running) {
    if (running.suspensions().stream().anyMatch(s -> s.covers(day))) {
      return false;
    }
    if (running.stops().stream().anyMatch(s -> s.holds(day))) {
      return false;
    }
    return running.period().unit() == Period.Unit.CALENDAR_DAYS || holidays.isWorkingDay(day);
  }

  /** How many working days lie after {@code from} up to {@code to} included (0 if none). */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (holidays.isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }
}
