package be.permits.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Signed access tokens as the suite's Keycloak realm issues them (realm roles under {@code
 * realm_access}, the {@code agency} and {@code organisation} claims), signed with the key of the
 * OIDC test server ({@code OidcWiremockTestResource}) so that the services verify them for real.
 */
public final class TestTokens {
  public static final String ISSUER = "https://server.example.com";
  public static final String AUDIENCE = "https://server.example.com";

  private TestTokens() {}

  /** An applicant acting for {@code organisation}. */
  public static String applicant(String user, String organisation) {
    return token(user, Set.of("applicant"), Map.of("organisation", organisation, "locale", "fr"));
  }

  /** A reviewer of {@code agency} (its claim value, e.g. {@code state-security}). */
  public static String reviewer(String user, String agency) {
    return token(user, Set.of("reviewer"), Map.of("agency", agency));
  }

  public static String withRoles(String user, String... roles) {
    return token(user, Set.of(roles), Map.of());
  }

  /** A token for {@code user} (also its subject) with realm roles and extra claims. */
  public static String token(String user, Set<String> roles, Map<String, Object> claims) {
    return sign(claims(user, roles, claims));
  }

  /** A well-signed applicant token issued for another audience, or by another issuer. */
  public static String foreign(String user, String issuer, String audience) {
    return sign(
        claims(user, Set.of("applicant"), Map.of("organisation", "skyway"))
            .issuer(issuer)
            .audience(audience));
  }

  /** A token that expired an hour ago. */
  public static String expired(String user, String... roles) {
    Instant past = Instant.now().minusSeconds(3600);
    return sign(
        claims(user, Set.of(roles), Map.of()).issuedAt(past.minusSeconds(300)).expiresAt(past));
  }

  private static JwtClaimsBuilder claims(
      String user, Set<String> roles, Map<String, Object> claims) {
    JwtClaimsBuilder builder =
        Jwt.claims()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject("sub-" + user)
            .preferredUserName(user)
            .claim("name", user.substring(0, 1).toUpperCase() + user.substring(1))
            .claim("email", user + "@example.org")
            .claim("realm_access", Map.of("roles", List.copyOf(roles)))
            // Tests keep tokens in constants for a whole run, which outlasts the library's
            // five-minute default on a slow machine (a 401 mid-suite, seen in CI).
            .expiresIn(Duration.ofHours(3));
    claims.forEach(builder::claim);
    return builder;
  }

  private static String sign(JwtClaimsBuilder claims) {
    return claims.jws().keyId("1").sign("privateKey.jwk");
  }
}
