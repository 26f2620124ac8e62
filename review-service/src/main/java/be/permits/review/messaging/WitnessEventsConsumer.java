package be.permits.review.messaging;

import be.permits.contracts.EventType;
import be.permits.contracts.witness.WitnessCosigned;
import be.permits.contracts.witness.WitnessRefused;
import be.permits.review.ledger.WitnessAnswers;
import be.permits.support.incoming.EventDispatcher;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The witnesses' cosignatures and refusals of the ledger's checkpoints. */
@ApplicationScoped
public class WitnessEventsConsumer {
  static final String CONSUMER = "review-service.witness-events";

  @Inject EventDispatcher dispatcher;
  @Inject WitnessAnswers answers;

  @Incoming("witness-events")
  @Blocking
  public CompletionStage<Void> onEvent(Message<String> message) {
    return dispatcher.dispatch(
        message,
        CONSUMER,
        Map.of(
            EventType.WITNESS_COSIGNED,
            e -> answers.cosigned(e.dataAs(EventType.WITNESS_COSIGNED, WitnessCosigned.class)),
            EventType.WITNESS_REFUSED,
            e ->
                answers.refused(
                    e.id(), e.dataAs(EventType.WITNESS_REFUSED, WitnessRefused.class))));
  }
}
