package be.permits.support.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The suite's time zone: Belgian legal time decides which day a deadline falls on, which year a
 * reference belongs to, and how pages show dates and times.
 */
public final class SuiteTime {
  /** The zone's id, for annotations that need a constant (a scheduler's {@code timeZone}). */
  public static final String ZONE_ID = "Europe/Brussels";

  public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

  private SuiteTime() {}

  /** The day in Belgium on which {@code instant} falls. */
  public static LocalDate day(java.time.Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  /** Today in Belgium, as {@code clock} tells it. */
  public static LocalDate today(Clock clock) {
    return clock.instant().atZone(ZONE).toLocalDate();
  }
}
