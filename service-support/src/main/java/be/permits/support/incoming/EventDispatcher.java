package be.permits.support.incoming;

import be.permits.contracts.EventType;
import be.permits.support.observability.LogContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.TracingMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * What every {@code @Incoming} method of the suite does with a record: read it as a CloudEvent,
 * hand the event types it knows to their handler exactly once, and ack; or nack, which sends the
 * record to the channel's dead-letter topic while the other records keep flowing.
 *
 * <p>The handler runs in the trace the record carries, so that the events it publishes in turn (and
 * the log lines it writes) continue the trace of the request that started it all.
 */
@ApplicationScoped
public class EventDispatcher {
  private static final Logger LOG = Logger.getLogger(EventDispatcher.class);
  @Inject IdempotentConsumer idempotent;

  public CompletionStage<Void> dispatch(
      Message<String> message, String consumer, Map<EventType, Consumer<IncomingEvent>> handlers) {
    return dispatch(message, consumer, handlers, event -> {});
  }

  /**
   * As {@link #dispatch(Message, String, Map)}, with {@code prepare} run first, outside any
   * transaction: where a handler needs what a remote service tells (Keycloak), it is asked there,
   * so that no transaction waits on it. {@code prepare} may run again for a redelivered event.
   */
  public CompletionStage<Void> dispatch(
      Message<String> message,
      String consumer,
      Map<EventType, Consumer<IncomingEvent>> handlers,
      Consumer<IncomingEvent> prepare) {
    Context trace =
        TracingMetadata.fromMessage(message)
            .map(TracingMetadata::getCurrentContext)
            .orElse(Context.current());
    try (Scope scope = trace.makeCurrent()) {
      IncomingEvent event = IncomingEvent.from(message);
      LogContext.forApplication(event.subject());
      Consumer<IncomingEvent> handler = event.eventType().map(handlers::get).orElse(null);
      if (handler != null) {
        prepare.accept(event);
        if (processWhileTheDatabaseIsAway(consumer, event, handler)) {
          LOG.infof("%s handled %s %s", consumer, event.type(), event.id());
        }
      }
      return message.ack();
    } catch (RuntimeException e) {
      LOG.errorf(
          "%s could not process a record; it goes to the dead-letter topic: %s", consumer, e);
      // Thrown out of the method, the exception would end the channel rather than nack one record.
      return message.nack(e);
    } finally {
      LogContext.clear();
    }
  }

  /**
   * Processes the event; while the database cannot be reached (it is restarting, or failing over),
   * waits and tries again rather than sending a sound event to the dead-letter topic. The record's
   * partition waits meanwhile, which keeps the order of its application's events.
   */
  private boolean processWhileTheDatabaseIsAway(
      String consumer, IncomingEvent event, Consumer<IncomingEvent> handler) {
    Instant giveUp = Instant.now().plus(DATABASE_PATIENCE);
    long waitMillis = 500;
    while (true) {
      try {
        return idempotent.process(consumer, event, handler);
      } catch (RuntimeException e) {
        if (!Unavailable.isCause(e) || Instant.now().isAfter(giveUp)) {
          throw e;
        }
        LOG.warnf("%s waits for the database to handle %s: %s", consumer, event.id(), e);
        try {
          TimeUnit.MILLISECONDS.sleep(waitMillis);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
        waitMillis = Math.min(waitMillis * 2, 5_000);
      }
    }
  }

  /** How long a consumer waits for the database before it gives the record up. */
  private static final Duration DATABASE_PATIENCE = Duration.ofMinutes(10);
}
