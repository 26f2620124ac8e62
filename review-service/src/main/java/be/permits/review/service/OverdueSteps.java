package be.permits.review.service;

import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewStepOverdue;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.support.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Escalates the steps that passed their statutory deadline undecided: each gets a flag and one
 * {@code review.step-overdue} event. Safe with several instances of the service: each batch locks
 * its rows and skips the ones another instance holds, and a step is escalated once.
 */
@ApplicationScoped
public class OverdueSteps {
  static final int BATCH = 100;

  @Inject EntityManager em;
  @Inject Outbox outbox;
  @Inject Clock clock;

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

  /** Escalates up to {@value #BATCH} overdue steps; answers how many. */
  @Transactional
  public int escalateBatch() {
    Instant now = clock.instant();
    LocalDate today = now.atZone(CaseOpening.BRUSSELS).toLocalDate();
    @SuppressWarnings("unchecked")
    List<UUID> due =
        em.createNativeQuery(
                "SELECT id FROM review_step WHERE escalated_at IS NULL"
                    + " AND status IN ('OPEN', 'PROPOSED') AND due_date < :today"
                    + " ORDER BY due_date LIMIT :batch FOR UPDATE SKIP LOCKED",
                UUID.class)
            .setParameter("today", today)
            .setParameter("batch", BATCH)
            .getResultList();
    for (UUID id : due) {
      ReviewStep step = em.find(ReviewStep.class, id);
      step.escalatedAt = now;
      ReviewCase c = step.reviewCase;
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
          CaseOpening.ACTOR);
    }
    return due.size();
  }
}
