package be.permits.contracts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The capacity in which someone caused an event, carried by every event (CloudEvents extension
 * {@code actorrole}) and recorded by the audit ledger as the event states it.
 */
public enum ActorRole {
  APPLICANT,
  REVIEWER,
  AUDITOR,
  ADMIN,
  SYSTEM,
  /** A member of the public, not signed in: someone who sends an observation to an inquiry. */
  PUBLIC;

  /** As the event attribute and the ledger write it: {@code applicant}, {@code reviewer}, ... */
  public String attribute() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ActorRole> fromAttribute(String value) {
    return Arrays.stream(values()).filter(r -> r.attribute().equals(value)).findFirst();
  }
}
