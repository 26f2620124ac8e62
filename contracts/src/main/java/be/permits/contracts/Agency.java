package be.permits.contracts;

/**
 * The authorities that review an application. The lower-case {@link #claim()} is the value of the
 * {@code agency} attribute on the agency's Keycloak group, and so of the {@code agency} token
 * claim.
 */
public enum Agency {
  /**
   * The coordinating officials (the technical and delegated officials of the Walloon permis
   * unique): they check that a file is complete before the review opens, and are no reviewing
   * agency of its substance.
   */
  COORDINATION,
  URBAN_PLANNING,
  ENVIRONMENT,
  CUSTOMS,
  STATE_SECURITY,
  DATA_PROTECTION,
  FDI_SCREENING,
  DECIDING_AUTHORITY,
  /**
   * The appeal authority (the Walloon government, for a permis unique): it decides the appeals
   * against a decision, and its decision replaces the first.
   */
  APPEAL_AUTHORITY;

  /** The constants as one regular expression, for the bounds of request parameters. */
  public static final String PATTERN =
      "COORDINATION|URBAN_PLANNING|ENVIRONMENT|CUSTOMS|STATE_SECURITY|DATA_PROTECTION|FDI_SCREENING"
          + "|DECIDING_AUTHORITY|APPEAL_AUTHORITY";

  public String claim() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The agency named by a token claim, or {@code null} when the claim names none. */
  public static Agency fromClaim(String claim) {
    if (claim == null) {
      return null;
    }
    for (Agency agency : values()) {
      if (agency.claim().equals(claim)) {
        return agency;
      }
    }
    return null;
  }
}
