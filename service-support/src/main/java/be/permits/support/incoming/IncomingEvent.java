package be.permits.support.incoming;

import be.permits.contracts.CloudEventAttributes;
import be.permits.contracts.EventJson;
import be.permits.contracts.EventSchemas;
import be.permits.contracts.EventType;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A CloudEvent received from Kafka, with its attributes checked and its data still as JSON.
 *
 * @param actorRole in which capacity the actor acted, as the event states it; null when it does not
 * @param actorAgency the agency the actor acted for, as the event states it; null when none
 */
public record IncomingEvent(
    UUID id,
    String type,
    String subject,
    String actor,
    String actorRole,
    String actorAgency,
    String source,
    String data) {

  /**
   * Reads the CloudEvents attributes of a Kafka message.
   *
   * @throws PoisonEventException if the message is not a CloudEvent of this suite
   */
  @SuppressWarnings("unchecked")
  public static IncomingEvent from(Message<String> message) {
    IncomingCloudEventMetadata<String> ce =
        message
            .getMetadata(IncomingCloudEventMetadata.class)
            .orElseThrow(() -> new PoisonEventException("Not a CloudEvent"));
    UUID id;
    try {
      id = UUID.fromString(ce.getId());
    } catch (IllegalArgumentException e) {
      throw new PoisonEventException("CloudEvent id is not a UUID: " + ce.getId(), e);
    }
    String actor =
        ce.getExtension(CloudEventAttributes.ACTOR).map(Object::toString).orElse("unknown");
    return new IncomingEvent(
        id,
        ce.getType(),
        ce.getSubject().orElse(null),
        actor,
        ce.getExtension(CloudEventAttributes.ACTOR_ROLE).map(Object::toString).orElse(null),
        ce.getExtension(CloudEventAttributes.ACTOR_AGENCY).map(Object::toString).orElse(null),
        String.valueOf(ce.getSource()),
        message.getPayload());
  }

  /** The suite's type of this event, if it is one. */
  public Optional<EventType> eventType() {
    return EventType.fromType(type);
  }

  /**
   * The data as the payload record of {@code expected}.
   *
   * @throws PoisonEventException if the data breaks the type's schema (a poison message)
   */
  public <T> T dataAs(EventType expected, Class<T> payloadType) {
    List<String> violations = EventSchemas.violations(expected, data);
    if (!violations.isEmpty()) {
      throw new PoisonEventException(type + " " + id + " violates its schema: " + violations);
    }
    try {
      return EventJson.read(data, payloadType);
    } catch (IllegalArgumentException e) {
      throw new PoisonEventException(type + " " + id + " cannot be read", e);
    }
  }
}
