package be.permits.notification.service;

import be.permits.contracts.review.ReviewAbsenceRecorded;
import be.permits.notification.domain.ReviewerAbsence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Reviewers away, from review-service's {@code review.absence-recorded} events: whom a message to
 * an absent reviewer also reaches.
 */
@ApplicationScoped
public class Absences {
  @Inject EntityManager em;

  /** Keeps the absence as recorded; an older record than the one kept changes nothing. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recorded(ReviewAbsenceRecorded event) {
    ReviewerAbsence kept =
        em.find(ReviewerAbsence.class, event.absenceId(), LockModeType.PESSIMISTIC_WRITE);
    if (kept != null && !event.recordedAt().isAfter(kept.recordedAt)) {
      return;
    }
    ReviewerAbsence absence = kept == null ? new ReviewerAbsence() : kept;
    absence.absenceId = event.absenceId();
    absence.agency = event.agency();
    absence.reviewer = event.reviewer();
    absence.delegate = event.delegate();
    absence.firstDay = event.firstDay();
    absence.lastDay = event.lastDay();
    absence.recordedAt = event.recordedAt();
    if (kept == null) {
      em.persist(absence);
    }
  }

  /** The absences covering {@code day} of any of {@code reviewers}. */
  public List<ReviewerAbsence> covering(Collection<String> reviewers, LocalDate day) {
    if (reviewers.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "FROM ReviewerAbsence WHERE reviewer IN :reviewers AND firstDay <= :day"
                + " AND lastDay >= :day",
            ReviewerAbsence.class)
        .setParameter("reviewers", reviewers)
        .setParameter("day", day)
        .getResultList();
  }
}
