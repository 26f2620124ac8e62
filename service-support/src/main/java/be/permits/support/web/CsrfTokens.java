package be.permits.support.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF tokens bound to one person's session: {@code <random>.<mac>}, where the MAC (HMAC-SHA256,
 * keyed from the session secret that every service shares) covers the random part and the session's
 * binding (the person's subject and Keycloak session id). A token issued to one session does not
 * verify in another, even when an attacker plants both the cookie and the field.
 */
public final class CsrfTokens {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int RANDOM_BYTES = 24;

  private final byte[] key;

  public CsrfTokens(String sessionSecret) {
    try {
      // A key of its own, derived from the session secret, so that the two uses never meet.
      key =
          MessageDigest.getInstance("SHA-256")
              .digest(("csrf|" + sessionSecret).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** A new token for the session {@code binding}. */
  public String issue(String binding) {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    String random = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return random + "." + mac(random, binding);
  }

  /** Whether {@code token} was issued to the session {@code binding}. */
  public boolean isFor(String token, String binding) {
    if (token == null || token.length() > 128) {
      return false;
    }
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return false;
    }
    String expected = mac(token.substring(0, dot), binding);
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
  }

  private String mac(String random, String binding) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] tag = hmac.doFinal((random + "|" + binding).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
    }
  }
}
