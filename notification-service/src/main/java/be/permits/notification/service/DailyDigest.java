package be.permits.notification.service;

import be.permits.notification.config.NotificationsConfig;
import be.permits.notification.domain.Notification;
import be.permits.notification.domain.Notification.Kind;
import be.permits.support.time.SuiteTime;
import be.permits.support.transaction.ReadOnly;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Once a day, each reviewer of an agency that chose a summary gets one message listing the steps
 * held for them; the held notifications are then marked as delivered within it. Safe with several
 * instances: the held rows are locked with SKIP LOCKED, and one summary per person per day.
 */
@ApplicationScoped
public class DailyDigest {
  @Inject EntityManager em;
  @Inject Notifications notifications;
  @Inject Clock clock;

  @Inject NotificationsConfig config;

  @Scheduled(
      identity = "daily-digest",
      cron = "${notifications.digest.cron:0 0 7 * * ?}",
      timeZone = SuiteTime.ZONE_ID,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void sendAll() {
    for (String recipient : recipientsWaiting()) {
      summarise(recipient);
    }
  }

  @ReadOnly
  public List<String> recipientsWaiting() {
    return em.createQuery(
            "SELECT DISTINCT n.recipientSubject FROM Notification n WHERE n.status = :held",
            String.class)
        .setParameter("held", Notification.Status.DIGEST)
        .getResultList();
  }

  /** Sends one person's summary of what is held for them; answers how many items it lists. */
  @Transactional
  public int summarise(String recipient) {
    // One summary per person even when two instances run the job at once: the person is locked
    // first. Row locks alone let two jobs split the held items (SKIP LOCKED skips what the other
    // has locked so far) and send two summaries.
    em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext('digest:' || :who))")
        .setParameter("who", recipient)
        .getSingleResult();
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        em.createNativeQuery(
                "SELECT id FROM notification WHERE recipient_subject = :who AND status = 'DIGEST'"
                    + " ORDER BY created_at FOR UPDATE",
                UUID.class)
            .setParameter("who", recipient)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    List<Notification> held = ids.stream().map(id -> em.find(Notification.class, id)).toList();
    Notification first = held.get(0);
    Instant now = clock.instant();
    LocalDate day = now.atZone(SuiteTime.ZONE).toLocalDate();
    Map<String, Object> data = new HashMap<>();
    data.put("reference", "");
    data.put("items", held.stream().map(n -> n.subject).toList());
    data.put("day", day.toString());
    data.put("link", config.publicUrl() + "/desk");
    UUID cause =
        UUID.nameUUIDFromBytes(
            ("digest:" + recipient + ":" + day + ":" + first.id).getBytes(StandardCharsets.UTF_8));
    notifications.notify(
        cause,
        first.applicationId,
        Kind.DAILY_DIGEST,
        new be.permits.contracts.Contact(recipient, null, first.recipientEmail, first.locale),
        data);
    for (Notification n : held) {
      n.status = Notification.Status.DIGESTED;
      n.sentAt = now;
    }
    return held.size();
  }
}
