package be.permits.support.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The figures an operator watches, named {@code permits.*} (Prometheus: {@code permits_*}). Counts
 * and durations of changes are recorded when their transaction commits, so a rolled-back change
 * counts nothing; levels (open steps, outbox backlog) are gauges that their owner refreshes.
 */
@ApplicationScoped
public class BusinessMetrics {
  @Inject MeterRegistry registry;
  @Inject TransactionSynchronizationRegistry transactions;

  private final Map<String, AtomicLong> levels = new ConcurrentHashMap<>();

  /** Counts one occurrence of {@code name} once the current transaction commits. */
  public void countOnCommit(String name, String... tags) {
    afterCommit(() -> registry.counter(name, tags).increment());
  }

  /** Records how long something took once the current transaction commits. */
  public void timeOnCommit(String name, Duration took, String... tags) {
    afterCommit(
        () ->
            Timer.builder(name)
                .tags(tags)
                .publishPercentileHistogram()
                .register(registry)
                .record(took));
  }

  /** Sets the level of a gauge, registering it on first use. */
  public void level(String name, long value, String... tags) {
    Tags t = Tags.of(tags);
    levels
        .computeIfAbsent(
            name + t, key -> registry.gauge(name, t, new AtomicLong(), AtomicLong::doubleValue))
        .set(value);
  }

  private void afterCommit(Runnable record) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              record.run();
            }
          }
        });
  }
}
