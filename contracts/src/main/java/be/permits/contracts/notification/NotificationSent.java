package be.permits.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/** {@code notification.sent.v1}: a notification was delivered on a channel. */
public record NotificationSent(
    UUID notificationId,
    UUID applicationId,
    UUID causeEventId,
    String kind,
    String channel,
    String recipient,
    int attempts,
    Instant sentAt) {}
