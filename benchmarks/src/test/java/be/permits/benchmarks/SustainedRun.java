package be.permits.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The whole suite at one rate for minutes, not seconds: every submission must become its review
 * case, its ledger entries and its emails (accepted by SMTP) without the work waiting behind them
 * growing. A rate is sustained when every arrival was answered well, the submissions went through
 * at 95 % of the offered rate or more, and everything left to do when the arrivals stop is done
 * within the drain limit (30 s in the full run): a backlog that grew through the run could not
 * drain that fast.
 */
final class SustainedRun {
  private SustainedRun() {}

  /**
   * One rate held for a while: the arrivals' answers, the largest backlog seen while they came, the
   * backlog when they stopped, how long it took to drain (null: not within the limit), and how long
   * each submission took to become a case and its first email, and the transactions the whole suite
   * committed per second meanwhile.
   */
  record Attempt(
      OpenModelLoad.Step step,
      Duration duration,
      Duration drainLimit,
      SuiteState.Backlog largest,
      SuiteState.Backlog atEnd,
      Duration drained,
      SuiteState.Delays delays,
      double commitsPerSecond) {

    boolean sustained() {
      return step.failed() == 0 && step.achieved() >= 0.95 * step.offered() && drained != null;
    }
  }

  /**
   * Offers {@code rate} for {@code duration}, sampling the backlog every {@code sampling}, then
   * gives the suite {@code drainLimit} to finish.
   */
  static Attempt hold(
      double rate,
      Duration duration,
      Duration sampling,
      Duration drainLimit,
      Supplier<CompletableFuture<String>> arrival,
      SuiteState state)
      throws Exception {
    Instant from = Instant.now();
    long commitsBefore = state.commits();
    CompletableFuture<OpenModelLoad.Step> load =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return OpenModelLoad.run(rate, duration, arrival, Duration.ofSeconds(30));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
              }
            });
    SuiteState.Backlog largest = state.backlog();
    OpenModelLoad.Step step = null;
    while (step == null) {
      try {
        step = load.get(sampling.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillRunning) {
        SuiteState.Backlog now = state.backlog();
        if (now.total() > largest.total()) {
          largest = now;
        }
      }
    }
    Instant to = Instant.now();
    long drainStart = System.nanoTime();
    double commitsPerSecond =
        (state.commits() - commitsBefore) / (Duration.between(from, to).toMillis() / 1000.0);
    SuiteState.Backlog atEnd = state.backlog();
    SuiteState.Backlog left = state.awaitEmpty(drainLimit);
    Duration drained = left.empty() ? Duration.ofNanos(System.nanoTime() - drainStart) : null;
    // Whatever did not drain in time is given a little longer, so that the delays below count
    // the late ones instead of leaving them out.
    if (!left.empty()) {
      state.awaitEmpty(drainLimit.multipliedBy(2));
    }
    return new Attempt(
        step,
        duration,
        drainLimit,
        largest,
        atEnd,
        drained,
        state.delays(from, to),
        commitsPerSecond);
  }
}
