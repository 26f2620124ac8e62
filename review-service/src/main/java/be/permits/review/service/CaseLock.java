package be.permits.review.service;

import be.permits.review.domain.ReviewCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Every change to a case or one of its steps starts here, by locking the case's row until the
 * transaction ends. What one step does can depend on the others (the last advisory decision opens
 * the deciding authority's step, a withdrawal closes whatever is undecided), so changes to one case
 * take turns; each then reads its steps as the previous one committed them.
 */
@ApplicationScoped
public class CaseLock {
  @Inject EntityManager em;

  /** The case, locked; {@code null} if there is none. */
  @Transactional(Transactional.TxType.MANDATORY)
  public ReviewCase lock(UUID caseId) {
    return em.find(ReviewCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** The case of an application, locked, if it has one. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<ReviewCase> lockOfApplication(UUID applicationId) {
    return em.createQuery("FROM ReviewCase WHERE applicationId = :id", ReviewCase.class)
        .setParameter("id", applicationId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }
}
