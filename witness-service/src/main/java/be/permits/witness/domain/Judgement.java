package be.permits.witness.domain;

import be.permits.contracts.ledger.Checkpoint;
import be.permits.contracts.ledger.MerkleTree;
import be.permits.contracts.ledger.NoteKey;
import be.permits.contracts.ledger.SignedNote;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * What a witness decides about a checkpoint, given the last one it cosigned for that log: cosign it
 * only if the log signed it and the tree only grew (RFC 9162 consistency proof from the size it
 * cosigned); refuse a fork (another root for a size it cosigned), a rollback (a smaller tree), a
 * proof that does not lead from what it cosigned, and anything not signed by the log's keys. The
 * first checkpoint it ever sees of a log it trusts on first use.
 */
public final class Judgement {
  /** Why a checkpoint is refused; none when it is cosigned. */
  public enum Verdict {
    COSIGN,
    ALREADY_COSIGNED,
    FORK,
    ROLLBACK,
    INCONSISTENT,
    /**
     * The proof starts from another size than the one cosigned last (a checkpoint the witness
     * missed or refused): not a sign of tampering; the ledger sends the proof again from the size
     * the refusal names.
     */
    STALE,
    BAD_SIGNATURE,
    MALFORMED
  }

  /** The decision, and in words why. */
  public record Decision(Verdict verdict, String detail, Checkpoint checkpoint, SignedNote note) {
    public boolean refused() {
      return verdict != Verdict.COSIGN && verdict != Verdict.ALREADY_COSIGNED;
    }
  }

  /** The last checkpoint this witness cosigned for a log: its size and root. */
  public record Cosigned(long size, byte[] root) {}

  private Judgement() {}

  /**
   * @param origin the log this witness watches
   * @param logKeys the log's public keys (current and earlier)
   * @param noteText the checkpoint as the log sent it (a signed note)
   * @param last what the witness cosigned last for this log; null if nothing yet
   * @param previousSize the size the proof starts from; null if the log sent none
   * @param proof the consistency proof from {@code previousSize}, hashes in base64
   */
  public static Decision judge(
      String origin,
      List<NoteKey> logKeys,
      String noteText,
      Cosigned last,
      Long previousSize,
      List<String> proof) {
    SignedNote note;
    Checkpoint checkpoint;
    try {
      note = SignedNote.parse(noteText);
      checkpoint = Checkpoint.parse(note.text());
    } catch (IllegalArgumentException e) {
      return new Decision(Verdict.MALFORMED, e.getMessage(), null, null);
    }
    if (!checkpoint.origin().equals(origin)) {
      return new Decision(
          Verdict.BAD_SIGNATURE,
          "a checkpoint of another log: " + checkpoint.origin(),
          checkpoint,
          note);
    }
    if (logKeys.stream().noneMatch(note::isSignedBy)) {
      return new Decision(
          Verdict.BAD_SIGNATURE, "not signed by a key of " + origin, checkpoint, note);
    }
    if (last == null) {
      return new Decision(
          Verdict.COSIGN, "the first checkpoint seen of this log", checkpoint, note);
    }
    if (checkpoint.size() < last.size()) {
      return new Decision(
          Verdict.ROLLBACK,
          "a tree of "
              + checkpoint.size()
              + " entries after one of "
              + last.size()
              + " was cosigned",
          checkpoint,
          note);
    }
    if (checkpoint.size() == last.size()) {
      return Arrays.equals(checkpoint.rootHash(), last.root())
          ? new Decision(Verdict.ALREADY_COSIGNED, "cosigned before", checkpoint, note)
          : new Decision(
              Verdict.FORK,
              "another root for the tree of " + last.size() + " entries that was cosigned",
              checkpoint,
              note);
    }
    if (previousSize == null || previousSize != last.size()) {
      return new Decision(
          Verdict.STALE,
          "the proof starts from "
              + previousSize
              + " entries, not from the "
              + last.size()
              + " that were cosigned",
          checkpoint,
          note);
    }
    List<byte[]> hashes;
    try {
      hashes = proof.stream().map(Base64.getDecoder()::decode).toList();
    } catch (IllegalArgumentException e) {
      return new Decision(Verdict.MALFORMED, "a proof hash is not base64", checkpoint, note);
    }
    if (!MerkleTree.verifyConsistency(
        last.size(), checkpoint.size(), last.root(), checkpoint.rootHash(), hashes)) {
      return new Decision(
          Verdict.INCONSISTENT,
          "the tree of "
              + checkpoint.size()
              + " entries does not extend the tree of "
              + last.size()
              + " that was cosigned: an entry before it changed",
          checkpoint,
          note);
    }
    return new Decision(Verdict.COSIGN, "consistent with what was cosigned", checkpoint, note);
  }
}
