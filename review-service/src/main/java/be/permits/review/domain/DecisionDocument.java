package be.permits.review.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A decision's document: requested with the decision and the facts it states, then sealed once and
 * kept as issued (the database refuses any change to a sealed one).
 */
@Entity
@Table(name = "decision_document")
public class DecisionDocument {
  /** Which decision the document states. */
  public enum Kind {
    DECISION,
    APPEAL_DECISION
  }

  @Id public UUID id;

  @Column(name = "case_id", nullable = false)
  public UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Kind kind;

  /** The applicant's language, in which the document is written. */
  @Column(nullable = false)
  public String language;

  /** What the document states, as JSON, fixed on the day of the decision. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public String facts;

  @Column(name = "requested_at", nullable = false)
  public Instant requestedAt;

  @Column(name = "sealed_at")
  public Instant sealedAt;

  /** The seal certificate's subject, as DSS reads it. */
  @Column(name = "sealed_by")
  public String sealedBy;

  /** The SHA-256 of the sealed file, in hexadecimal: how a copy is recognised. */
  public String sha256;

  @Basic(fetch = FetchType.LAZY)
  public byte[] content;

  /** How many times sealing failed, and why the last time; the worker tries again. */
  @Column(nullable = false)
  public int attempts;

  @Column(name = "last_failure")
  public String lastFailure;

  public boolean isSealed() {
    return sealedAt != null;
  }
}
