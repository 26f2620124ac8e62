package be.permits.support.incoming;

import be.permits.contracts.EventType;
import be.permits.support.observability.LogContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
    try {
      handle(message, consumer, handlers, prepare);
      return message.ack();
    } catch (RuntimeException e) {
      LOG.errorf(
          "%s could not process a record; it goes to the dead-letter topic: %s", consumer, e);
      // Thrown out of the method, the exception would end the channel rather than nack one record.
      return message.nack(e);
    }
  }

  /** Reads and handles one record, in the trace it carries; throws if it cannot be handled. */
  private void handle(
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
    } finally {
      LogContext.clear();
    }
  }

  /**
   * As {@link #dispatch(Message, String, Map)} for a batch of records that Kafka delivered together
   * (channel attribute {@code batch=true}): the events are handled in one transaction, which for an
   * append-only consumer like the audit ledger turns one commit per event into one per batch.
   * Should any record be unreadable or its handling fail, each record of the batch is then handled
   * alone, so that only the bad one goes to the dead-letter topic (and the batch is acked once it
   * is there). The batch is acked as a whole: in batch mode the commit strategy tracks only the
   * last record of each partition.
   */
  public CompletionStage<Void> dispatchBatch(
      KafkaRecordBatch<String, String> batch,
      String consumer,
      Map<EventType, Consumer<IncomingEvent>> handlers) {
    List<KafkaRecord<String, String>> records = batch.getRecords();
    List<IncomingEvent> events = new ArrayList<>();
    try {
      for (KafkaRecord<String, String> record : records) {
        IncomingEvent event = IncomingEvent.from(record);
        if (event.eventType().map(handlers::containsKey).orElse(false)) {
          events.add(event);
        }
      }
      int ran =
          whileTheDatabaseIsAway(
              consumer,
              "a batch of " + events.size(),
              () ->
                  idempotent.processAll(
                      consumer, events, e -> handlers.get(e.eventType().orElseThrow())));
      LOG.infof("%s handled %d events of a batch of %d", consumer, ran, records.size());
    } catch (RuntimeException e) {
      LOG.warnf("%s handles a batch record by record, one of them failed: %s", consumer, e);
      for (KafkaRecord<String, String> record : records) {
        try {
          handle(record, consumer, handlers, event -> {});
        } catch (RuntimeException failure) {
          LOG.errorf(
              "%s could not process a record; it goes to the dead-letter topic: %s",
              consumer, failure);
          // The batch's offsets are committed only once the record is safely in the dead-letter
          // topic; should that fail, the batch is not acked and comes again.
          try {
            record.nack(failure).toCompletableFuture().join();
          } catch (RuntimeException nackFailed) {
            return CompletableFuture.failedFuture(nackFailed);
          }
        }
      }
    }
    return batch.ack();
  }

  /**
   * Processes the event; while the database cannot be reached (it is restarting, or failing over),
   * waits and tries again rather than sending a sound event to the dead-letter topic. The record's
   * partition waits meanwhile, which keeps the order of its application's events.
   */
  private boolean processWhileTheDatabaseIsAway(
      String consumer, IncomingEvent event, Consumer<IncomingEvent> handler) {
    return whileTheDatabaseIsAway(
        consumer, event.id().toString(), () -> idempotent.process(consumer, event, handler));
  }

  private <T> T whileTheDatabaseIsAway(String consumer, String what, Supplier<T> work) {
    Instant giveUp = Instant.now().plus(DATABASE_PATIENCE);
    long waitMillis = 500;
    while (true) {
      try {
        return work.get();
      } catch (RuntimeException e) {
        if (!Unavailable.isCause(e) || Instant.now().isAfter(giveUp)) {
          throw e;
        }
        LOG.warnf("%s waits for the database to handle %s: %s", consumer, what, e);
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
