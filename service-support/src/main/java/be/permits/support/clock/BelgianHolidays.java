package be.permits.support.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.TreeSet;

/**
 * Belgium's ten legal public holidays (law of 4 January 1974), computed for any year: New Year,
 * Easter Monday, Labour Day, Ascension, Whit Monday, National Day, Assumption, All Saints,
 * Armistice, Christmas; Easter by the Gregorian computus. A region or community adds its own
 * (Wallonia and the French Community: 27 September; Flanders: 11 July; the German-speaking
 * Community: 15 November) as extra fixed days.
 */
public final class BelgianHolidays {
  private static final Set<MonthDay> FIXED =
      Set.of(
          MonthDay.of(1, 1),
          MonthDay.of(5, 1),
          MonthDay.of(7, 21),
          MonthDay.of(8, 15),
          MonthDay.of(11, 1),
          MonthDay.of(11, 11),
          MonthDay.of(12, 25));

  private final Set<MonthDay> regional;

  /**
   * @param regional the region's or community's own holidays, on top of the national ones
   */
  public BelgianHolidays(Set<MonthDay> regional) {
    this.regional = Set.copyOf(regional);
  }

  public static BelgianHolidays national() {
    return new BelgianHolidays(Set.of());
  }

  /** Easter Sunday of {@code year}, Gregorian (the anonymous algorithm, after Meeus). */
  public static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  public boolean isHoliday(LocalDate day) {
    MonthDay monthDay = MonthDay.from(day);
    if (FIXED.contains(monthDay) || regional.contains(monthDay)) {
      return true;
    }
    LocalDate easter = easter(day.getYear());
    return day.equals(easter.plusDays(1))
        || day.equals(easter.plusDays(39))
        || day.equals(easter.plusDays(50));
  }

  /** Not a Saturday, a Sunday or a holiday. */
  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
  }

  /** Every holiday of {@code year}, in order. */
  public Set<LocalDate> of(int year) {
    Set<LocalDate> days = new TreeSet<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (isHoliday(d)) {
        days.add(d);
      }
    }
    return days;
  }
}
