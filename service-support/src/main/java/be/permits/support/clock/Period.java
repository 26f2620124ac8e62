package be.permits.support.clock;

/**
 * A legal period: so many calendar or working days.
 *
 * @param days how many, at least 1
 */
public record Period(int days, Unit unit) {
  /** How the days of a period are counted. */
  public enum Unit {
    /**
     * Every day counts; a period ending on a Saturday, Sunday or holiday ends the next working day.
     */
    CALENDAR_DAYS,
    /** Only Monday to Friday, holidays excepted. */
    WORKING_DAYS
  }

  public Period {
    if (days < 1 || days > 3650 || unit == null) {
      throw new IllegalArgumentException("A period is 1 to 3,650 calendar or working days");
    }
  }

  public static Period calendarDays(int days) {
    return new Period(days, Unit.CALENDAR_DAYS);
  }

  public static Period workingDays(int days) {
    return new Period(days, Unit.WORKING_DAYS);
  }
}
