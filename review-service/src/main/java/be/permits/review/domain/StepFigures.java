package be.permits.review.domain;

import be.permits.contracts.Agency;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The figures of the agencies' work, computed from the steps alone, so that each is checked against
 * a data set whose answer is known. By month of decision: steps decided, the share decided by their
 * due date, the median and 90th percentile of days per step with the days the clock stood still
 * taken out, requests for information per case, and days with the clock stopped; today: steps open
 * and overdue. Per agency, and for all agencies together.
 */
public final class StepFigures {
  private StepFigures() {}

  /**
   * One step as the figures read it.
   *
   * @param decidedOn {@code null} while the step is open
   * @param dueDate the step's due date, moved by the days its clock stood still
   * @param requests requests for information the step made
   * @param stoppedDays days the step's clock stood still, waiting for the applicant
   * @param waiting an open step whose clock stands still now: it is not overdue, whatever its date
   */
  public record StepFact(
      UUID caseId,
      Agency agency,
      LocalDate openedOn,
      LocalDate decidedOn,
      LocalDate dueDate,
      int requests,
      int stoppedDays,
      boolean waiting) {

    /** Days from opening to decision, less the days the clock stood still. */
    public int workedDays() {
      return Math.max(0, (int) ChronoUnit.DAYS.between(openedOn, decidedOn) - stoppedDays);
    }

    boolean onTime() {
      return !decidedOn.isAfter(dueDate);
    }
  }

  /**
   * One month of one agency, or of all agencies ({@code agency} {@code null}).
   *
   * @param onTimeShare decided by their due date, of those decided, 0 to 1
   * @param requestsPerCase requests for information per case the decided steps belong to
   */
  public record Month(
      YearMonth month,
      Agency agency,
      int decided,
      int onTime,
      BigDecimal onTimeShare,
      int medianDays,
      int p90Days,
      BigDecimal requestsPerCase,
      int stoppedDays) {}

  /** Steps open today, and of those, past their due date. */
  public record Now(Agency agency, int open, int overdue) {}

  /** Each month with a decision, per agency then for all; the latest month first. */
  public static List<Month> byMonth(List<StepFact> steps) {
    Map<YearMonth, Map<String, List<StepFact>>> grouped = new TreeMap<>(Comparator.reverseOrder());
    for (StepFact s : steps) {
      if (s.decidedOn() == null) {
        continue;
      }
      Map<String, List<StepFact>> month =
          grouped.computeIfAbsent(YearMonth.from(s.decidedOn()), m -> new TreeMap<>());
      month.computeIfAbsent("", k -> new ArrayList<>()).add(s);
      month.computeIfAbsent(s.agency().name(), k -> new ArrayList<>()).add(s);
    }
    List<Month> months = new ArrayList<>();
    grouped.forEach(
        (month, byAgency) ->
            byAgency.forEach(
                (agency, decided) ->
                    months.add(
                        month(month, agency.isEmpty() ? null : Agency.valueOf(agency), decided))));
    return months;
  }

  /** Steps open and overdue on {@code today}, per agency that has any, then for all. */
  public static List<Now> now(List<StepFact> steps, LocalDate today) {
    Map<String, List<StepFact>> open = new TreeMap<>();
    for (StepFact s : steps) {
      if (s.decidedOn() == null) {
        open.computeIfAbsent(s.agency().name(), k -> new ArrayList<>()).add(s);
      }
    }
    Predicate<StepFact> overdue = s -> !s.waiting() && s.dueDate().isBefore(today);
    List<Now> now = new ArrayList<>();
    open.forEach(
        (agency, held) ->
            now.add(
                new Now(
                    Agency.valueOf(agency),
                    held.size(),
                    (int) held.stream().filter(overdue).count())));
    List<StepFact> all = open.values().stream().flatMap(List::stream).toList();
    now.add(new Now(null, all.size(), (int) all.stream().filter(overdue).count()));
    return now;
  }

  /**
   * The nearest-rank percentile: the smallest value with at least {@code percent} % of the values
   * at or below it.
   */
  public static int percentile(List<Integer> sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static Month month(YearMonth month, Agency agency, List<StepFact> decided) {
    int onTime = (int) decided.stream().filter(StepFact::onTime).count();
    List<Integer> days = decided.stream().map(StepFact::workedDays).sorted().toList();
    Set<UUID> cases = new HashSet<>();
    decided.forEach(s -> cases.add(s.caseId()));
    int requests = decided.stream().mapToInt(StepFact::requests).sum();
    return new Month(
        month,
        agency,
        decided.size(),
        onTime,
        BigDecimal.valueOf(onTime)
            .divide(BigDecimal.valueOf(decided.size()), 4, RoundingMode.HALF_UP),
        percentile(days, 50),
        percentile(days, 90),
        BigDecimal.valueOf(requests)
            .divide(BigDecimal.valueOf(cases.size()), 2, RoundingMode.HALF_UP),
        decided.stream().mapToInt(StepFact::stoppedDays).sum());
  }
}
