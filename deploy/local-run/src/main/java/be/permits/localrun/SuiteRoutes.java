package be.permits.localrun;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which part of the suite owns each path prefix of the single origin, most specific first; "/"
 * catches the rest. The local entry point routes by it, and the Kubernetes Ingress must give the
 * same table (a manifest test compares them).
 */
public final class SuiteRoutes {
  public static final String KEYCLOAK = "keycloak";

  /**
   * What of Keycloak a production origin exposes: the realms (login, tokens, account) and the
   * resources of its pages, as Keycloak's guide recommends; not the administration console, health
   * or metrics. The local run exposes all of {@code /auth/} for its demo console.
   */
  public static final List<String> KEYCLOAK_PUBLIC_PREFIXES =
      List.of("/auth/realms/", "/auth/resources/");

  /** Path prefix to owner: {@link #KEYCLOAK} or a service name. */
  public static final Map<String, String> OWNERS;

  static {
    Map<String, String> owners = new LinkedHashMap<>();
    owners.put("/auth/", KEYCLOAK);
    owners.put("/api/cases", "review-service");
    owners.put("/api/admin/", "review-service");
    owners.put("/api/audit/", "review-service");
    owners.put("/desk", "review-service");
    owners.put("/audit", "review-service");
    owners.put("/inquiries", "review-service");
    owners.put("/timetables", "review-service");
    owners.put("/figures", "review-service");
    owners.put("/api/figures", "review-service");
    owners.put("/api/absences", "review-service");
    owners.put("/api/team", "review-service");
    owners.put("/appeals", "review-service");
    owners.put("/decisions/", "review-service");
    owners.put("/api/decisions/", "review-service");
    owners.put("/api/notifications", "notification-service");
    owners.put("/inbox", "notification-service");
    owners.put("/api/applications", "permit-service");
    owners.put("/", "permit-service");
    OWNERS = Collections.unmodifiableMap(owners);
  }

  private SuiteRoutes() {}
}
