package be.permits.review.service;

import be.permits.support.security.Actor;

/**
 * The actor of what the service does on its own, without a person asking: routing a submission,
 * opening the deciding authority's step, escalating an overdue step.
 */
final class SystemActor {
  static final Actor ACTOR = Actor.system("review-service");
  static final String NAME = ACTOR.subject();

  private SystemActor() {}
}
