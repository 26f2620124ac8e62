package be.permits.review.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A witness's cosignature of a checkpoint, verified with the witness's key before it is kept. */
@Entity
@IdClass(LedgerCosignature.Key.class)
@Table(name = "ledger_cosignature")
public class LedgerCosignature {
  @Id
  @Column(name = "tree_size")
  public long treeSize;

  @Id public String witness;

  @Id
  @Column(name = "key_id")
  public String keyId;

  @Column(name = "cosigned_at", nullable = false)
  public Instant cosignedAt;

  /** The signature line, as it is added to the checkpoint's note. */
  @Column(nullable = false)
  public String line;

  /** A cosignature's identity: one per checkpoint and witness key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public long treeSize;
    public String witness;
    public String keyId;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.treeSize == treeSize
          && Objects.equals(k.witness, witness)
          && Objects.equals(k.keyId, keyId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(treeSize, witness, keyId);
    }
  }
}
