package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.review.domain.ReviewStep;
import be.permits.review.domain.StepFigures;
import be.permits.support.time.SuiteTime;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of the agencies' work over the last {@value #MONTHS} months, read from the steps and
 * their requests for information: aggregates only, no case, applicant or reviewer in them, so that
 * anyone may read them.
 */
@ApplicationScoped
public class AgencyFigures {
  static final int MONTHS = 12;

  @Inject EntityManager em;
  @Inject Clock clock;

  /** The figures as of a day. */
  @Schema(name = "Figures")
  public record Figures(
      LocalDate today,
      @Schema(maxItems = 120, description = "Per month of decision, per agency and for all")
          List<MonthView> months,
      @Schema(maxItems = 10, description = "Steps open and overdue today, per agency and for all")
          List<NowView> now) {}

  /** One month of one agency, or of all agencies (no agency). */
  @Schema(name = "FiguresMonth")
  public record MonthView(
      @Schema(pattern = "^[0-9]{4}-[0-9]{2}$", maxLength = 7) String month,
      @Schema(description = "None: all agencies together") Agency agency,
      @Schema(minimum = "1", maximum = "10000000") int decided,
      @Schema(minimum = "0", maximum = "10000000", description = "Decided by their due date")
          int onTime,
      @Schema(minimum = "0", maximum = "1") BigDecimal onTimeShare,
      @Schema(minimum = "0", maximum = "100000", description = "Days per step, clock stops out")
          int medianDays,
      @Schema(minimum = "0", maximum = "100000") int p90Days,
      @Schema(minimum = "0", maximum = "1000") BigDecimal requestsPerCase,
      @Schema(minimum = "0", maximum = "100000000", description = "Days with the clock stopped")
          int stoppedDays) {
    static MonthView of(StepFigures.Month m) {
      return new MonthView(
          m.month().toString(),
          m.agency(),
          m.decided(),
          m.onTime(),
          m.onTimeShare(),
          m.medianDays(),
          m.p90Days(),
          m.requestsPerCase(),
          m.stoppedDays());
    }
  }

  /** Steps open today, and of those, past their due date. */
  @Schema(name = "FiguresNow")
  public record NowView(
      @Schema(description = "None: all agencies together") Agency agency,
      @Schema(minimum = "0", maximum = "10000000") int open,
      @Schema(minimum = "0", maximum = "10000000") int overdue) {}

  @ReadOnly
  public Figures figures() {
    LocalDate today = SuiteTime.today(clock);
    Instant since =
        today.withDayOfMonth(1).minusMonths(MONTHS - 1).atStartOfDay(SuiteTime.ZONE).toInstant();
    List<Object[]> steps =
        em.createQuery(
                "SELECT s.id, s.reviewCase.id, s.agency, s.openedAt, s.decidedAt, s.dueDate,"
                    + " s.status FROM ReviewStep s WHERE s.openedAt IS NOT NULL AND ((s.status ="
                    + " :decided AND s.decidedAt >= :since) OR s.status IN :open)",
                Object[].class)
            .setParameter("decided", ReviewStep.Status.DECIDED)
            .setParameter("since", since)
            .setParameter(
                "open",
                Set.of(
                    ReviewStep.Status.OPEN,
                    ReviewStep.Status.INFORMATION_REQUESTED,
                    ReviewStep.Status.PROPOSED))
            .getResultList();
    Map<UUID, int[]> requests = requestsByStep(since, today);
    List<StepFigures.StepFact> facts =
        steps.stream()
            .map(
                r -> {
                  int[] asked = requests.getOrDefault((UUID) r[0], new int[2]);
                  ReviewStep.Status status = (ReviewStep.Status) r[6];
                  return new StepFigures.StepFact(
                      (UUID) r[1],
                      (Agency) r[2],
                      day((Instant) r[3]),
                      status == ReviewStep.Status.DECIDED ? day((Instant) r[4]) : null,
                      (LocalDate) r[5],
                      asked[0],
                      asked[1],
                      status == ReviewStep.Status.INFORMATION_REQUESTED);
                })
            .toList();
    return new Figures(
        today,
        StepFigures.byMonth(facts).stream().map(MonthView::of).toList(),
        StepFigures.now(facts, today).stream()
            .map(n -> new NowView(n.agency(), n.open(), n.overdue()))
            .toList());
  }

  /**
   * For each step of the period: how many requests it made, and the days its clock stood still
   * (from each request to its answer, or to today while unanswered).
   */
  private Map<UUID, int[]> requestsByStep(Instant since, LocalDate today) {
    Map<UUID, int[]> byStep = new HashMap<>();
    em.createQuery(
            "SELECT r.stepId, r.askedAt, r.answeredAt FROM InformationRequest r WHERE r.stepId IN"
                + " (SELECT s.id FROM ReviewStep s WHERE s.decidedAt IS NULL OR s.decidedAt >="
                + " :since)",
            Object[].class)
        .setParameter("since", since)
        .getResultStream()
        .forEach(
            r -> {
              int[] counted = byStep.computeIfAbsent((UUID) r[0], k -> new int[2]);
              LocalDate asked = day((Instant) r[1]);
              LocalDate answered = r[2] == null ? today : day((Instant) r[2]);
              counted[0]++;
              counted[1] += (int) Math.max(0, ChronoUnit.DAYS.between(asked, answered));
            });
    return byStep;
  }

  private static LocalDate day(Instant at) {
    return at.atZone(SuiteTime.ZONE).toLocalDate();
  }
}
