package be.permits.localrun;

import be.permits.contracts.ledger.NoteKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * The audit ledger's signing key and its witness's cosigning key for the local run: made at the
 * first start, kept in the data folder ({@code keys/}, readable by the owner only) and used again
 * at every start, as Kubernetes Secrets would be. LOCAL ONLY: these keys prove nothing to anyone
 * outside this machine.
 */
final class LocalKeys {
  static final String LEDGER_ORIGIN = "permits.example/audit-ledger";
  static final String WITNESS_NAME = "witness.local/court-of-audit";

  private final NoteKey ledger;
  private final NoteKey witness;
  private final Path dir;

  private LocalKeys(NoteKey ledger, NoteKey witness, Path dir) {
    this.ledger = ledger;
    this.witness = witness;
    this.dir = dir;
  }

  /** The keys in {@code dir}, made there first if missing. */
  static LocalKeys in(Path dir) {
    return new LocalKeys(
        keyIn(dir.resolve("ledger.key"), LEDGER_ORIGIN, NoteKey.NOTE),
        keyIn(dir.resolve("witness.key"), WITNESS_NAME, NoteKey.COSIGNATURE),
        dir);
  }

  private static NoteKey keyIn(Path file, String name, int type) {
    try {
      if (Files.isRegularFile(file)) {
        return NoteKey.signer(Files.readString(file, StandardCharsets.UTF_8));
      }
      Files.createDirectories(file.getParent());
      NoteKey key = NoteKey.generate(name, type);
      try {
        // Readable by the owner only from the moment it exists.
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system: the folder's own permissions have to do.
        Files.createFile(file);
      }
      Files.writeString(file, key.skey() + "\n", StandardCharsets.UTF_8);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What review-service needs: its signing key, the witness it trusts, and where it keeps the
   * LOCAL-ONLY demo CA and seal of the decision documents (it makes them there at the first start).
   */
  Map<String, String> ledgerEnvironment() {
    return Map.of(
        "LEDGER_ORIGIN", LEDGER_ORIGIN,
        "LEDGER_SIGNING_KEY", ledger.skey(),
        "LEDGER_WITNESS_KEYS", witness.publicOnly().vkey(),
        "SEAL_LOCAL_FOLDER", dir.toAbsolutePath().toString());
  }

  /** What the witness needs: its own key, and the ledger's public key. */
  Map<String, String> witnessEnvironment() {
    return Map.of(
        "WITNESS_SIGNING_KEY", witness.skey(),
        "WITNESS_LOG_ORIGIN", LEDGER_ORIGIN,
        "WITNESS_LOG_KEYS", ledger.publicOnly().vkey());
  }
}
