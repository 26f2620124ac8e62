package be.permits.review.messaging;

import be.permits.contracts.EventType;
import be.permits.review.ledger.Ledger;
import be.permits.support.incoming.EventDispatcher;
import be.permits.support.incoming.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Every event of every topic enters the ledger, once, in the order each topic delivers it. The
 * records come in batches (channel attribute {@code batch=true}) and each batch is appended in one
 * transaction: appends are serialised by one lock, and one commit per event capped the ledger near
 * the database's single-connection commit rate.
 */
@ApplicationScoped
public class LedgerConsumer {
  static final String CONSUMER = "review-service.ledger";

  @Inject EventDispatcher dispatcher;
  @Inject Ledger ledger;

  private final Map<EventType, Consumer<IncomingEvent>> everyType =
      Arrays.stream(EventType.values())
          .filter(EventType::aboutAnApplication)
          .collect(
              Collectors.toMap(t -> t, t -> (Consumer<IncomingEvent>) e -> ledger.recordEvent(e)));

  @Incoming("ledger-permit")
  @Blocking
  public CompletionStage<Void> permitEvents(KafkaRecordBatch<String, String> batch) {
    return dispatcher.dispatchBatch(batch, CONSUMER, everyType);
  }

  @Incoming("ledger-review")
  @Blocking
  public CompletionStage<Void> reviewEvents(KafkaRecordBatch<String, String> batch) {
    return dispatcher.dispatchBatch(batch, CONSUMER, everyType);
  }

  @Incoming("ledger-notification")
  @Blocking
  public CompletionStage<Void> notificationEvents(KafkaRecordBatch<String, String> batch) {
    return dispatcher.dispatchBatch(batch, CONSUMER, everyType);
  }
}
