package be.permits.contracts;

/** Names of the CloudEvents extension attributes the suite adds to every event. */
public final class CloudEventAttributes {
  /** Who caused the event: the subject of the acting user's token, or {@code system:<service>}. */
  public static final String ACTOR = "actor";

  /** In which capacity the actor acted ({@link ActorRole#attribute}). */
  public static final String ACTOR_ROLE = "actorrole";

  /** The agency the actor acted for ({@link Agency#name}); absent when they acted for none. */
  public static final String ACTOR_AGENCY = "actoragency";

  /**
   * The W3C trace context of the change that caused the event (CloudEvents distributed tracing
   * extension); absent when that change ran outside a trace.
   */
  public static final String TRACEPARENT = "traceparent";

  private CloudEventAttributes() {}
}
