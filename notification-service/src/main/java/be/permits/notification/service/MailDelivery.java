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
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends due notifications by SMTP. Rows are locked with SKIP LOCKED, so several instances share the
 * work without sending a message twice. Sent and failed deliveries publish their event in the same
 * transaction as the new status.
 */
@ApplicationScoped
public class MailDelivery {
  private static final Logger LOG = Logger.getLogger(MailDelivery.class);
  private static final String ACTOR = "system:notification-service";
  private static final int BATCH = 20;

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

  /** Attempts one batch of due notifications; returns how many were attempted. */
  @Transactional
  public int deliverBatch() {
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
    for (UUID id : due) {
      attempt(em.find(Notification.class, id), now);
    }
    return due.size();
  }

  private void attempt(Notification n, Instant now) {
    try {
      mailer.send(
          Mail.withText(n.recipientEmail, n.subject, n.bodyText)
              .setHtml(n.bodyHtml)
              .addHeader("X-Permit-Notification", n.id.toString()));
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
    } catch (RuntimeException e) {
      LOG.warnf(
          "Notification %s: delivery attempt %d failed: %s", n.id, n.attempts + 1, e.getMessage());
      n.attemptFailed(
          e.getMessage(), now, config.delivery().maxAttempts(), config.delivery().firstRetry());
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
