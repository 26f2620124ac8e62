package be.permits.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/** {@code notification.failed.v1}: delivery gave up after its bounded number of attempts. */
public record NotificationFailed(
    UUID notificationId,
    UUID applicationId,
    UUID causeEventId,
    String kind,
    String channel,
    String recipient,
    int attempts,
    String reason,
    Instant failedAt) {}
