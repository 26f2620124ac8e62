package be.permits.review.service;

import be.permits.support.refusal.Refusal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What the public sends without an account (observations to an inquiry, appeals) has in common: a
 * confirmation token that only the sender's mailbox receives (kept as its hash), PDFs recognised by
 * their content, and network addresses kept only as keyed hashes.
 */
final class PublicSenders {
  private static final SecureRandom RANDOM = new SecureRandom();

  private PublicSenders() {}

  /** A new confirmation token, 256 random bits in URL-safe base64. */
  static String newToken() {
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  /**
   * The hash to look a token up by.
   *
   * @throws Refusal not found for anything that cannot be a token
   */
  static String tokenHash(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{32,64}")) {
      throw Refusal.notFound();
    }
    return sha256(token);
  }

  /** Whether {@code bytes} start as a PDF does. */
  static boolean isPdf(byte[] bytes) {
    return bytes.length >= 5
        && bytes[0] == '%'
        && bytes[1] == 'P'
        && bytes[2] == 'D'
        && bytes[3] == 'F'
        && bytes[4] == '-';
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
