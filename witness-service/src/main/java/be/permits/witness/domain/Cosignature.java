package be.permits.witness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A cosignature this witness gave: the checkpoint as cosigned, and the signature line. */
@Entity
@IdClass(Cosignature.Key.class)
@Table(name = "cosignature")
public class Cosignature {
  @Id public String origin;

  @Id
  @Column(name = "tree_size")
  public long treeSize;

  @Column(name = "root_hash", nullable = false)
  public byte[] rootHash;

  /** The checkpoint with the log's signature and this witness's cosignature. */
  @Column(nullable = false)
  public String note;

  @Column(nullable = false)
  public String line;

  @Column(name = "cosigned_at", nullable = false)
  public Instant cosignedAt;

  /** One cosignature per log and tree size. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public String origin;
    public long treeSize;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.treeSize == treeSize && Objects.equals(k.origin, origin);
    }

    @Override
    public int hashCode() {
      return Objects.hash(origin, treeSize);
    }
  }
}
