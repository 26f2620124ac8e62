package be.permits.review.service;

/**
 * The actor of what the service does on its own, without a person asking: routing a submission,
 * opening the deciding authority's step, escalating an overdue step.
 */
final class SystemActor {
  static final String NAME = "system:review-service";

  private SystemActor() {}
}
