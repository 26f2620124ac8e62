package be.permits.permit.domain;

import be.permits.contracts.review.EvidenceOutcome;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Evidence the operator handed in for an obligation: a statement and a PDF, then the finding. */
@Entity
@Table(name = "obligation_evidence")
public class ObligationEvidence {
  @Id public UUID id;

  @Column(name = "obligation_id", nullable = false)
  public UUID obligationId;

  @Column(name = "application_id", nullable = false)
  public UUID applicationId;

  /** The due date the evidence answers. */
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

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  public byte[] content;

  @Column(name = "submitted_at", nullable = false)
  public Instant submittedAt;

  @Column(name = "submitted_by", nullable = false)
  public String submittedBy;

  @Enumerated(EnumType.STRING)
  public EvidenceOutcome outcome;

  public String reason;

  @Column(name = "reviewed_at")
  public Instant reviewedAt;
}
