package be.permits.review.domain;

import be.permits.contracts.review.EvidenceOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Evidence the operator handed in for an obligation, as permit-service told of it: the statement,
 * and the name and hash of the PDF that permit-service keeps; then the agency's review.
 */
@Entity
@Table(name = "obligation_evidence")
public class ObligationEvidence {
  @Id public UUID id;

  @Column(name = "obligation_id", nullable = false)
  public UUID obligationId;

  /** The due date the evidence answered. */
  @Column(nullable = false)
  public LocalDate due;

  @Column(nullable = false)
  public String statement;

  @Column(name = "file_name", nullable = false)
  public String fileName;

  @Column(name = "size_bytes", nullable = false)
  public long sizeBytes;

  @Column(nullable = false)
  public String sha256;

  @Column(name = "submitted_at", nullable = false)
  public Instant submittedAt;

  /** The agency's finding; {@code null} until reviewed. */
  @Enumerated(EnumType.STRING)
  public EvidenceOutcome outcome;

  public String reason;

  @Column(name = "reviewed_at")
  public Instant reviewedAt;

  @Column(name = "reviewed_by")
  public String reviewedBy;

  @Column(name = "reviewed_by_name")
  public String reviewedByName;
}
