package be.permits.support.incoming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Remembers which events a consumer has handled. Called in the handler's transaction, it makes the
 * effect and the record of it commit together: a redelivered event finds its id and is skipped.
 */
@ApplicationScoped
public class ProcessedEvents {
  @Inject EntityManager em;
  @Inject Clock clock;

  /**
   * Records that {@code consumer} handles {@code eventId} now.
   *
   * @return {@code true} the first time; {@code false} if the event was handled before (a
   *     concurrent delivery waits on the row lock and then also sees {@code false})
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstDelivery(UUID eventId, String eventType, String consumer) {
    int inserted =
        em.createNativeQuery(
                "INSERT INTO processed_event (event_id, consumer, event_type, processed_at)"
                    + " VALUES (:id, :consumer, :type, :at) ON CONFLICT DO NOTHING")
            .setParameter("id", eventId)
            .setParameter("consumer", consumer)
            .setParameter("type", eventType)
            .setParameter("at", clock.instant())
            .executeUpdate();
    return inserted == 1;
  }
}
