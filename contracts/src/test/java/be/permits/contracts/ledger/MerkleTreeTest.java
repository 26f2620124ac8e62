package be.permits.contracts.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.ledger.MerkleTree.Range;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The tree against RFC 9162's definitions, computed the slow way: MTH by its recursive definition,
 * proofs by PATH and SUBPROOF as the RFC writes them; then every proof for sizes up to a few
 * hundred leaves verifies, and any proof or root changed in one byte does not.
 */
class MerkleTreeTest {
  static List<byte[]> leaves(int n) {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      leaves.add(MerkleTree.leafHash(("entry " + i).getBytes(StandardCharsets.UTF_8)));
    }
    return leaves;
  }

  /** MTH(D[start:end]) by RFC 9162's recursive definition. */
  static byte[] mth(List<byte[]> d, int start, int end) {
    if (end - start == 1) {
      return d.get(start);
    }
    int k = Integer.highestOneBit(end - start - 1);
    return MerkleTree.nodeHash(mth(d, start, start + k), mth(d, start + k, end));
  }

  /** PATH(m, D[start:end]) as RFC 9162, 2.1.3.1 writes it. */
  static List<byte[]> path(int m, List<byte[]> d, int start, int end) {
    List<byte[]> out = new ArrayList<>();
    if (end - start == 1) {
      return out;
    }
    int k = Integer.highestOneBit(end - start - 1);
    if (m < k) {
      out.addAll(path(m, d, start, start + k));
      out.add(mth(d, start + k, end));
    } else {
      out.addAll(path(m - k, d, start + k, end));
      out.add(mth(d, start, start + k));
    }
    return out;
  }

  /** SUBPROOF(m, D[start:end], b) as RFC 9162, 2.1.4.1 writes it. */
  static List<byte[]> subproof(int m, List<byte[]> d, int start, int end, boolean b) {
    List<byte[]> out = new ArrayList<>();
    int n = end - start;
    if (m == n) {
      if (!b) {
        out.add(mth(d, start, end));
      }
      return out;
    }
    int k = Integer.highestOneBit(n - 1);
    if (m <= k) {
      out.addAll(subproof(m, d, start, start + k, b));
      out.add(mth(d, start + k, end));
    } else {
      out.addAll(subproof(m - k, d, start + k, end, false));
      out.add(mth(d, start, start + k));
    }
    return out;
  }

  static List<byte[]> fromRanges(List<Range> ranges, List<byte[]> d) {
    return ranges.stream().map(r -> mth(d, (int) r.start(), (int) r.end())).toList();
  }

  @Test
  void theRootOfAKnownTreeIsTheRfcsHashing() {
    byte[] a = MerkleTree.leafHash(new byte[] {});
    assertEquals(
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        HexFormat.of().formatHex(a),
        "the leaf hash of the empty string, as RFC 6962's test vectors give it");
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        HexFormat.of().formatHex(MerkleTree.root(List.of())),
        "the empty tree's root is SHA-256 of nothing");
  }

  @Property(tries = 300)
  void proofsAreTheRfcsAndVerify(
      @ForAll @IntRange(min = 1, max = 300) int size, @ForAll @IntRange(min = 0, max = 299) int m) {
    Assume.that(m < size);
    List<byte[]> d = leaves(size);
    byte[] root = mth(d, 0, size);
    assertArrayEquals(root, MerkleTree.root(d));
    List<byte[]> inclusion = fromRanges(MerkleTree.inclusionRanges(m, size), d);
    assertEquals(
        path(m, d, 0, size).stream().map(HexFormat.of()::formatHex).toList(),
        inclusion.stream().map(HexFormat.of()::formatHex).toList());
    assertTrue(MerkleTree.verifyInclusion(m, size, d.get(m), inclusion, root));
    int first = m + 1;
    List<byte[]> consistency = fromRanges(MerkleTree.consistencyRanges(first, size), d);
    assertEquals(
        subproof(first, d, 0, size, true).stream().map(HexFormat.of()::formatHex).toList(),
        consistency.stream().map(HexFormat.of()::formatHex).toList());
    assertTrue(MerkleTree.verifyConsistency(first, size, mth(d, 0, first), root, consistency));
  }

  @Property(tries = 300)
  void aProofOrRootChangedInOneByteFails(
      @ForAll @IntRange(min = 2, max = 200) int size,
      @ForAll @IntRange(min = 0, max = 199) int m,
      @ForAll @IntRange(min = 0, max = 1000) int where) {
    Assume.that(m < size - 1);
    List<byte[]> d = leaves(size);
    byte[] root = mth(d, 0, size);
    List<byte[]> inclusion = new ArrayList<>(fromRanges(MerkleTree.inclusionRanges(m, size), d));
    if (!inclusion.isEmpty()) {
      int i = where % inclusion.size();
      byte[] changed = inclusion.get(i).clone();
      changed[where % 32] ^= 1;
      inclusion.set(i, changed);
      assertFalse(MerkleTree.verifyInclusion(m, size, d.get(m), inclusion, root));
    }
    byte[] otherRoot = root.clone();
    otherRoot[where % 32] ^= 1;
    List<byte[]> consistency = fromRanges(MerkleTree.consistencyRanges(m + 1, size), d);
    assertFalse(
        MerkleTree.verifyConsistency(m + 1, size, mth(d, 0, m + 1), otherRoot, consistency));
    assertFalse(
        MerkleTree.verifyConsistency(m + 1, size, otherRoot, root, consistency),
        "a first tree that is not the one the proof starts from");
    assertFalse(
        MerkleTree.verifyInclusion(
            m, size, d.get(m + 1), fromRanges(MerkleTree.inclusionRanges(m, size), d), root),
        "another leaf at that place");
  }

  @Property(tries = 200)
  void aTreeWithAChangedEarlierLeafIsNotConsistentWithTheOriginal(
      @ForAll @IntRange(min = 1, max = 150) int first,
      @ForAll @IntRange(min = 0, max = 150) int grown,
      @ForAll @IntRange(min = 0, max = 149) int changed) {
    Assume.that(changed < first);
    int second = first + grown;
    List<byte[]> honest = leaves(second);
    List<byte[]> rewritten = new ArrayList<>(honest);
    rewritten.set(changed, MerkleTree.leafHash("rewritten".getBytes(StandardCharsets.UTF_8)));
    // The operator rewrote an entry and recomputed every hash: the proof and the new root are
    // all of the rewritten tree; the witness holds the honest root of the first size.
    List<byte[]> proof = fromRanges(MerkleTree.consistencyRanges(first, second), rewritten);
    assertFalse(
        MerkleTree.verifyConsistency(
            first, second, mth(honest, 0, first), mth(rewritten, 0, second), proof));
  }

  @Test
  void perfectPartsCoverARangeLeftToRight() {
    assertEquals(
        List.of(new Range(0, 8), new Range(8, 12), new Range(12, 13)),
        MerkleTree.perfectParts(new Range(0, 13)));
    assertTrue(MerkleTree.perfectParts(new Range(8, 16)).get(0).isPerfect());
    assertEquals(3, new Range(8, 16).level());
    assertEquals(1, new Range(8, 16).index());
    assertFalse(Arrays.equals(leaves(2).get(0), leaves(2).get(1)));
  }
}
