package be.permits.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import be.permits.notification.domain.Notification;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryStateTest {
  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void failedAttemptsBackOffExponentiallyAndGiveUpAfterTheLimit() {
    Notification n = new Notification();
    n.status = Notification.Status.PENDING;
    n.attemptFailed("connection refused", NOW, 3, Duration.ofSeconds(30));
    assertEquals(NOW.plusSeconds(30), n.nextAttemptAt);
    n.attemptFailed("connection refused", NOW, 3, Duration.ofSeconds(30));
    assertEquals(NOW.plusSeconds(60), n.nextAttemptAt);
    assertEquals(Notification.Status.PENDING, n.status);
    n.attemptFailed("x".repeat(2000), NOW, 3, Duration.ofSeconds(30));
    assertEquals(Notification.Status.FAILED, n.status);
    assertEquals(3, n.attempts);
    assertEquals(500, n.lastError.length());
    assertNull(n.nextAttemptAt);
  }

  @Test
  void aDeliveryRecordsItsAttempt() {
    Notification n = new Notification();
    n.status = Notification.Status.PENDING;
    n.delivered(NOW);
    assertEquals(Notification.Status.SENT, n.status);
    assertEquals(1, n.attempts);
    assertEquals(NOW, n.sentAt);
  }
}
