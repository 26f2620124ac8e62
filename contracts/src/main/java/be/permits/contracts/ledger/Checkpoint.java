package be.permits.contracts.ledger;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The body of a checkpoint (C2SP tlog-checkpoint): the log's origin, the tree size and the root
 * hash, one per line, and one extension line with the time the log signed it ({@code time
 * <ISO-8601>}). Witnesses vouch for the first three lines only; the time is the log's word.
 */
public record Checkpoint(String origin, long size, byte[] rootHash, Instant signedAt) {
  private static final String TIME = "time ";

  public Checkpoint {
    if (origin.isBlank() || origin.contains("\n")) {
      throw new IllegalArgumentException("An origin is one line");
    }
    if (size < 0) {
      throw new IllegalArgumentException("A tree has no negative size");
    }
    if (rootHash.length != MerkleTree.HASH_BYTES) {
      throw new IllegalArgumentException("A root hash has 32 bytes");
    }
    rootHash = rootHash.clone();
  }

  @Override
  public byte[] rootHash() {
    return rootHash.clone();
  }

  /** The note text of this checkpoint, ending with a newline. */
  public String text() {
    return origin
        + "\n"
        + size
        + "\n"
        + Base64.getEncoder().encodeToString(rootHash)
        + "\n"
        + TIME
        + signedAt
        + "\n";
  }

  /** Reads a checkpoint's text; refuses anything that is not one. */
  public static Checkpoint parse(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length != 5 || !lines[4].isEmpty() || !lines[3].startsWith(TIME)) {
      throw new IllegalArgumentException(
          "A checkpoint is four lines: origin, size, root hash and time");
    }
    try {
      long size = Long.parseLong(lines[1]);
      if (!lines[1].equals(Long.toString(size))) {
        throw new IllegalArgumentException("The size is a decimal without leading zeros");
      }
      return new Checkpoint(
          lines[0],
          size,
          Base64.getDecoder().decode(lines[2]),
          Instant.parse(lines[3].substring(TIME.length())));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("Not a checkpoint: " + e.getMessage(), e);
    }
  }

  /** Whether both name the same tree: same origin, size and root. */
  public boolean sameTree(Checkpoint other) {
    return origin.equals(other.origin)
        && size == other.size
        && Arrays.equals(rootHash, other.rootHash);
  }
}
