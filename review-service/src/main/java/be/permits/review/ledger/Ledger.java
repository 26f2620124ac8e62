package be.permits.review.ledger;

import be.permits.contracts.EventJson;
import be.permits.contracts.EventType;
import be.permits.support.incoming.IncomingEvent;
import be.permits.support.incoming.PoisonEventException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Appends to the audit ledger. Appends are serialised by a transaction-scoped advisory lock, so
 * that each entry takes the next number and the hash of the one before, whichever instance of the
 * service writes it. An event already in the ledger is not added again.
 */
@ApplicationScoped
public class Ledger {
  /** The advisory lock that serialises appends (an arbitrary, fixed number). */
  private static final long APPEND_LOCK = 0x1ed6e5L;

  @Inject EntityManager em;
  @Inject Clock clock;

  /** What happened, by whom, about which application; the payload enters only as its hash. */
  public record Fact(
      UUID eventId,
      String source,
      String action,
      UUID applicationId,
      String actor,
      String actorRole,
      String actorAgency,
      String payload) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public LedgerEntry append(Fact fact) {
    em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)")
        .setParameter("key", APPEND_LOCK)
        .getSingleResult();
    if (fact.eventId() != null) {
      List<LedgerEntry> known =
          em.createQuery("FROM LedgerEntry WHERE eventId = :id", LedgerEntry.class)
              .setParameter("id", fact.eventId())
              .getResultList();
      if (!known.isEmpty()) {
        return known.get(0);
      }
    }
    List<LedgerEntry> head =
        em.createQuery("FROM LedgerEntry ORDER BY seq DESC", LedgerEntry.class)
            .setMaxResults(1)
            .getResultList();
    LedgerEntry entry = new LedgerEntry();
    entry.seq = head.isEmpty() ? 1 : head.get(0).seq + 1;
    entry.prevHash = head.isEmpty() ? LedgerHash.GENESIS : head.get(0).entryHash;
    entry.recordedAt = LedgerHash.stored(clock.instant());
    entry.eventId = fact.eventId();
    entry.source = fact.source();
    entry.action = fact.action();
    entry.applicationId = fact.applicationId();
    entry.actor = fact.actor();
    entry.actorRole = fact.actorRole();
    entry.actorAgency = fact.actorAgency();
    entry.payloadHash = LedgerHash.sha256(fact.payload() == null ? "" : fact.payload());
    entry.entryHash = entry.computeHash();
    em.persist(entry);
    return entry;
  }

  /**
   * Appends an event of any topic, once: its id makes a redelivery find its entry. Called in the
   * consumer's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordEvent(IncomingEvent event) {
    EventType type = event.eventType().orElseThrow();
    String actor = event.actor() == null ? "unknown" : event.actor();
    append(
        new Ledger.Fact(
            event.id(),
            type.topic(),
            type.type(),
            applicationOf(event),
            actor,
            roleOf(actor, type),
            agencyIn(event.data()),
            event.data()));
  }

  /** The application an event is about: its subject, which must then be an application's id. */
  private static UUID applicationOf(IncomingEvent event) {
    if (event.subject() == null) {
      return null;
    }
    try {
      return UUID.fromString(event.subject());
    } catch (IllegalArgumentException e) {
      throw new PoisonEventException(
          event.type() + " " + event.id() + " has a subject that is no application id", e);
    }
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
