package be.permits.review.domain;

import be.permits.contracts.Agency;
import be.permits.contracts.review.EnforcementOutcome;
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
 * A breach of a permit's condition, found by the agency that set it: on the desks of that agency
 * and of the deciding authority, which acts on the permit and closes the case with an outcome.
 */
@Entity
@Table(name = "enforcement_case")
public class EnforcementCase {
  @Id public UUID id;

  /** ENF-year-number, as people name it. */
  @Column(nullable = false)
  public String reference;

  @Column(name = "obligation_id", nullable = false)
  public UUID obligationId;

  @Column(name = "case_id", nullable = false)
  public UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Agency agency;

  /** The evidence found a breach; {@code null} when none came by the due date. */
  @Column(name = "evidence_id")
  public UUID evidenceId;

  /** The due date whose evidence was a breach or missing. */
  @Column(nullable = false)
  public LocalDate due;

  @Column(nullable = false)
  public String reason;

  @Column(name = "opened_at", nullable = false)
  public Instant openedAt;

  @Column(name = "opened_by", nullable = false)
  public String openedBy;

  @Column(name = "opened_by_name")
  public String openedByName;

  /** How the deciding authority closed it; {@code null} while it is open. */
  @Enumerated(EnumType.STRING)
  public EnforcementOutcome outcome;

  /** The deciding authority's words to the operator, as it closed the case. */
  @Column(name = "outcome_reason")
  public String outcomeReason;

  @Column(name = "closed_at")
  public Instant closedAt;

  @Column(name = "closed_by")
  public String closedBy;

  @Column(name = "closed_by_name")
  public String closedByName;

  public boolean isOpen() {
    return outcome == null;
  }
}
