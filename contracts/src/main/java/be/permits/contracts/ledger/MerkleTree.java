package be.permits.contracts.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The audit ledger's Merkle tree, as RFC 9162 (Certificate Transparency 2.0, section 2.1) defines
 * it: SHA-256, a leaf hashed with the prefix 0x00 and a node with 0x01, a tree of n leaves split at
 * the largest power of two below n. The log (review-service) builds proofs with it, the witness and
 * auditors verify them; the offline verifier in {@code tools/} implements the same rules on its
 * own, on purpose.
 *
 * <p>Proofs are built from the hashes of subtrees, named by their leaf {@link Range}s. Every range
 * a proof needs splits into <em>perfect</em> subtrees (a power of two of leaves, aligned on their
 * size), which is what a store keeps: {@link #perfectParts} names them, so that a store can fetch
 * them all at once, and {@link #hash(Range, Function)} combines them.
 */
public final class MerkleTree {
  public static final int HASH_BYTES = 32;

  private MerkleTree() {}

  /** Leaves {@code start} (inclusive) to {@code end} (exclusive). */
  public record Range(long start, long end) {
    public Range {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("No leaves in [" + start + ", " + end + ")");
      }
    }

    public long size() {
      return end - start;
    }

    /** A power of two of leaves, starting at a multiple of that size: a node a store keeps. */
    public boolean isPerfect() {
      return Long.bitCount(size()) == 1 && start % size() == 0;
    }

    /** The level of a perfect range: 0 for one leaf, 1 for two, and so on. */
    public int level() {
      return Long.numberOfTrailingZeros(size());
    }

    /** The index of a perfect range among the nodes of its level. */
    public long index() {
      return start >> level();
    }
  }

  public static byte[] leafHash(byte[] leaf) {
    MessageDigest sha = sha256();
    sha.update((byte) 0x00);
    sha.update(leaf);
    return sha.digest();
  }

  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest sha = sha256();
    sha.update((byte) 0x01);
    sha.update(left);
    sha.update(right);
    return sha.digest();
  }

  /** The largest power of two strictly below {@code n} (n ≥ 2): where RFC 9162 splits a tree. */
  static long split(long n) {
    return Long.highestOneBit(n - 1);
  }

  /**
   * The ranges whose hashes make the inclusion proof of leaf {@code index} in a tree of {@code
   * size} leaves, in proof order (RFC 9162, 2.1.3.1).
   */
  public static List<Range> inclusionRanges(long index, long size) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + size);
    }
    List<Range> path = new ArrayList<>();
    long start = 0;
    long end = size;
    List<Range> reversed = new ArrayList<>();
    while (end - start > 1) {
      long k = split(end - start);
      if (index < start + k) {
        reversed.add(new Range(start + k, end));
        end = start + k;
      } else {
        reversed.add(new Range(start, start + k));
        start = start + k;
      }
    }
    for (int i = reversed.size() - 1; i >= 0; i--) {
      path.add(reversed.get(i));
    }
    return path;
  }

  /**
   * The ranges whose hashes make the consistency proof from a tree of {@code first} leaves to one
   * of {@code second} (RFC 9162, 2.1.4.1); empty when both are the same size.
   */
  public static List<Range> consistencyRanges(long first, long second) {
    if (first <= 0 || first > second) {
      throw new IllegalArgumentException(
          "No consistency proof from " + first + " to " + second + " leaves");
    }
    List<Range> reversed = new ArrayList<>();
    long m = first;
    long start = 0;
    long end = second;
    boolean whole = true;
    while (m != end - start) {
      long k = split(end - start);
      if (m <= k) {
        reversed.add(new Range(start + k, end));
        end = start + k;
      } else {
        reversed.add(new Range(start, start + k));
        m -= k;
        start += k;
        whole = false;
      }
    }
    if (!whole) {
      reversed.add(new Range(start, end));
    }
    List<Range> proof = new ArrayList<>();
    for (int i = reversed.size() - 1; i >= 0; i--) {
      proof.add(reversed.get(i));
    }
    return proof;
  }

  /** The perfect subtrees that {@code range} is made of, left to right. */
  public static List<Range> perfectParts(Range range) {
    List<Range> parts = new ArrayList<>();
    long start = range.start();
    long end = range.end();
    while (start < end) {
      Range whole = new Range(start, end);
      if (whole.isPerfect()) {
        parts.add(whole);
        break;
      }
      long k = split(end - start);
      parts.add(new Range(start, start + k));
      start += k;
    }
    return parts;
  }

  /** The hash of {@code range}, from the hashes of its perfect parts. */
  public static byte[] hash(Range range, Function<Range, byte[]> perfect) {
    if (range.isPerfect()) {
      return perfect.apply(range);
    }
    long k = split(range.size());
    return nodeHash(
        hash(new Range(range.start(), range.start() + k), perfect),
        hash(new Range(range.start() + k, range.end()), perfect));
  }

  /** The root of a tree held whole in memory: for tests and small trees. */
  public static byte[] root(List<byte[]> leafHashes) {
    if (leafHashes.isEmpty()) {
      return sha256().digest();
    }
    return hash(new Range(0, leafHashes.size()), r -> perfectHash(leafHashes, r.start(), r.end()));
  }

  private static byte[] perfectHash(List<byte[]> leaves, long start, long end) {
    if (end - start == 1) {
      return leaves.get((int) start);
    }
    long half = (end - start) / 2;
    return nodeHash(
        perfectHash(leaves, start, start + half), perfectHash(leaves, start + half, end));
  }

  /**
   * Whether {@code proof} proves leaf {@code index} in the tree of {@code size} with {@code root}.
   */
  public static boolean verifyInclusion(
      long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
    if (index < 0 || index >= size) {
      return false;
    }
    long fn = index;
    long sn = size - 1;
    byte[] r = leafHash;
    for (byte[] p : proof) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = nodeHash(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(r, root);
  }

  /**
   * Whether {@code proof} proves that the tree of {@code first} leaves with {@code firstRoot} is
   * the beginning of the tree of {@code second} leaves with {@code secondRoot} (RFC 9162, 2.1.4.2).
   */
  public static boolean verifyConsistency(
      long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
    if (first <= 0 || first > second) {
      return false;
    }
    if (first == second) {
      return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
    }
    if (proof.isEmpty()) {
      return false;
    }
    List<byte[]> path = new ArrayList<>(proof);
    if (Long.bitCount(first) == 1) {
      path.add(0, firstRoot);
    }
    long fn = first - 1;
    long sn = second - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = path.get(0);
    byte[] sr = path.get(0);
    for (byte[] c : path.subList(1, path.size())) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = nodeHash(c, fr);
        sr = nodeHash(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = nodeHash(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
  }

  /** A fresh SHA-256 digest: the tree's hash function. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
