package be.permits.witness.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A checkpoint this witness refused to cosign, and why. */
@Entity
@Table(name = "refusal")
public class CheckpointRefusal {
  @Id public UUID id;

  @Column(nullable = false)
  public String origin;

  @Column(name = "tree_size", nullable = false)
  public long treeSize;

  @Column(name = "root_hash")
  public byte[] rootHash;

  @Column(nullable = false)
  public String reason;

  @Column(nullable = false)
  public String detail;

  @Column(name = "refused_at", nullable = false)
  public Instant refusedAt;
}
