package be.permits.support.observability;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How far the outbox relay is behind: events not yet published, and the age of the oldest one. A
 * backlog that grows or ages means Kafka is unreachable or the relay is stuck, and events wait.
 */
@ApplicationScoped
public class OutboxGauges {
  static final String PENDING = "permits.outbox.pending";
  static final String OLDEST_AGE = "permits.outbox.oldest.pending.age.seconds";

  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject BusinessMetrics metrics;

  @Scheduled(
      every = "${metrics.refresh-every:15s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  @Transactional
  void refresh() {
    Object[] row =
        em.createQuery(
                "SELECT count(e), min(e.createdAt) FROM OutboxEvent e WHERE e.sentAt IS NULL",
                Object[].class)
            .getSingleResult();
    long pending = (Long) row[0];
    Instant oldest = (Instant) row[1];
    metrics.level(PENDING, pending);
    metrics.level(
        OLDEST_AGE,
        oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds()));
  }
}
