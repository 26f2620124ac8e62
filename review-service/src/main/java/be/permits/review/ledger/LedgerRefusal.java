package be.permits.review.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A witness refused to cosign a checkpoint: operators are alerted, auditors see it. */
@Entity
@Table(name = "ledger_refusal")
public class LedgerRefusal {
  @Id public UUID id;

  @Column(name = "tree_size", nullable = false)
  public long treeSize;

  @Column(nullable = false)
  public String witness;

  @Column(nullable = false)
  public String reason;

  @Column(nullable = false)
  public String detail;

  @Column(name = "cosigned_size")
  public Long cosignedSize;

  @Column(name = "refused_at", nullable = false)
  public Instant refusedAt;
}
