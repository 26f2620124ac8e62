package be.permits.contracts.review;

/** What the agency that set a condition finds of the operator's evidence, or of its absence. */
public enum EvidenceOutcome {
  /** The condition is kept for the period; the next evidence is due a period later, if any. */
  ACCEPTED,
  /** The evidence does not show it yet: the operator completes it, by the same due date. */
  MORE_INFORMATION,
  /** The condition is not kept: an enforcement case opens. */
  BREACH
}
