package be.permits.contracts;

import java.util.List;

/**
 * Kafka topics. Every record is keyed by application id, so one application's events stay in order.
 */
public final class Topics {
  public static final String PERMIT_EVENTS = "permit-events";
  public static final String REVIEW_EVENTS = "review-events";
  public static final String NOTIFICATION_EVENTS = "notification-events";

  /** Suffix of the dead-letter topic that a consumer uses for records it cannot process. */
  public static final String DEAD_LETTER_SUFFIX = "-dlq";

  public static final List<String> ALL = List.of(PERMIT_EVENTS, REVIEW_EVENTS, NOTIFICATION_EVENTS);

  private Topics() {}

  public static String deadLetter(String topic) {
    return topic + DEAD_LETTER_SUFFIX;
  }
}
