package be.permits.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Open-model load: arrivals start at a fixed rate whatever the answers do, as independent users
 * would, and each latency is counted from the moment the arrival was due, not from when it could be
 * sent. A slow answer therefore cannot hide the arrivals queued behind it (coordinated omission):
 * if the generator itself falls behind, the waiting shows in the figures.
 */
final class OpenModelLoad {
  private OpenModelLoad() {}

  /** What one rate gave: counts by answer, throughput of successes and the latency histogram. */
  record Step(
      double offered,
      double achieved,
      long succeeded,
      long failed,
      Map<String, Long> failures,
      Histogram latencyMicros) {

    double p50Millis() {
      return latencyMicros.getValueAtPercentile(50) / 1000.0;
    }

    double p99Millis() {
      return latencyMicros.getValueAtPercentile(99) / 1000.0;
    }

    double maxMillis() {
      return latencyMicros.getMaxValue() / 1000.0;
    }
  }

  /**
   * Starts {@code rate × duration} arrivals, each {@code arrival.get()} completing with the name of
   * its outcome ("ok", or what failed: an HTTP status or an exception), and waits at most {@code
   * patience} after the last one for those still running, which then count as "unfinished".
   */
  static Step run(
      double rate,
      Duration duration,
      Supplier<CompletableFuture<String>> arrival,
      Duration patience)
      throws InterruptedException {
    long count = Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
    long interval = Math.round(1e9 / rate);
    Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(5), 3);
    Map<String, Long> failures = new ConcurrentHashMap<>();
    AtomicLong succeeded = new AtomicLong();
    AtomicLong lastSuccess = new AtomicLong();
    CompletableFuture<?>[] running = new CompletableFuture<?>[(int) count];
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      CompletableFuture<String> answer;
      try {
        answer = arrival.get();
      } catch (RuntimeException e) {
        answer = CompletableFuture.failedFuture(e);
      }
      running[i] =
          answer.handle(
              (outcome, error) -> {
                long now = System.nanoTime();
                latency.recordValue(
                    Math.min((now - due) / 1000, latency.getHighestTrackableValue()));
                String result = error == null ? outcome : rootName(error);
                if ("ok".equals(result)) {
                  succeeded.incrementAndGet();
                  lastSuccess.accumulateAndGet(now, Math::max);
                } else {
                  failures.merge(result, 1L, Long::sum);
                }
                return null;
              });
    }
    try {
      CompletableFuture.allOf(running).get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      // Counted below: what has not finished by now is unfinished.
    }
    long unfinished = java.util.Arrays.stream(running).filter(f -> !f.isDone()).count();
    if (unfinished > 0) {
      failures.merge("unfinished", unfinished, Long::sum);
    }
    long failed = failures.values().stream().mapToLong(Long::longValue).sum();
    double seconds = Math.max(duration.toNanos(), lastSuccess.get() - start) / 1e9;
    return new Step(
        rate, succeeded.get() / seconds, succeeded.get(), failed, Map.copyOf(failures), latency);
  }

  private static String rootName(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause != cause.getCause()) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName();
  }
}
