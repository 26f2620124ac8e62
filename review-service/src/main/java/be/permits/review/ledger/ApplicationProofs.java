package be.permits.review.ledger;

import be.permits.contracts.ledger.Checkpoint;
import be.permits.contracts.ledger.MerkleTree;
import be.permits.contracts.ledger.NoteKey;
import be.permits.contracts.ledger.SignedNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether an application's history is proven against a witnessed checkpoint, and its export with
 * those proofs. "Proven" is checked here as the offline verifier checks it: the checkpoint's note
 * is signed by a key of the ledger and cosigned by a trusted witness, and each entry's leaf,
 * recomputed from its fields, leads by its inclusion proof to the root that the witness cosigned.
 * An operator who rewrote an entry (and its tree) after the witness cosigned cannot pass.
 */
@ApplicationScoped
public class ApplicationProofs {
  @Inject EntityManager em;
  @Inject LedgerTree tree;
  @Inject LedgerKeys keys;
  @Inject LedgerConfig config;

  /** How an application's history stands against the witnessed checkpoints. */
  public enum State {
    /** Every entry is in a checkpoint that a witness cosigned, and its proof holds. */
    PROVEN,
    /** The older entries are proven; the newest await the next witnessed checkpoint. */
    PARTLY_PROVEN,
    /** No checkpoint that a trusted witness cosigned holds any of its entries yet. */
    NOT_WITNESSED,
    /** An entry does not lead to the root the witness cosigned: the ledger was changed. */
    BROKEN
  }

  /** The proof state of one application's history. */
  @Schema(name = "ApplicationProof")
  public record Status(
      State state,
      @Schema(minimum = "1", maximum = "9223372036854775807") Long treeSize,
      @Schema(maxLength = 200) String witness,
      Instant cosignedAt,
      @Schema(minimum = "0", maximum = "1000000") int proven,
      @Schema(minimum = "0", maximum = "1000000") int pending,
      @Schema(minimum = "1", maximum = "9223372036854775807") Long brokenSeq) {}

  /** A checkpoint whose ledger signature and witness cosignature both verify. */
  record Witnessed(SignedNote note, Checkpoint checkpoint, NoteKey witness, Instant cosignedAt) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public Status status(List<LedgerEntry> entries) {
    Optional<Witnessed> witnessed = latestWitnessed();
    if (witnessed.isEmpty()) {
      return new Status(State.NOT_WITNESSED, null, null, null, 0, entries.size(), null);
    }
    Witnessed w = witnessed.get();
    long size = w.checkpoint().size();
    List<LedgerEntry> covered = entries.stream().filter(e -> e.seq <= size).toList();
    Map<Long, List<byte[]>> proofs = proofsOf(covered, size);
    for (LedgerEntry e : covered) {
      if (!MerkleTree.verifyInclusion(
          e.seq - 1, size, e.leafHash(), proofs.get(e.seq - 1), w.checkpoint().rootHash())) {
        return new Status(
            State.BROKEN,
            size,
            w.witness().name(),
            w.cosignedAt(),
            0,
            entries.size() - covered.size(),
            e.seq);
      }
    }
    int pending = entries.size() - covered.size();
    return new Status(
        covered.isEmpty() ? State.NOT_WITNESSED : pending == 0 ? State.PROVEN : State.PARTLY_PROVEN,
        size,
        w.witness().name(),
        w.cosignedAt(),
        covered.size(),
        pending,
        null);
  }

  /**
   * One application's entries as JSON Lines, each with its inclusion proof against the latest
   * witnessed checkpoint, which heads the export; the last line counts the entries, says how many
   * newer ones await the next witnessed checkpoint, and is sealed by the ledger's key over the
   * digest of the entries' leaves, so that no entry can be left out, added or reordered unseen.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String export(UUID applicationId, List<LedgerEntry> entries) {
    Optional<Witnessed> witnessed = latestWitnessed();
    long size = witnessed.map(w -> w.checkpoint().size()).orElse(0L);
    List<LedgerEntry> covered = entries.stream().filter(e -> e.seq <= size).toList();
    Map<Long, List<byte[]>> proofs = proofsOf(covered, size);
    List<String> lines = new ArrayList<>();
    lines.add(
        LedgerExport.json(
            LedgerExport.header(
                applicationId, witnessed.map(w -> w.note().format()).orElse(null))));
    MessageDigest digest = MerkleTree.sha256();
    for (LedgerEntry e : covered) {
      digest.update(e.leafHash());
      lines.add(LedgerExport.json(LedgerExport.provenEntry(e, base64(proofs.get(e.seq - 1)))));
    }
    String leaves = Base64.getEncoder().encodeToString(digest.digest());
    byte[] root = witnessed.map(w -> w.checkpoint().rootHash()).orElse(MerkleTree.root(List.of()));
    int pending = entries.size() - covered.size();
    // The seal names everything the summary says: the checkpoint (size and root), how many entries
    // and the digest of their leaves, and how many newer ones wait.
    SignedNote seal =
        SignedNote.unsigned(
                config.origin()
                    + "\nextract "
                    + applicationId
                    + "\n"
                    + size
                    + "\n"
                    + Base64.getEncoder().encodeToString(root)
                    + "\n"
                    + covered.size()
                    + "\n"
                    + leaves
                    + "\npending "
                    + pending
                    + "\n")
            .signedBy(keys.signer());
    lines.add(
        LedgerExport.json(
            LedgerExport.summary(
                applicationId,
                covered.size(),
                size,
                entries.size() - covered.size(),
                seal.format())));
    return String.join("\n", lines) + "\n";
  }

  private Map<Long, List<byte[]>> proofsOf(List<LedgerEntry> covered, long size) {
    if (covered.isEmpty()) {
      return Map.of();
    }
    return tree.inclusionProofs(covered.stream().map(e -> e.seq - 1).toList(), size);
  }

  /**
   * The checkpoint of the largest tree that a trusted witness cosigned, read from its note (not
   * from the columns beside it) and checked: signed by a key of the ledger, cosigned by the
   * witness.
   */
  Optional<Witnessed> latestWitnessed() {
    List<LedgerCosignature> cosignatures =
        em.createQuery(
                "FROM LedgerCosignature ORDER BY treeSize DESC, cosignedAt DESC",
                LedgerCosignature.class)
            .setMaxResults(20)
            .getResultList();
    for (LedgerCosignature c : cosignatures) {
      LedgerCheckpoint checkpoint = em.find(LedgerCheckpoint.class, c.treeSize);
      if (checkpoint == null) {
        continue;
      }
      SignedNote signed;
      Checkpoint body;
      try {
        signed = SignedNote.parse(checkpoint.note + c.line);
        body = Checkpoint.parse(signed.text());
      } catch (IllegalArgumentException e) {
        continue;
      }
      SignedNote note = signed;
      boolean byLedger = keys.logKeys().stream().anyMatch(note::isSignedBy);
      SignedNote.Line line = note.signatures().get(note.signatures().size() - 1);
      Optional<NoteKey> witness = keys.witness(line.keyName(), line.keyId());
      Optional<Long> at = witness.flatMap(note::cosignedAt);
      if (byLedger && at.isPresent() && body.origin().equals(config.origin())) {
        return Optional.of(
            new Witnessed(note, body, witness.get(), Instant.ofEpochSecond(at.get())));
      }
    }
    return Optional.empty();
  }

  private static List<String> base64(List<byte[]> hashes) {
    return hashes.stream().map(Base64.getEncoder()::encodeToString).toList();
  }
}
