package be.permits.contracts;

/** The legal basis on which personal data goes to a country outside the EU/EEA (GDPR chapter V). */
public enum TransferBasis {
  /** The Commission found the country's protection adequate (art. 45). */
  ADEQUACY_DECISION,
  /** Standard contractual clauses (art. 46(2)(c)). */
  STANDARD_CONTRACTUAL_CLAUSES,
  /** Binding corporate rules of the group (art. 47). */
  BINDING_CORPORATE_RULES,
  /** A derogation for a specific situation, such as consent (art. 49). */
  DEROGATION,
  /** The operator names no basis. */
  NONE
}
