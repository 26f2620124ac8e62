package be.permits.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Real concurrent callers: each runs on its own thread, and all of them start at one barrier, so
 * that their requests reach the service at the same moment.
 */
public final class Race {
  private Race() {}

  /** Runs every caller at once and answers their results in the order given. */
  @SafeVarargs
  public static <T> List<T> of(Callable<T>... callers) {
    return of(List.of(callers));
  }

  public static <T> List<T> of(List<Callable<T>> callers) {
    CyclicBarrier start = new CyclicBarrier(callers.size());
    ExecutorService threads = Executors.newFixedThreadPool(callers.size());
    try {
      List<Future<T>> running = new ArrayList<>();
      for (Callable<T> caller : callers) {
        running.add(
            threads.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  return caller.call();
                }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> result : running) {
        results.add(result.get(60, TimeUnit.SECONDS));
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("A racer failed", e);
    } finally {
      threads.shutdownNow();
    }
  }
}
