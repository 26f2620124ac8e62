package be.permits.review.ledger;

import be.permits.contracts.ledger.SignedNote;
import be.permits.support.refusal.Refusal;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The ledger's checkpoints and proofs, as auditors and anyone checking the ledger ask for them: the
 * latest checkpoint with its cosignatures, an entry's inclusion proof, the consistency proof
 * between two sizes. Hashes only, nothing of what the entries say: these reads are not themselves
 * recorded in the ledger (the history reads of {@link AuditTrail} are).
 */
@ApplicationScoped
public class LedgerProofs {
  private static final int MAX_REFUSALS = 20;

  @Inject EntityManager em;
  @Inject LedgerTree tree;
  @Inject Checkpoints checkpoints;

  /** A checkpoint with what the witnesses answered. */
  @Schema(name = "LedgerCheckpoint")
  public record CheckpointView(
      @Schema(minimum = "1", maximum = "9223372036854775807") long treeSize,
      @Schema(maxLength = 44, description = "SHA-256 root hash, base64") String rootHash,
      Instant signedAt,
      @Schema(
              maxLength = 4000,
              description =
                  "The checkpoint as a C2SP signed note: the ledger's signature and each"
                      + " witness's cosignature")
          String note,
      @Schema(maxItems = 16) List<Witnessed> witnessedBy,
      @Schema(maxItems = MAX_REFUSALS, description = "Refusals of this or a later checkpoint")
          List<Refused> refusals) {}

  /** A witness's cosignature. */
  @Schema(name = "LedgerCosignature")
  public record Witnessed(@Schema(maxLength = 200) String witness, Instant cosignedAt) {}

  /** A witness's refusal, and why. */
  @Schema(name = "LedgerRefusal")
  public record Refused(
      @Schema(minimum = "0", maximum = "9223372036854775807") long treeSize,
      @Schema(maxLength = 200) String witness,
      @Schema(maxLength = 20) String reason,
      @Schema(maxLength = 500) String detail,
      Instant refusedAt) {}

  /** An inclusion proof (RFC 9162, 2.1.3) of one entry in a tree of a given size. */
  @Schema(name = "InclusionProof")
  public record InclusionProof(
      @Schema(minimum = "1", maximum = "9223372036854775807") long seq,
      @Schema(minimum = "0", maximum = "9223372036854775807") long leafIndex,
      @Schema(minimum = "1", maximum = "9223372036854775807") long treeSize,
      @Schema(maxLength = 44) String leafHash,
      @Schema(maxItems = 64, description = "Hashes in base64, from the leaf up")
          List<@Size(max = 44) String> proof) {}

  /** A consistency proof (RFC 9162, 2.1.4) between two sizes of the tree. */
  @Schema(name = "ConsistencyProof")
  public record ConsistencyProof(
      @Schema(minimum = "1", maximum = "9223372036854775807") long fromSize,
      @Schema(minimum = "1", maximum = "9223372036854775807") long toSize,
      @Schema(maxItems = 64, description = "Hashes in base64")
          List<@Size(max = 44) String> proof) {}

  /** The checkpoint of the largest tree, with its cosignatures. */
  @ReadOnly
  public Optional<CheckpointView> latest() {
    return checkpoints.latest().map(this::view);
  }

  /**
   * @throws Refusal not found when the entry does not exist or the tree of that size does not hold
   *     it
   */
  @ReadOnly
  public InclusionProof inclusion(long seq, Long treeSize) {
    long size = treeSize == null ? tree.size() : treeSize;
    LedgerEntry entry = em.find(LedgerEntry.class, seq);
    if (entry == null || seq > size || size > tree.size()) {
      throw Refusal.notFound();
    }
    List<String> proof = base64(tree.inclusionProof(seq - 1, size));
    return new InclusionProof(
        seq, seq - 1, size, Base64.getEncoder().encodeToString(entry.leafHash()), proof);
  }

  /**
   * @throws Refusal not found unless {@code 1 ≤ fromSize ≤ toSize ≤} the tree's size
   */
  @ReadOnly
  public ConsistencyProof consistency(long fromSize, long toSize) {
    if (fromSize < 1 || fromSize > toSize || toSize > tree.size()) {
      throw Refusal.notFound();
    }
    return new ConsistencyProof(fromSize, toSize, base64(tree.consistencyProof(fromSize, toSize)));
  }

  CheckpointView view(LedgerCheckpoint checkpoint) {
    List<LedgerCosignature> cosignatures =
        em.createQuery(
                "FROM LedgerCosignature WHERE treeSize = :size ORDER BY cosignedAt",
                LedgerCosignature.class)
            .setParameter("size", checkpoint.treeSize)
            .getResultList();
    SignedNote note = SignedNote.parse(checkpoint.note);
    for (LedgerCosignature c : cosignatures) {
      note = note.with(SignedNote.parse(checkpoint.note + c.line).signatures().get(1));
    }
    List<Refused> refusals =
        em.createQuery(
                "FROM LedgerRefusal WHERE treeSize >= :size ORDER BY refusedAt DESC",
                LedgerRefusal.class)
            .setParameter("size", checkpoint.treeSize)
            .setMaxResults(MAX_REFUSALS)
            .getResultStream()
            .map(r -> new Refused(r.treeSize, r.witness, r.reason, r.detail, r.refusedAt))
            .toList();
    return new CheckpointView(
        checkpoint.treeSize,
        Base64.getEncoder().encodeToString(checkpoint.rootHash),
        checkpoint.signedAt,
        note.format(),
        cosignatures.stream().map(c -> new Witnessed(c.witness, c.cosignedAt)).toList(),
        refusals);
  }

  private static List<String> base64(List<byte[]> hashes) {
    return hashes.stream().map(Base64.getEncoder()::encodeToString).toList();
  }
}
