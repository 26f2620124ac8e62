package be.permits.permit.domain;

import be.permits.contracts.Agency;
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

/** A condition of the granted permit as the operator's obligation, as review-service set it. */
@Entity
@Table(name = "permit_obligation")
public class PermitObligation {
  @Id public UUID id;

  @Column(name = "application_id", nullable = false)
  public UUID applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Agency agency;

  @Column(name = "condition_text", nullable = false)
  public String condition;

  @Column(nullable = false)
  public String evidence;

  @Column(name = "first_due", nullable = false)
  public LocalDate firstDue;

  @Column(name = "every_months")
  public Integer everyMonths;

  @Column(name = "set_at", nullable = false)
  public Instant setAt;

  /** The day the next evidence is due. */
  @Column(name = "next_due", nullable = false)
  public LocalDate nextDue;

  /** AWAITED, TO_REVIEW, FULFILLED or BREACHED, as in review-service. */
  @Column(nullable = false)
  public String state = "AWAITED";

  /** The agency's last finding, and its words to the operator. */
  @Enumerated(EnumType.STRING)
  @Column(name = "last_outcome")
  public EvidenceOutcome lastOutcome;

  @Column(name = "last_reason")
  public String lastReason;

  /** The enforcement case the last breach opened. */
  @Column(name = "enforcement_reference")
  public String enforcementReference;
}
