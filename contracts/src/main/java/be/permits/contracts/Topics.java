package be.permits.contracts;

import java.util.List;

/**
 * Kafka topics. Every record of the application topics is keyed by application id, so one
 * application's events stay in order; the ledger's checkpoints and the witness's answers are keyed
 * by the ledger's origin, so that they stay in order too.
 */
public final class Topics {
  public static final String PERMIT_EVENTS = "permit-events";
  public static final String REVIEW_EVENTS = "review-events";
  public static final String NOTIFICATION_EVENTS = "notification-events";
  public static final String LEDGER_EVENTS = "ledger-events";
  public static final String WITNESS_EVENTS = "witness-events";

  /** Suffix of the dead-letter topic that a consumer uses for records it cannot process. */
  public static final String DEAD_LETTER_SUFFIX = "-dlq";

  public static final List<String> ALL =
      List.of(PERMIT_EVENTS, REVIEW_EVENTS, NOTIFICATION_EVENTS, LEDGER_EVENTS, WITNESS_EVENTS);

  private Topics() {}

  public static String deadLetter(String topic) {
    return topic + DEAD_LETTER_SUFFIX;
  }
}
