package be.permits.support.incoming;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The one way a service handles an event: the effect and the record of the event id commit in one
 * transaction; a duplicate is skipped; a failure is retried a bounded number of times with
 * exponential backoff, after which the exception nacks the record and the channel's failure
 * strategy sends it to the dead-letter topic. A poison record is not retried.
 */
@ApplicationScoped
public class IdempotentConsumer {
  @Inject ProcessedEvents processed;

  /**
   * Applies {@code effect} to {@code event} once per {@code consumer}.
   *
   * @return {@code true} if the effect ran, {@code false} if the event was a duplicate
   */
  @Retry(maxRetries = 4, delay = 200, abortOn = PoisonEventException.class)
  @ExponentialBackoff(maxDelay = 5_000)
  public boolean process(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              if (!processed.firstDelivery(event.id(), event.type(), consumer)) {
                return false;
              }
              effect.accept(event);
              return true;
            });
  }

  /**
   * Applies to each of {@code events} its effect once per {@code consumer}, all in one transaction:
   * one commit for the batch instead of one per event. If any effect fails, nothing of the batch is
   * kept, and the caller handles the events one by one to set the bad one aside.
   *
   * @return how many effects ran (the others were duplicates)
   */
  @Retry(maxRetries = 4, delay = 200, abortOn = PoisonEventException.class)
  @ExponentialBackoff(maxDelay = 5_000)
  public int processAll(
      String consumer,
      List<IncomingEvent> events,
      Function<IncomingEvent, Consumer<IncomingEvent>> effects) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              int ran = 0;
              for (IncomingEvent event : events) {
                if (processed.firstDelivery(event.id(), event.type(), consumer)) {
                  effects.apply(event).accept(event);
                  ran++;
                }
              }
              return ran;
            });
  }
}
