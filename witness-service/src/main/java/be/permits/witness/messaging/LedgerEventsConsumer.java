package be.permits.witness.messaging;

import be.permits.contracts.EventType;
import be.permits.contracts.ledger.LedgerCheckpointSigned;
import be.permits.support.incoming.EventDispatcher;
import be.permits.witness.service.Witnessing;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Every checkpoint the audit ledger signs, in the order the ledger signed them. */
@ApplicationScoped
public class LedgerEventsConsumer {
  static final String CONSUMER = "witness-service.ledger-events";

  @Inject EventDispatcher dispatcher;
  @Inject Witnessing witnessing;

  @Incoming("ledger-events")
  @Blocking
  public CompletionStage<Void> onEvent(Message<String> message) {
    return dispatcher.dispatch(
        message,
        CONSUMER,
        Map.of(
            EventType.LEDGER_CHECKPOINT_SIGNED,
            e ->
                witnessing.consider(
                    e.id(),
                    e.dataAs(EventType.LEDGER_CHECKPOINT_SIGNED, LedgerCheckpointSigned.class))));
  }
}
