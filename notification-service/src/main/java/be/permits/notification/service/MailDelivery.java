package be.permits.notification.service;

import be.permits.contracts.EventType;
import be.permits.contracts.notification.NotificationFailed;
import be.permits.contracts.notification.NotificationSent;
import be.permits.notification.config.NotificationsConfig;
import be.permits.notification.domain.Notification;
import be.permits.support.observability.BusinessMetrics;
import be.permits.support.outbox.Outbox;
import be.permits.support.security.Actor;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Sends due notifications by SMTP, in three steps so that no transaction waits on the SMTP server:
 * a short transaction claims a batch of due rows (locked with SKIP LOCKED, so that several
 * instances share the work) by moving their next attempt a lease ahead; the batch's messages are
 * sent side by side over the mailer's pooled connections, with no transaction open; one short
 * transaction records every outcome of the batch (each alone if that fails), each with its event
 * ({@code notification.sent}, stamped when the server took the message, or, after the last attempt,
 * {@code notification.failed}). One message at a time, with a commit each, held delivery to a few
 * messages per second while each submission makes about ten.
 *
 * <p>A crash between the send and the record leaves the row due again once its lease ends, and the
 * message is sent again: delivery is at least once. Each message carries its notification's id as
 * {@code Message-ID}, by which a receiving server (and the fault test) tells a repeat from a new
 * message.
 */
@ApplicationScoped
public class MailDelivery {
  private static final Logger LOG = Logger.getLogger(MailDelivery.class);
  private static final Actor ACTOR = Actor.system("notification-service");
  private static final int BATCH = 50;

  /** How long the batch waits for the SMTP server's answers; a message without one is retried. */
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

  /** How long a claimed message is left to its sender before it is due again. */
  private static final Duration LEASE = Duration.ofMinutes(2);

  @Inject EntityManager em;
  @Inject ReactiveMailer mailer;
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

  /** What became of a message: when the SMTP server took it, or why it did not. */
  record Outcome(Instant acceptedAt, String error) {}

  /** Attempts one batch of due notifications; returns how many were attempted. */
  public int deliverBatch() {
    List<Outgoing> claimed = QuarkusTransaction.requiringNew().call(this::claim);
    if (claimed.isEmpty()) {
      return 0;
    }
    List<CompletableFuture<Outcome>> sending = claimed.stream().map(this::send).toList();
    long deadline = System.nanoTime() + SEND_TIMEOUT.toNanos();
    Map<UUID, Outcome> outcomes = new TreeMap<>();
    for (int i = 0; i < claimed.size(); i++) {
      outcomes.put(claimed.get(i).id(), awaitOutcome(sending.get(i), deadline));
    }
    try {
      QuarkusTransaction.requiringNew().run(() -> record(outcomes));
    } catch (RuntimeException e) {
      // One row's trouble (a deadlock with a person marking their inbox read, say) must not leave
      // the whole batch to be sent again when its lease ends: each outcome is then kept alone.
      LOG.warnf(
          "Recording a batch of %d deliveries failed, recording each: %s", outcomes.size(), e);
      outcomes.forEach(
          (id, outcome) -> {
            try {
              QuarkusTransaction.requiringNew().run(() -> record(Map.of(id, outcome)));
            } catch (RuntimeException alone) {
              LOG.errorf("Notification %s: its delivery could not be recorded: %s", id, alone);
            }
          });
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

  /** Starts sending the message; completes with when the server took it, or why not. */
  private CompletableFuture<Outcome> send(Outgoing mail) {
    try {
      return mailer
          .send(
              Mail.withText(mail.to(), mail.subject(), mail.text())
                  .setHtml(mail.html())
                  .addHeader("Message-ID", "<" + mail.id() + "@permits.example>")
                  .addHeader("X-Permit-Notification", mail.id().toString()))
          .subscribeAsCompletionStage()
          .handle(
              (sent, error) ->
                  error == null
                      ? new Outcome(clock.instant(), null)
                      : new Outcome(null, reason(error)));
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(new Outcome(null, reason(e)));
    }
  }

  private static Outcome awaitOutcome(CompletableFuture<Outcome> outcome, long deadline) {
    try {
      return outcome.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      // Cancelling the stage cancels the send; the message may still have reached the server,
      // and is then sent again (at least once).
      outcome.cancel(true);
      return new Outcome(
          null, "no answer from the SMTP server within " + SEND_TIMEOUT.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(null, "interrupted while sending");
    } catch (ExecutionException e) {
      return new Outcome(null, reason(e.getCause()));
    }
  }

  private static String reason(Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  /**
   * Records the batch's outcomes in one transaction, locking the rows in id order, as every batch
   * does, so that two batches cannot deadlock; a row no longer pending (delivered by an instance
   * whose lease outlived ours) is left as it is.
   */
  private void record(Map<UUID, Outcome> outcomes) {
    List<Notification> rows =
        em.createQuery("FROM Notification WHERE id IN :ids ORDER BY id", Notification.class)
            .setParameter("ids", outcomes.keySet())
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    for (Notification n : rows) {
      if (n.status == Notification.Status.PENDING) {
        record(n, outcomes.get(n.id));
      }
    }
  }

  private void record(Notification n, Outcome outcome) {
    Instant now = clock.instant();
    String error = outcome.error();
    if (error == null) {
      n.delivered(outcome.acceptedAt());
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
              outcome.acceptedAt()),
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
