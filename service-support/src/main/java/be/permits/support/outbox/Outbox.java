package be.permits.support.outbox;

import be.permits.contracts.EventJson;
import be.permits.contracts.EventSchemas;
import be.permits.contracts.EventType;
import be.permits.support.observability.TraceContext;
import be.permits.support.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Records an event in the caller's transaction. The event exists if and only if the change it
 * reports commits; {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {
  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject Event<OutboxEvent> appended;

  /**
   * Adds an event to the outbox and returns its id (the CloudEvents {@code id}).
   *
   * @throws IllegalArgumentException if the payload does not match the event's JSON Schema: a
   *     programming error that must roll the change back rather than publish a broken event
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID publish(EventType type, UUID applicationId, Record payload, Actor actor) {
    return publish(type, applicationId.toString(), payload, actor);
  }

  /**
   * Adds an event about something else than an application (the ledger's checkpoints, a witness's
   * answers), keyed by {@code aggregateId}.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID publish(EventType type, String aggregateId, Record payload, Actor actor) {
    if (!type.payloadType().isInstance(payload)) {
      throw new IllegalArgumentException(type.type() + " carries " + type.payloadType());
    }
    String json = EventJson.write(payload);
    List<String> violations = EventSchemas.violations(type, json);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException(type.type() + " violates its schema: " + violations);
    }
    OutboxEvent event = new OutboxEvent();
    event.id = UUID.randomUUID();
    event.aggregateType = type.aggregateType();
    event.aggregateId = aggregateId;
    event.type = type.type();
    event.payload = json;
    event.actor = actor.subject();
    event.actorRole = actor.role().attribute();
    event.actorAgency = actor.agency() == null ? null : actor.agency().name();
    event.createdAt = clock.instant();
    event.traceparent = TraceContext.currentTraceparent().orElse(null);
    em.persist(event);
    appended.fire(event);
    return event.id;
  }
}
