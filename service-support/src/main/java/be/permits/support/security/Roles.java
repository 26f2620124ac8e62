package be.permits.support.security;

/** Realm roles of the suite's Keycloak realm. */
public final class Roles {
  public static final String APPLICANT = "applicant";
  public static final String REVIEWER = "reviewer";
  public static final String AUDITOR = "auditor";
  public static final String ADMIN = "admin";

  private Roles() {}
}
