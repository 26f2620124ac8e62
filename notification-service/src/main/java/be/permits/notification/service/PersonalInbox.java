package be.permits.notification.service;

import be.permits.notification.domain.Notification;
import be.permits.support.persistence.Like;
import be.permits.support.refusal.Refusal;
import be.permits.support.transaction.ReadOnly;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's own notifications: nobody reads or marks anyone else's. */
@ApplicationScoped
public class PersonalInbox {
  /** How often a live stream looks for new notifications; the database is the one source. */
  private static final Duration POLL = Duration.ofSeconds(1);

  @Inject EntityManager em;
  @Inject Clock clock;

  @Schema(name = "Notification")
  public record NotificationView(
      UUID id,
      UUID applicationId,
      @Schema(maxLength = 60) String kind,
      @Schema(maxLength = 300) String subject,
      @Schema(maxLength = 10) String deliveryStatus,
      Instant createdAt,
      boolean read,
      @Schema(pattern = "^PA-[0-9]{4}-[0-9]{6}$", maxLength = 14) String reference,
      @Schema(maxLength = 300, description = "Where to act on it, a path of the suite") String link,
      @Schema(description = "By when I am asked to act, if I am") LocalDate dueDate,
      @Schema(maxItems = 50, description = "The questions, conditions or reasons it is about")
          List<@Size(max = 2000) String> items) {

    static NotificationView of(Notification n) {
      return new NotificationView(
          n.id,
          n.applicationId,
          n.kind.name(),
          n.subject,
          n.status.name(),
          n.createdAt,
          n.readAt != null,
          n.reference,
          n.linkPath,
          n.dueDate,
          List.copyOf(n.items));
    }
  }

  /** A page of the newest notifications, how many there are in all, and how many are unread. */
  public record InboxPage(
      List<NotificationView> notifications, long total, long unread, int offset, int limit) {}

  @ReadOnly
  public List<NotificationView> of(String subject, int limit) {
    return of(subject, 0, limit);
  }

  private List<NotificationView> of(String subject, int offset, int limit) {
    return em.createQuery(
            "FROM Notification WHERE recipientSubject = :me ORDER BY createdAt DESC, id",
            Notification.class)
        .setParameter("me", subject)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(NotificationView::of)
        .toList();
  }

  /**
   * Which of my messages a page lists: those whose reference or subject holds {@code words} (all,
   * when null), and only the unread ones if asked.
   */
  public record Filter(String words, boolean unreadOnly) {
    public static final Filter ALL = new Filter(null, false);

    String where() {
      return "n.recipientSubject = :me"
          + (words == null
              ? ""
              : " AND (lower(n.reference) LIKE :words"
                  + Like.ESCAPE
                  + " OR lower(n.subject) LIKE :words"
                  + Like.ESCAPE
                  + ")")
          + (unreadOnly ? " AND n.readAt IS NULL" : "");
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query, String subject) {
      query.setParameter("me", subject);
      return words == null ? query : query.setParameter("words", Like.containing(words));
    }
  }

  /** A page of my newest messages that the filter keeps, with how many it keeps in all. */
  @ReadOnly
  public InboxPage page(String subject, Filter filter, int offset, int limit) {
    long total =
        filter
            .bind(
                em.createQuery(
                    "SELECT count(n) FROM Notification n WHERE " + filter.where(), Long.class),
                subject)
            .getSingleResult();
    List<NotificationView> shown =
        filter
            .bind(
                em.createQuery(
                    "SELECT n FROM Notification n WHERE "
                        + filter.where()
                        + " ORDER BY n.createdAt DESC, n.id",
                    Notification.class),
                subject)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultStream()
            .map(NotificationView::of)
            .toList();
    return new InboxPage(shown, total, unread(subject), offset, limit);
  }

  /** The person's notifications recorded after {@code after}, oldest first. */
  @ReadOnly
  public List<NotificationView> since(String subject, Instant after, int limit) {
    return em.createQuery(
            "FROM Notification WHERE recipientSubject = :me AND createdAt > :after"
                + " ORDER BY createdAt, id",
            Notification.class)
        .setParameter("me", subject)
        .setParameter("after", after)
        .setMaxResults(limit)
        .getResultStream()
        .map(NotificationView::of)
        .toList();
  }

  /**
   * The person's notifications recorded from now on, as they come: read from the database, so that
   * a notification recorded by any instance of the service reaches a client of any other.
   */
  public Multi<NotificationView> live(String subject) {
    AtomicReference<Instant> seen = new AtomicReference<>(clock.instant());
    return Multi.createFrom()
        .ticks()
        .every(POLL)
        .emitOn(Infrastructure.getDefaultWorkerPool())
        .onItem()
        .transformToIterable(
            tick -> {
              List<NotificationView> fresh = since(subject, seen.get(), 100);
              if (!fresh.isEmpty()) {
                seen.set(fresh.get(fresh.size() - 1).createdAt());
              }
              return fresh;
            });
  }

  /**
   * One of the person's notifications.
   *
   * @throws Refusal not found for someone else's notification
   */
  @ReadOnly
  public NotificationView one(String subject, UUID id) {
    Notification n = em.find(Notification.class, id);
    if (n == null || !n.recipientSubject.equals(subject)) {
      throw Refusal.notFound();
    }
    return NotificationView.of(n);
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
   * Delivery may update the same notification (sent, attempts) at the same moment; the person's
   * change then meets a newer version, and is made again on the fresh row rather than refused.
   *
   * @throws Refusal not found for someone else's notification
   */
  public void markRead(String subject, UUID id) {
    for (int attempt = 1; ; attempt++) {
      try {
        QuarkusTransaction.requiringNew().run(() -> markReadOnce(subject, id));
        return;
      } catch (RuntimeException e) {
        if (attempt == 3 || !isOptimisticConflict(e)) {
          throw e;
        }
      }
    }
  }

  private static boolean isOptimisticConflict(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof jakarta.persistence.OptimisticLockException
          || cause instanceof org.hibernate.StaleStateException) {
        return true;
      }
      if (cause == cause.getCause()) {
        return false;
      }
    }
    return false;
  }

  private void markReadOnce(String subject, UUID id) {
    Notification n = em.find(Notification.class, id);
    if (n == null || !n.recipientSubject.equals(subject)) {
      throw Refusal.notFound();
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
