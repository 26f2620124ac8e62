package be.permits.support.clock;

import java.time.LocalDate;

/**
 * A time when a period stood still, and why: from the day after {@code stoppedOn} to {@code
 * resumedOn}, both included, no day counts (a request for information sent on the 3rd and answered
 * on the 10th stops the clock for seven days). Still stopped when {@code resumedOn} is null.
 */
public record ClockStop(LocalDate stoppedOn, LocalDate resumedOn, String reason) {
  public ClockStop {
    if (stoppedOn == null || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A clock stop has a first day and a reason");
    }
    if (resumedOn != null && resumedOn.isBefore(stoppedOn)) {
      throw new IllegalArgumentException("A clock resumes after it stopped");
    }
  }

  public boolean isRunning() {
    return resumedOn != null;
  }

  boolean holds(LocalDate day) {
    return day.isAfter(stoppedOn) && (resumedOn == null || !day.isAfter(resumedOn));
  }
}
