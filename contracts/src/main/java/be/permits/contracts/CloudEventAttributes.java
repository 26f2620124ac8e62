package be.permits.contracts;

/** Names of the CloudEvents extension attributes the suite adds to every event. */
public final class CloudEventAttributes {
  /** Who caused the event: the subject of the acting user's token, or {@code system:<service>}. */
  public static final String ACTOR = "actor";

  /**
   * The W3C trace context of the change that caused the event (CloudEvents distributed tracing
   * extension); absent when that change ran outside a trace.
   */
  public static final String TRACEPARENT = "traceparent";

  private CloudEventAttributes() {}
}
