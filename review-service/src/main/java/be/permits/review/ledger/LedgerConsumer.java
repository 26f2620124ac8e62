package be.permits.review.ledger;

import be.permits.contracts.EventJson;
import be.permits.contracts.EventType;
import be.permits.support.inbox.EventDispatcher;
import be.permits.support.inbox.IncomingEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Every event of every topic enters the ledger, once, in the order each topic delivers it. */
@ApplicationScoped
public class LedgerConsumer {
  static final String CONSUMER = "review-service.ledger";

  @Inject EventDispatcher dispatcher;
  @Inject Ledger ledger;

  private final Map<EventType, Consumer<IncomingEvent>> everyType =
      Arrays.stream(EventType.values())
          .collect(Collectors.toMap(t -> t, t -> (Consumer<IncomingEvent>) this::record));

  @Incoming("ledger-permit")
  @Blocking
  public CompletionStage<Void> permitEvent(Message<String> message) {
    return dispatcher.dispatch(message, CONSUMER, everyType);
  }

  @Incoming("ledger-review")
  @Blocking
  public CompletionStage<Void> reviewEvent(Message<String> message) {
    return dispatcher.dispatch(message, CONSUMER, everyType);
  }

  @Incoming("ledger-notification")
  @Blocking
  public CompletionStage<Void> notificationEvent(Message<String> message) {
    return dispatcher.dispatch(message, CONSUMER, everyType);
  }

  void record(IncomingEvent event) {
    EventType type = event.eventType().orElseThrow();
    String actor = event.actor() == null ? "unknown" : event.actor();
    ledger.append(
        new Ledger.Fact(
            event.id(),
            type.topic(),
            type.type(),
            event.subject() == null ? null : java.util.UUID.fromString(event.subject()),
            actor,
            roleOf(actor, type),
            agencyIn(event.data()),
            event.data()));
  }

  /** Who acts in each family of events; the service itself when the actor is a system. */
  static String roleOf(String actor, EventType type) {
    if (actor.startsWith("system:")) {
      return "system";
    }
    return switch (type.aggregateType()) {
      case "permit" -> "applicant";
      case "review" -> "reviewer";
      default -> "system";
    };
  }

  /** The agency an event is about, if it names one. */
  static String agencyIn(String data) {
    try {
      JsonNode agency = EventJson.mapper().readTree(data).get("agency");
      return agency == null || !agency.isTextual() ? null : agency.asText();
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
