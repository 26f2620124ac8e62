package be.permits.review.service;

import be.permits.contracts.EventJson;
import be.permits.review.domain.ProcedureRegimes;
import be.permits.review.domain.ProcedureRegimes.Phase;
import be.permits.review.domain.ProcedureRegimes.PhaseRule;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.support.clock.ClockStop;
import be.permits.support.clock.Deadlines;
import be.permits.support.clock.Deadlines.Running;
import be.permits.support.clock.Extension;
import be.permits.support.clock.Period;
import be.permits.support.data.DataFiles;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The procedures in force ({@code procedure.regimes-location}, read at start like the routing
 * rules; a bad file stops the start) and the one clock engine that computes every deadline of a
 * case from them: Belgian public holidays and the region's own, periods in calendar or working
 * days, suspensions, clock stops and extensions ({@link Deadlines}).
 */
@Startup
@ApplicationScoped
public class ProcedureClock {
  @ConfigProperty(name = "procedure.regimes-location", defaultValue = "procedure/regimes.json")
  String location;

  private ProcedureRegimes regimes;
  private Deadlines deadlines;

  /** The procedures at {@code location}, read outside the container (tests and tools). */
  public static ProcedureClock readFrom(String location) {
    ProcedureClock clock = new ProcedureClock();
    clock.location = location;
    clock.load();
    return clock;
  }

  @PostConstruct
  void load() {
    try (InputStream in = DataFiles.open(location, "procedures")) {
      // Strict, unlike events: a misspelt key in the procedures must stop the start.
      regimes =
          EventJson.mapper()
              .copy()
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readValue(in, ProcedureRegimes.class)
              .validated();
    } catch (IOException e) {
      throw new UncheckedIOException("Procedures at " + location + " cannot be read", e);
    }
    deadlines = new Deadlines(regimes.holidays());
  }

  public ProcedureRegimes regimes() {
    return regimes;
  }

  /** The rule of {@code phase} in the case's procedure, if its procedure has that phase. */
  public Optional<PhaseRule> phase(ReviewCase c, Phase phase) {
    return c.regime == null
        ? Optional.empty()
        : regimes.regime(c.regime).flatMap(regime -> regime.phase(phase));
  }

  /**
   * The last day of a case's decision period: the procedure's DECISION days from the day the file
   * was complete, with the one extension if it has one; none for a case under no procedure or still
   * being checked.
   */
  public LocalDate decisionDue(ReviewCase c) {
    return phase(c, Phase.DECISION)
        .filter(rule -> c.completedOn != null)
        .map(
            rule -> {
              Running running = Running.from(c.completedOn, Period.calendarDays(rule.days()));
              if (c.decisionExtensionDays != null) {
                running =
                    running.extended(
                        new Extension(c.decisionExtensionDays, c.decisionExtensionReason));
              }
              return deadlines.dueDate(running).orElseThrow();
            })
        .orElse(null);
  }

  /** The last day of a period of {@code days} calendar days that starts on {@code start}. */
  public LocalDate due(LocalDate start, int days) {
    return deadlines.dueDate(Running.from(start, Period.calendarDays(days))).orElseThrow();
  }

  /**
   * A step's last day, always recomputed from the day its period started, with every time its clock
   * stood still left out, never moved from a date that was already rolled forward to a working day.
   * A step opened before periods were recorded keeps its due date, moved by what was left of it on
   * the day its clock stopped.
   */
  public LocalDate due(ReviewStep step) {
    List<ClockStop> stops = step.clockStops.stream().map(ProcedureClock::stop).toList();
    if (step.periodStart == null || step.periodDays == null) {
      if (stops.isEmpty()) {
        return step.dueDate;
      }
      ClockStop last = stops.get(stops.size() - 1);
      int left = (int) Math.max(1, ChronoUnit.DAYS.between(last.stoppedOn(), step.dueDate));
      return deadlines
          .dueDate(Running.from(last.stoppedOn(), Period.calendarDays(left)).stopped(List.of(last)))
          .orElseThrow();
    }
    return deadlines
        .dueDate(
            Running.from(step.periodStart, Period.calendarDays(step.periodDays)).stopped(stops))
        .orElseThrow();
  }

  private static ClockStop stop(String recorded) {
    int slash = recorded.indexOf('/');
    return new ClockStop(
        LocalDate.parse(recorded.substring(0, slash)),
        LocalDate.parse(recorded.substring(slash + 1)),
        "information requested");
  }

  /** The engine itself, for what the procedure's phases compute. */
  public Deadlines deadlines() {
    return deadlines;
  }
}
