package be.permits.review.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The ledger's hashes: SHA-256 over a canonical line of an entry's fields, the previous entry's
 * hash first, so that each entry seals all before it. The offline verifier uses the same rules.
 */
public final class LedgerHash {
  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private LedgerHash() {}

  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }

  /** Timestamps enter the hash at microseconds, the precision the database keeps. */
  public static Instant stored(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  public static String entryHash(
      String prevHash,
      long seq,
      Instant recordedAt,
      UUID eventId,
      String source,
      String action,
      UUID applicationId,
      String actor,
      String actorRole,
      String actorAgency,
      String payloadHash) {
    String line =
        String.join(
            "|",
            prevHash,
            Long.toString(seq),
            stored(recordedAt).toString(),
            String.valueOf(eventId),
            source,
            action,
            String.valueOf(applicationId),
            actor,
            String.valueOf(actorRole),
            String.valueOf(actorAgency),
            payloadHash);
    return sha256(line);
  }
}
