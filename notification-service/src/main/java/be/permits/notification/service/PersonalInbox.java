package be.permits.notification.service;

import be.permits.notification.domain.Notification;
import be.permits.support.problem.ProblemException;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person's in-app notifications: theirs only, newest first, read or unread. */
@ApplicationScoped
public class PersonalInbox {
  @Inject EntityManager em;
  @Inject Clock clock;

  @ReadOnly
  public List<Notification> of(String subject, int limit) {
    return em.createQuery(
            "FROM Notification WHERE recipientSubject = :me ORDER BY createdAt DESC, id",
            Notification.class)
        .setParameter("me", subject)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The person's notifications recorded after {@code after}, oldest first. */
  @ReadOnly
  public List<Notification> since(String subject, Instant after, int limit) {
    return em.createQuery(
            "FROM Notification WHERE recipientSubject = :me AND createdAt > :after"
                + " ORDER BY createdAt, id",
            Notification.class)
        .setParameter("me", subject)
        .setParameter("after", after)
        .setMaxResults(limit)
        .getResultList();
  }

  @ReadOnly
  public long unread(String subject) {
    return em.createQuery(
            "SELECT count(n) FROM Notification n WHERE n.recipientSubject = :me"
                + " AND n.readAt IS NULL",
            Long.class)
        .setParameter("me", subject)
        .getSingleResult();
  }

  /**
   * @throws ProblemException 404 for someone else's notification
   */
  @Transactional
  public void markRead(String subject, UUID id) {
    Notification n = em.find(Notification.class, id);
    if (n == null || !n.recipientSubject.equals(subject)) {
      throw ProblemException.notFound();
    }
    if (n.readAt == null) {
      n.readAt = clock.instant();
    }
  }

  @Transactional
  public int markAllRead(String subject) {
    return em.createQuery(
            "UPDATE Notification SET readAt = :now WHERE recipientSubject = :me AND readAt IS NULL")
        .setParameter("now", clock.instant())
        .setParameter("me", subject)
        .executeUpdate();
  }
}
