package be.permits.contracts;

/** Names of the CloudEvents extension attributes the suite adds to every event. */
public final class CloudEventAttributes {
  /** Who caused the event: the subject of the acting user's token, or {@code system:<service>}. */
  public static final String ACTOR = "actor";

  private CloudEventAttributes() {}
}
