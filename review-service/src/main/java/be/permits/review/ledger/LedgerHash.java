package be.permits.review.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The ledger's hashes: an entry's canonical line of its fields, the previous entry's hash first;
 * SHA-256 over that line chains each entry to all before it, and the same line is the entry's leaf
 * in the Merkle tree (RFC 9162: SHA-256 of 0x00 and the line). The offline verifier uses the same
 * rules.
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

  /** The canonical line of an entry: what its hash and its Merkle leaf are computed from. */
  public static String line(
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
    return line;
  }
}
