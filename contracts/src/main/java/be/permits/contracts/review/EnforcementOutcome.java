package be.permits.contracts.review;

/**
 * How the deciding authority closes an enforcement case. Withdrawing the permit is a decision of
 * its own, not an outcome of this record.
 */
public enum EnforcementOutcome {
  /** The operator put it right: the condition is kept again. */
  REMEDIED,
  /** An administrative sanction was imposed on the operator, as the reason says. */
  SANCTIONED,
  /** On a closer look, the condition was not breached. */
  UNFOUNDED
}
