package be.permits.witness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The latest checkpoint this witness cosigned for one log: what every next one must extend. */
@Entity
@Table(name = "witnessed_log")
public class WitnessedLog {
  @Id public String origin;

  @Column(name = "tree_size", nullable = false)
  public long treeSize;

  @Column(name = "root_hash", nullable = false)
  public byte[] rootHash;

  @Column(name = "cosigned_at", nullable = false)
  public Instant cosignedAt;

  public Judgement.Cosigned cosigned() {
    return new Judgement.Cosigned(treeSize, rootHash);
  }
}
