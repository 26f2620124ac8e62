package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.review.domain.ReviewStep;
import be.permits.support.observability.BusinessMetrics;
import be.permits.support.time.SuiteTime;
import be.permits.support.transaction.ReadOnly;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The work each agency has in hand: steps open (waiting, proposed, or waiting for the applicant)
 * and steps past their statutory deadline, per agency, including agencies with none.
 */
@ApplicationScoped
public class StepGauges {
  static final String OPEN = "permits.review.steps.open";
  static final String OVERDUE = "permits.review.steps.overdue";

  /** Steps that still wait for something: a decision, a confirmation or the applicant. */
  private static final Set<ReviewStep.Status> PENDING =
      EnumSet.of(
          ReviewStep.Status.OPEN,
          ReviewStep.Status.PROPOSED,
          ReviewStep.Status.INFORMATION_REQUESTED);

  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject BusinessMetrics metrics;

  @Scheduled(
      every = "${metrics.refresh-every:15s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  @ReadOnly
  void refresh() {
    LocalDate today = SuiteTime.today(clock);
    Map<Agency, Long> open = new EnumMap<>(Agency.class);
    Map<Agency, Long> overdue = new EnumMap<>(Agency.class);
    List<Object[]> rows =
        ReviewStep.bindOverdue(
                em.createQuery(
                    "SELECT s.agency, count(s), sum(CASE WHEN "
                        + ReviewStep.OVERDUE_JPQL
                        + " THEN 1 ELSE 0 END) FROM ReviewStep s"
                        + " WHERE s.status IN :pending GROUP BY s.agency",
                    Object[].class),
                today)
            .setParameter("pending", PENDING)
            .getResultList();
    for (Object[] row : rows) {
      open.put((Agency) row[0], ((Number) row[1]).longValue());
      overdue.put((Agency) row[0], ((Number) row[2]).longValue());
    }
    for (Agency agency : Agency.values()) {
      metrics.level(OPEN, open.getOrDefault(agency, 0L), "agency", agency.claim());
      metrics.level(OVERDUE, overdue.getOrDefault(agency, 0L), "agency", agency.claim());
    }
  }
}
