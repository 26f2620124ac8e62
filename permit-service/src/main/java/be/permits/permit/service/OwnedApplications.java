package be.permits.permit.service;

import be.permits.permit.domain.Application;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The caller's application, the start of every use case: any other id is not found. A change locks
 * the application's row until its transaction ends, so that two changes of one application (a
 * double submit, a withdrawal racing an answer, a review event arriving meanwhile) take turns and
 * each sees what the other committed.
 */
@ApplicationScoped
class OwnedApplications {
  @Inject EntityManager em;

  /**
   * @throws Refusal not found unless the caller's organisation owns the application
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Application read(Caller caller, UUID id) {
    return owned(caller, em.find(Application.class, id));
  }

  /**
   * The application, locked for a change.
   *
   * @throws Refusal not found unless the caller's organisation owns the application
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Application lock(Caller caller, UUID id) {
    return owned(caller, em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** An application that an event names, locked for the change the event brings; or null. */
  @Transactional(Transactional.TxType.MANDATORY)
  Application lockNamedByEvent(UUID id) {
    return em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  private static Application owned(Caller caller, Application a) {
    if (a == null || !a.ownerKey.equals(caller.ownerKey())) {
      throw Refusal.notFound();
    }
    return a;
  }
}
