package be.permits.review.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A checkpoint the ledger signed: its tree size, root, time and the signed note itself. */
@Entity
@Table(name = "ledger_checkpoint")
public class LedgerCheckpoint {
  @Id
  @Column(name = "tree_size")
  public long treeSize;

  @Column(name = "root_hash", nullable = false)
  public byte[] rootHash;

  @Column(name = "signed_at", nullable = false)
  public Instant signedAt;

  @Column(name = "key_id", nullable = false)
  public String keyId;

  /** The signed note, with the ledger's signature line (cosignatures are kept apart). */
  @Column(nullable = false)
  public String note;
}
