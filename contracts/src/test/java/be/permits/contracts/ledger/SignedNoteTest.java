package be.permits.contracts.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Checkpoints as C2SP signed notes: the log signs, a witness cosigns, keys rotate. */
class SignedNoteTest {
  static final String ORIGIN = "permits.example/audit-ledger";

  static Checkpoint checkpoint(long size) {
    byte[] root = MerkleTree.root(MerkleTreeTest.leaves((int) size));
    return new Checkpoint(ORIGIN, size, root, Instant.parse("2026-12-03T10:00:00Z"));
  }

  @Test
  void aCheckpointReadsBackAndItsSignatureAndCosignatureVerify() {
    NoteKey log = NoteKey.generate(ORIGIN, NoteKey.NOTE);
    NoteKey witness = NoteKey.generate("court-of-audit.example/witness", NoteKey.COSIGNATURE);
    SignedNote note =
        SignedNote.unsigned(checkpoint(7).text()).signedBy(log).cosignedBy(witness, 1_765_000_000L);
    SignedNote read = SignedNote.parse(note.format());
    assertEquals(note.format(), read.format());
    assertTrue(read.isSignedBy(NoteKey.verifier(log.publicOnly().vkey())));
    assertEquals(
        Optional.of(1_765_000_000L),
        read.cosignedAt(NoteKey.verifier(witness.publicOnly().vkey())));
    Checkpoint body = Checkpoint.parse(read.text());
    assertTrue(body.sameTree(checkpoint(7)));
    assertTrue(note.format().contains("\n\n— " + ORIGIN + " "), note.format());
  }

  @Test
  void aChangedTextOrAnotherKeyDoesNotVerify() {
    NoteKey log = NoteKey.generate(ORIGIN, NoteKey.NOTE);
    NoteKey witness = NoteKey.generate("court-of-audit.example/witness", NoteKey.COSIGNATURE);
    String signed =
        SignedNote.unsigned(checkpoint(7).text()).signedBy(log).cosignedBy(witness, 5).format();
    SignedNote other = SignedNote.parse(signed.replace("\n7\n", "\n8\n"));
    assertFalse(other.isSignedBy(log));
    assertTrue(other.cosignedAt(witness).isEmpty());
    NoteKey impostor = NoteKey.generate(ORIGIN, NoteKey.NOTE);
    assertFalse(SignedNote.parse(signed).isSignedBy(impostor));
  }

  @Test
  void afterARotationTheOldKeyStillVerifiesWhatItSigned() {
    NoteKey before = NoteKey.generate(ORIGIN, NoteKey.NOTE);
    NoteKey after = NoteKey.generate(ORIGIN, NoteKey.NOTE);
    SignedNote old = SignedNote.unsigned(checkpoint(3).text()).signedBy(before);
    SignedNote fresh = SignedNote.unsigned(checkpoint(9).text()).signedBy(after);
    assertTrue(before.keyId() != after.keyId(), "a new key has a new id under the same name");
    NoteKey oldPublic = NoteKey.verifier(before.publicOnly().vkey());
    assertTrue(old.isSignedBy(oldPublic));
    assertFalse(fresh.isSignedBy(oldPublic));
    assertTrue(fresh.isSignedBy(NoteKey.verifier(after.publicOnly().vkey())));
  }

  @Test
  void keysTravelAsTextAndKeepTheirId() {
    NoteKey key = NoteKey.generate(ORIGIN, NoteKey.NOTE);
    NoteKey again = NoteKey.signer(key.skey());
    assertEquals(key.vkey(), again.vkey());
    assertTrue(key.vkey().startsWith(ORIGIN + "+" + key.keyIdHex() + "+"));
    String badId = key.vkey().replace("+" + key.keyIdHex() + "+", "+00000000+");
    assertThrows(IllegalArgumentException.class, () -> NoteKey.verifier(badId));
    assertThrows(IllegalStateException.class, () -> key.publicOnly().skey());
  }

  @Test
  void notesThatAreNotNotesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> SignedNote.parse("no signature\n"));
    assertThrows(IllegalArgumentException.class, () -> SignedNote.parse("text\n\nnot a line\n"));
    assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse("a\n1\n"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Checkpoint.parse(ORIGIN + "\n01\nAAAA\ntime 2026-12-03T10:00:00Z\n"));
  }
}
