package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewStepOverdue;
import be.permits.review.domain.ProcedureRegimes;
import be.permits.review.domain.ProcedureRegimes.Phase;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.support.outbox.Outbox;
import be.permits.support.time.SuiteTime;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.LockOptions;

/**
 * Escalates the steps that passed their statutory deadline undecided: each gets a flag and one
 * {@code review.step-overdue} event; a completeness check left undone counts as a complete file
 * where the case's procedure says so, and its review opens. Each batch locks the cases it escalates
 * in, like every other change to a case ({@link CaseLock}), and skips the cases that another
 * transaction holds (a reviewer deciding, another instance escalating): they are taken on a later
 * run. A step is escalated once.
 */
@ApplicationScoped
public class OverdueSteps {
  static final int BATCH = 100;

  @Inject EntityManager em;
  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject ProcedureClock procedure;
  @Inject StepWork work;

  @Scheduled(
      identity = "overdue-steps",
      every = "${review.escalation.every:60s}",
      delayed = "${review.escalation.delay:10s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void escalateAll() {
    while (escalateBatch() == BATCH) {
      // Another full batch may be waiting.
    }
  }

  /** Escalates the overdue steps of up to {@value #BATCH} cases; answers how many cases. */
  @Transactional
  public int escalateBatch() {
    Instant now = clock.instant();
    LocalDate today = now.atZone(SuiteTime.ZONE).toLocalDate();
    List<ReviewCase> cases =
        ReviewStep.bindOverdue(
                em.createQuery(
                    "FROM ReviewCase c WHERE EXISTS (FROM ReviewStep s WHERE s.reviewCase = c"
                        + " AND s.escalatedAt IS NULL AND "
                        + ReviewStep.OVERDUE_JPQL
                        + ") ORDER BY c.openedAt",
                    ReviewCase.class),
                today)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
            .setMaxResults(BATCH)
            .getResultList();
    for (ReviewCase c : cases) {
      c.steps.stream()
          .filter(step -> step.escalatedAt == null && step.isOverdue(today))
          .toList()
          .forEach(
              step -> {
                if (step.agency == Agency.COORDINATION && silenceIsComplete(c)) {
                  work.completeBySilence(step);
                } else {
                  escalate(c, step, now);
                }
              });
    }
    return cases.size();
  }

  private boolean silenceIsComplete(ReviewCase c) {
    return procedure
        .phase(c, Phase.COMPLETENESS)
        .map(ProcedureRegimes.PhaseRule::silenceIsComplete)
        .orElse(false);
  }

  private void escalate(ReviewCase c, ReviewStep step, Instant now) {
    step.escalatedAt = now;
    outbox.publish(
        EventType.REVIEW_STEP_OVERDUE,
        c.applicationId,
        new ReviewStepOverdue(
            c.id,
            c.applicationId,
            c.reference,
            step.id,
            step.agency,
            step.dueDate,
            step.assignee,
            now),
        SystemActor.ACTOR);
  }
}
