package be.permits.support.clock;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A time of year during which a period does not run, both ends included: the Walloon code's 16 July
 * to 15 August and 24 December to 1 January for public inquiries. One that ends before it starts
 * spans the new year.
 */
public record Suspension(MonthDay from, MonthDay to) {
  public Suspension {
    if (from == null || to == null) {
      throw new IllegalArgumentException("A suspension has a first and a last day");
    }
  }

  public boolean covers(LocalDate day) {
    MonthDay d = MonthDay.from(day);
    return from.isAfter(to)
        ? !d.isBefore(from) || !d.isAfter(to)
        : !d.isBefore(from) && !d.isAfter(to);
  }
}
