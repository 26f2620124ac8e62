package be.permits.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.contracts.ledger.Checkpoint;
import be.permits.contracts.ledger.MerkleTree;
import be.permits.contracts.ledger.NoteKey;
import be.permits.contracts.ledger.SignedNote;
import be.permits.witness.domain.Judgement;
import be.permits.witness.domain.Judgement.Cosigned;
import be.permits.witness.domain.Judgement.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the witness decides, for each way a log can behave and misbehave. */
class JudgementTest {
  static final String ORIGIN = "permits.example/audit-ledger";
  static final NoteKey LOG = NoteKey.generate(ORIGIN, NoteKey.NOTE);

  /** A log's leaves; {@code rewritten} changes leaf 2, as an operator rewriting an entry would. */
  static List<byte[]> leaves(int n, boolean rewritten) {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String entry = rewritten && i == 2 ? "entry 2, rewritten" : "entry " + i;
      leaves.add(MerkleTree.leafHash(entry.getBytes(StandardCharsets.UTF_8)));
    }
    return leaves;
  }

  static String note(List<byte[]> leaves, NoteKey key) {
    Checkpoint cp =
        new Checkpoint(
            ORIGIN, leaves.size(), MerkleTree.root(leaves), Instant.parse("2026-12-03T10:00:00Z"));
    return SignedNote.unsigned(cp.text()).signedBy(key).format();
  }

  static List<String> proof(List<byte[]> leaves, int from) {
    return MerkleTree.consistencyRanges(from, leaves.size()).stream()
        .map(
            r ->
                MerkleTree.hash(
                    r, p -> MerkleTree.root(leaves.subList((int) p.start(), (int) p.end()))))
        .map(Base64.getEncoder()::encodeToString)
        .toList();
  }

  static Cosigned cosigned(List<byte[]> leaves) {
    return new Cosigned(leaves.size(), MerkleTree.root(leaves));
  }

  static Verdict judge(String note, Cosigned last, Long from, List<String> proof) {
    return Judgement.judge(ORIGIN, List.of(LOG), note, last, from, proof).verdict();
  }

  @Test
  void theFirstCheckpointIsTrustedAndAGrowingTreeIsCosigned() {
    List<byte[]> seven = leaves(7, false);
    List<byte[]> twelve = leaves(12, false);
    assertEquals(Verdict.COSIGN, judge(note(seven, LOG), null, null, List.of()));
    assertEquals(Verdict.COSIGN, judge(note(twelve, LOG), cosigned(seven), 7L, proof(twelve, 7)));
    assertEquals(
        Verdict.ALREADY_COSIGNED, judge(note(seven, LOG), cosigned(seven), null, List.of()));
  }

  @Test
  void anotherRootForACosignedSizeIsAFork() {
    List<byte[]> seven = leaves(7, false);
    assertEquals(Verdict.FORK, judge(note(leaves(7, true), LOG), cosigned(seven), 5L, List.of()));
  }

  @Test
  void aSmallerTreeIsARollback() {
    assertEquals(
        Verdict.ROLLBACK,
        judge(note(leaves(5, false), LOG), cosigned(leaves(7, false)), null, List.of()));
  }

  @Test
  void aRewrittenHistoryWithEveryHashRecomputedIsInconsistent() {
    List<byte[]> honest = leaves(7, false);
    List<byte[]> rewritten = leaves(12, true);
    assertEquals(
        Verdict.INCONSISTENT,
        judge(note(rewritten, LOG), cosigned(honest), 7L, proof(rewritten, 7)));
  }

  @Test
  void aProofFromAnotherSizeThanTheCosignedOneIsNotTakenButAskedAgain() {
    // Not a sign of tampering: a checkpoint the witness missed; the ledger sends the proof again
    // from the size the answer names.
    List<byte[]> twelve = leaves(12, false);
    assertEquals(
        Verdict.STALE, judge(note(twelve, LOG), cosigned(leaves(7, false)), 5L, proof(twelve, 5)));
  }

  @Test
  void aCheckpointNotSignedByTheLogIsRefusedAndGarbageIsMalformed() {
    NoteKey impostor = NoteKey.generate(ORIGIN, NoteKey.NOTE);
    assertEquals(
        Verdict.BAD_SIGNATURE, judge(note(leaves(7, false), impostor), null, null, List.of()));
    assertEquals(Verdict.MALFORMED, judge("not a note", null, null, List.of()));
  }

  @Test
  void afterARotationBothKeysAreTheLogs() {
    NoteKey rotated = NoteKey.generate(ORIGIN, NoteKey.NOTE);
    List<byte[]> seven = leaves(7, false);
    List<byte[]> twelve = leaves(12, false);
    assertEquals(
        Verdict.COSIGN,
        Judgement.judge(
                ORIGIN,
                List.of(rotated.publicOnly(), LOG.publicOnly()),
                note(twelve, rotated),
                cosigned(seven),
                7L,
                proof(twelve, 7))
            .verdict());
  }
}
