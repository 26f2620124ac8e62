package be.permits.review.ledger;

import be.permits.contracts.ActorRole;
import be.permits.contracts.Agency;
import be.permits.contracts.EventType;
import be.permits.support.incoming.IncomingEvent;
import be.permits.support.incoming.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Appends to the audit ledger. Appends are serialised by a transaction-scoped advisory lock, so
 * that each entry takes the next number, the hash of the one before and the next leaf of the Merkle
 * tree, whichever instance of the service writes it. An event already in the ledger is not added
 * again.
 */
@ApplicationScoped
public class Ledger {
  /** The advisory lock that serialises appends (an arbitrary, fixed number). */
  private static final long APPEND_LOCK = 0x1ed6e5L;

  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject LedgerTree tree;

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

  /**
   * Takes the lock that serialises appends, until the transaction ends: whoever holds it sees a
   * ledger and a tree that nobody else is growing.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lock() {
    em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)")
        .setParameter("key", APPEND_LOCK)
        .getSingleResult();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public LedgerEntry append(Fact fact) {
    lock();
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
    // Entries written without their leaves (by a version before the tree, still running during an
    // upgrade) are taken in first: the tree never has a gap.
    tree.takeInUpTo(entry.seq - 1);
    tree.append(entry.seq - 1, entry.leafHash());
    return entry;
  }

  /**
   * Appends an event of any application topic, once: its id makes a redelivery find its entry. The
   * actor's role and agency are recorded as the event states them (CloudEvents extensions {@code
   * actorrole} and {@code actoragency}); an event that states none is recorded without. Called in
   * the consumer's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordEvent(IncomingEvent event) {
    EventType type = event.eventType().orElseThrow();
    append(
        new Ledger.Fact(
            event.id(),
            type.topic(),
            type.type(),
            applicationOf(event),
            event.actor() == null ? "unknown" : event.actor(),
            // A role or agency the suite does not know is recorded as not stated: its text would
            // not fit, and the event must still enter the ledger.
            ActorRole.fromAttribute(event.actorRole()).map(ActorRole::attribute).orElse(null),
            agencyNamed(event.actorAgency()),
            event.data()));
  }

  private static String agencyNamed(String name) {
    return Arrays.stream(Agency.values())
        .map(Agency::name)
        .filter(n -> n.equals(name))
        .findFirst()
        .orElse(null);
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
}
