package be.permits.support.security;

import be.permits.contracts.ActorRole;
import be.permits.contracts.Agency;

/**
 * Who causes an event, as the event states it: the subject of the person's token (or {@code
 * system:<service>}), the capacity in which they act, and the agency they act for, if any.
 */
public record Actor(String subject, ActorRole role, Agency agency) {
  public Actor {
    if (subject == null || subject.isBlank() || role == null) {
      throw new IllegalArgumentException("An actor has a subject and a role");
    }
  }

  /** A person acting for an applicant organisation (or for themselves). */
  public static Actor applicant(Caller caller) {
    return new Actor(caller.subject(), ActorRole.APPLICANT, null);
  }

  /** A reviewer acting for their agency. */
  public static Actor reviewer(Caller caller) {
    return new Actor(caller.subject(), ActorRole.REVIEWER, caller.agency());
  }

  /** An auditor reading the history. */
  public static Actor auditor(Caller caller) {
    return new Actor(caller.subject(), ActorRole.AUDITOR, null);
  }

  /** A service acting on its own (routing, escalation, delivery, checkpoints). */
  public static Actor system(String service) {
    return new Actor("system:" + service, ActorRole.SYSTEM, null);
  }

  /** A member of the public, named by what they sent (never by their name or address). */
  public static Actor publicPerson(String what) {
    return new Actor("public:" + what, ActorRole.PUBLIC, null);
  }
}
