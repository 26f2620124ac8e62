package be.permits.review.service;

import be.permits.review.domain.Inquiry;
import be.permits.review.domain.ReviewCase;
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
 * Closes the inquiries whose last day has passed and, where every agency has given its opinion,
 * opens the decision, which waited for the inquiry. Like the overdue job, each batch locks the
 * cases it changes and skips those another transaction holds: they are taken on a later run.
 */
@ApplicationScoped
public class InquiryClosing {
  static final int BATCH = 100;

  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject StepWork work;

  @Scheduled(
      identity = "inquiry-closing",
      every = "${review.escalation.every:60s}",
      delayed = "${review.escalation.delay:10s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void closeAll() {
    while (closeBatch() == BATCH) {
      // Another full batch may be waiting.
    }
  }

  /** Closes up to {@value #BATCH} ended inquiries; answers how many. */
  @Transactional
  public int closeBatch() {
    Instant now = clock.instant();
    LocalDate today = now.atZone(SuiteTime.ZONE).toLocalDate();
    List<ReviewCase> cases =
        em.createQuery(
                "FROM ReviewCase c WHERE EXISTS (FROM Inquiry i WHERE i.caseId = c.id"
                    + " AND i.closedAt IS NULL AND i.endsOn < :today) ORDER BY c.openedAt",
                ReviewCase.class)
            .setParameter("today", today)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
            .setMaxResults(BATCH)
            .getResultList();
    for (ReviewCase c : cases) {
      em.find(Inquiry.class, c.id).closedAt = now;
      work.openDecisionWhenReady(c, now, today);
    }
    return cases.size();
  }
}
