package be.permits.notification.service;

import be.permits.contracts.EventType;
import be.permits.contracts.notification.NotificationFailed;
import be.permits.contracts.notification.NotificationSent;
import be.permits.notification.config.NotificationsConfig;
import be.permits.notification.domain.Notification;
import be.permits.support.observability.BusinessMetrics;
import be.permits.support.outbox.Outbox;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends due notifications by SMTP, in three steps so that no transaction waits on the SMTP server:
 * a short transaction claims a batch of due rows (locked with SKIP LOCKED, so that several
 * instances share the work) by moving their next attempt a lease ahead; the messages are sent with
 * no transaction open; a short transaction per message records the outcome, with its event ({@code
 * notification.sent} or, after the last attempt, {@code notification.failed}).
 *
 * <p>A crash between the send and the record leaves the row due again once its lease ends, and the
 * message is sent again: delivery is at least once. Each message carries its notification's id as
 * {@code Message-ID}, by which a receiving server (and the fault test) tells a repeat from a new
 * message.
 */
@ApplicationScoped
public class MailDelivery {
  private static final Logger LOG = Logger.getLogger(MailDelivery.class);
  private static final String ACTOR = "system:notification-service";
  private static final int BATCH = 20;

  /** How long a claimed message is left to its sender before it is due again. */
  private static final Duration LEASE = Duration.ofMinutes(2);

  @Inject EntityManager em;
  @Inject Mailer mailer;
  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject BusinessMetrics metrics;

  @Inject NotificationsConfig config;

  @Scheduled(
      every = "${notifications.delivery.every:1s}",
      delayed = "1s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void deliverDue() {
    while (deliverBatch() == BATCH) {
      // A full batch means more may be due.
    }
  }

  /** A claimed message, as it goes to the SMTP server. */
  record Outgoing(UUID id, String to, String subject, String text, String html) {}

  /** Attempts one batch of due notifications; returns how many were attempted. */
  public int deliverBatch() {
    List<Outgoing> claimed = QuarkusTransaction.requiringNew().call(this::claim);
    for (Outgoing mail : claimed) {
      String error = send(mail);
      QuarkusTransaction.requiringNew().run(() -> record(mail.id(), error));
    }
    return claimed.size();
  }

  private List<Outgoing> claim() {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<UUID> due =
        em.createNativeQuery(
                "SELECT id FROM notification WHERE status = 'PENDING' AND next_attempt_at <= :now"
                    + " ORDER BY next_attempt_at LIMIT :batch FOR UPDATE SKIP LOCKED",
                UUID.class)
            .setParameter("now", now)
            .setParameter("batch", BATCH)
            .getResultList();
    List<Outgoing> claimed = new java.util.ArrayList<>();
    for (UUID id : due) {
      Notification n = em.find(Notification.class, id);
      n.nextAttemptAt = now.plus(LEASE);
      claimed.add(new Outgoing(n.id, n.recipientEmail, n.subject, n.bodyText, n.bodyHtml));
    }
    return claimed;
  }

  /** Sends the message; answers why it failed, or {@code null}. */
  private String send(Outgoing mail) {
    try {
      mailer.send(
          Mail.withText(mail.to(), mail.subject(), mail.text())
              .setHtml(mail.html())
              .addHeader("Message-ID", "<" + mail.id() + "@permits.example>")
              .addHeader("X-Permit-Notification", mail.id().toString()));
      return null;
    } catch (RuntimeException e) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }

  private void record(UUID id, String error) {
    Notification n = em.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (n == null || n.status != Notification.Status.PENDING) {
      return;
    }
    Instant now = clock.instant();
    if (error == null) {
      n.delivered(now);
      outbox.publish(
          EventType.NOTIFICATION_SENT,
          n.applicationId,
          new NotificationSent(
              n.id,
              n.applicationId,
              n.causeEventId,
              n.kind.name(),
              n.channel,
              n.recipientSubject,
              n.attempts,
              now),
          ACTOR);
      metrics.countOnCommit("permits.notifications.sent", "kind", n.kind.name());
    } else {
      LOG.warnf("Notification %s: delivery attempt %d failed: %s", n.id, n.attempts + 1, error);
      n.attemptFailed(error, now, config.delivery().maxAttempts(), config.delivery().firstRetry());
      if (n.status == Notification.Status.FAILED) {
        outbox.publish(
            EventType.NOTIFICATION_FAILED,
            n.applicationId,
            new NotificationFailed(
                n.id,
                n.applicationId,
                n.causeEventId,
                n.kind.name(),
                n.channel,
                n.recipientSubject,
                n.attempts,
                n.lastError,
                now),
            ACTOR);
        metrics.countOnCommit("permits.notifications.failed", "kind", n.kind.name());
      }
    }
  }
}
