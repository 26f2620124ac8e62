package be.permits.support.security;

/** Realm roles of the suite's Keycloak realm. */
public final class Roles {
  public static final String APPLICANT = "applicant";
  public static final String REVIEWER = "reviewer";

  /** A coordinating official: decides whether a file is complete (with {@link #REVIEWER}). */
  public static final String COORDINATOR = "coordinator";

  /** A finance officer: reconciles the authority's bank statements with the fees asked. */
  public static final String FINANCE = "finance";

  /**
   * An agency's lead (with {@link #REVIEWER}): sees each reviewer's load and hands steps from one
   * reviewer to another.
   */
  public static final String LEAD = "lead";

  public static final String AUDITOR = "auditor";
  public static final String ADMIN = "admin";

  private Roles() {}
}
