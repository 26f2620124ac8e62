package be.permits.review.domain;

import be.permits.support.clock.BelgianHolidays;
import be.permits.support.clock.Period;
import be.permits.support.clock.Suspension;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One version of the procedures a case can run under (issue #18), as data: for each regime its
 * phases with their periods (calendar or working days), suspensions and extension, and who may
 * appeal, from when and within how long. The routing rules choose the regime; a case records the
 * regime and version it runs under. Loaded from {@code procedure/regimes.json}, never written as
 * code branches.
 */
public record ProcedureRegimes(
    String version,
    String note,
    List<String> regionalHolidays,
    Map<String, String> completenessReason,
    Map<String, String> appealReason,
    List<Regime> regimes,
    Regime screening) {

  /** The phases a procedure can have. */
  public enum Phase {
    COMPLETENESS,
    PUBLIC_INQUIRY,
    DECISION,
    FDI_VERIFICATION,
    FDI_SCREENING
  }

  /** Who may appeal a decision. */
  public enum Appellant {
    APPLICANT,
    OFFICIALS,
    THIRD_PARTIES
  }

  /** From when an appellant's window runs. */
  public enum WindowStart {
    /** From the day the appellant received the decision. */
    NOTIFICATION,
    /** From the first day the decision is posted on the site. */
    POSTING
  }

  /**
   * A procedure: its name and the legal text it rests on in each language, its phases and its
   * appeal.
   */
  public record Regime(
      String id,
      Map<String, String> name,
      Map<String, String> legalBasis,
      Map<Phase, PhaseRule> phases,
      AppealRule appeal) {

    public Optional<PhaseRule> phase(Phase phase) {
      return Optional.ofNullable(phases.get(phase));
    }
  }

  /**
   * A phase's period; {@code suspensions} as {@code MM-DD/MM-DD}; {@code extensionDays} how much
   * one extension may add (none when null); {@code silenceIsComplete} whether a completeness check
   * not done within its period counts as complete.
   */
  public record PhaseRule(
      int days,
      Period.Unit unit,
      List<String> suspensions,
      Integer extensionDays,
      boolean silenceIsComplete) {

    public Period period() {
      return new Period(days, unit);
    }

    public List<Suspension> suspensionPeriods() {
      return suspensions == null
          ? List.of()
          : suspensions.stream().map(ProcedureRegimes::suspension).toList();
    }
  }

  /**
   * Who may appeal, from when, within how long; to whom ({@code appealedTo}, by language) and what
   * remains after the appeal's decision ({@code afterAppeal}); whether a fee must be paid; how long
   * the appeal authority has.
   */
  public record AppealRule(
      PhaseRule window,
      Map<Appellant, WindowStart> who,
      Map<String, String> appealedTo,
      Map<String, String> afterAppeal,
      boolean feeRequired,
      PhaseRule decision) {}

  /** The regime named {@code id}. */
  public Optional<Regime> regime(String id) {
    if (screening != null && screening.id().equals(id)) {
      return Optional.of(screening);
    }
    return regimes.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The national holidays and the region's own. */
  public BelgianHolidays holidays() {
    Set<MonthDay> regional =
        regionalHolidays == null
            ? Set.of()
            : regionalHolidays.stream()
                .map(d -> MonthDay.parse("--" + d))
                .collect(Collectors.toSet());
    return new BelgianHolidays(regional);
  }

  /**
   * Checks what the JSON cannot: every regime named in four languages, every period valid, every
   * suspension readable, every appeal with a window and a decision period.
   *
   * @throws IllegalStateException naming what is wrong, so that a bad file stops the start
   */
  public ProcedureRegimes validated() {
    holidays();
    for (String language : List.of("fr", "nl", "de", "en")) {
      if (completenessReason == null || completenessReason.get(language) == null) {
        throw new IllegalStateException("The completeness check has no reason in " + language);
      }
      if (appealReason == null || appealReason.get(language) == null) {
        throw new IllegalStateException("The appeal step has no reason in " + language);
      }
    }
    for (Regime r : allRegimes()) {
      for (String language : List.of("fr", "nl", "de", "en")) {
        if (r.name() == null
            || r.name().get(language) == null
            || r.name().get(language).isBlank()) {
          throw new IllegalStateException("Regime " + r.id() + " has no name in " + language);
        }
        if (r.legalBasis() == null
            || r.legalBasis().get(language) == null
            || r.legalBasis().get(language).isBlank()) {
          throw new IllegalStateException(
              "Regime " + r.id() + " has no legal basis in " + language);
        }
      }
      r.phases()
          .forEach(
              (phase, rule) -> {
                if ((phase == Phase.COMPLETENESS || phase == Phase.DECISION)
                    && rule.unit() != Period.Unit.CALENDAR_DAYS) {
                  // A step's period is kept in calendar days (ReviewStep.periodDays).
                  throw new IllegalStateException(
                      "Regime " + r.id() + ", phase " + phase + " must be in calendar days");
                }
                try {
                  rule.period();
                  rule.suspensionPeriods();
                } catch (RuntimeException e) {
                  throw new IllegalStateException(
                      "Regime " + r.id() + ", phase " + phase + ": " + e.getMessage(), e);
                }
              });
      if (r.appeal() != null) {
        r.appeal().window().period();
        if (r.appeal().decision().unit() != Period.Unit.CALENDAR_DAYS) {
          // The appeal authority's step keeps its period in calendar days, as every step.
          throw new IllegalStateException(
              "Regime " + r.id() + ": appeal decision in calendar days");
        }
        for (String language : List.of("fr", "nl", "de", "en")) {
          if (r.appeal().appealedTo() == null
              || r.appeal().appealedTo().get(language) == null
              || r.appeal().afterAppeal() == null
              || r.appeal().afterAppeal().get(language) == null) {
            throw new IllegalStateException(
                "Regime " + r.id() + ": its appeal has no authority or remedy in " + language);
          }
        }
        if (r.appeal().who() == null || r.appeal().who().isEmpty()) {
          throw new IllegalStateException("Regime " + r.id() + " names nobody who may appeal");
        }
      }
    }
    return this;
  }

  private List<Regime> allRegimes() {
    return screening == null
        ? regimes
        : java.util.stream.Stream.concat(regimes.stream(), java.util.stream.Stream.of(screening))
            .toList();
  }

  static Suspension suspension(String text) {
    String[] ends = text.split("/");
    if (ends.length != 2) {
      throw new IllegalArgumentException("A suspension reads MM-DD/MM-DD: " + text);
    }
    return new Suspension(MonthDay.parse("--" + ends[0]), MonthDay.parse("--" + ends[1]));
  }
}
