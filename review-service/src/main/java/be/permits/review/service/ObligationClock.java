package be.permits.review.service;

import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewObligationReminder;
import be.permits.contracts.review.ReviewObligationReminder.Stage;
import be.permits.review.domain.Obligation;
import be.permits.review.domain.ReviewCase;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.LockOptions;

/**
 * The clock engine on obligations whose evidence is awaited: so many days before the due date the
 * operator is reminded; the day after it, the operator and the agency are told that it is overdue,
 * and the agency decides whether it is a breach. Once per stage and due date, so a new due date
 * (the next period) is reminded of again. Obligations of a permit refused on appeal are left alone.
 * Each batch locks the obligations it touches and skips those another transaction holds (evidence
 * arriving, a reviewer deciding): they are taken on a later run.
 */
@ApplicationScoped
public class ObligationClock {
  static final int BATCH = 100;

  @Inject EntityManager em;
  @Inject Outbox outbox;
  @Inject Clock clock;

  @ConfigProperty(name = "obligations.remind-days-before", defaultValue = "30")
  int remindDaysBefore;

  @Scheduled(
      identity = "obligation-clock",
      every = "${review.escalation.every:60s}",
      delayed = "${review.escalation.delay:10s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void runAll() {
    while (runBatch() == BATCH) {
      // Another full batch may be waiting.
    }
  }

  /** Reminds of or escalates up to {@value #BATCH} obligations; answers how many. */
  @Transactional
  public int runBatch() {
    Instant now = clock.instant();
    LocalDate today = now.atZone(SuiteTime.ZONE).toLocalDate();
    List<Obligation> due =
        em.createQuery(
                "FROM Obligation o WHERE o.state = :awaited AND ("
                    + " (o.nextDue < :today AND (o.overdueFor IS NULL OR o.overdueFor <> o.nextDue))"
                    + " OR (o.nextDue >= :today AND o.nextDue <= :soon"
                    + " AND (o.remindedFor IS NULL OR o.remindedFor <> o.nextDue)))"
                    + " AND NOT EXISTS (FROM ReviewCase c WHERE c.id = o.caseId"
                    + " AND c.decisionOutcome = 'REJECTED') ORDER BY o.nextDue",
                Obligation.class)
            .setParameter("awaited", Obligation.State.AWAITED)
            .setParameter("today", today)
            .setParameter("soon", today.plusDays(remindDaysBefore))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
            .setMaxResults(BATCH)
            .getResultList();
    for (Obligation o : due) {
      Stage stage = o.nextDue.isBefore(today) ? Stage.OVERDUE : Stage.DUE_SOON;
      if (stage == Stage.OVERDUE) {
        o.overdueFor = o.nextDue;
        // Past the day, a reminder would say it is still to come.
        o.remindedFor = o.nextDue;
      } else {
        o.remindedFor = o.nextDue;
      }
      ReviewCase c = em.find(ReviewCase.class, o.caseId);
      outbox.publish(
          EventType.REVIEW_OBLIGATION_REMINDER,
          c.applicationId,
          new ReviewObligationReminder(
              c.id,
              c.applicationId,
              c.reference,
              o.id,
              o.agency,
              o.condition,
              o.nextDue,
              stage,
              now,
              c.applicant()),
          SystemActor.ACTOR);
    }
    return due.size();
  }
}
