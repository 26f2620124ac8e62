package be.permits.review.domain;

import be.permits.contracts.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A condition an agency proposes for the permit, in the applicant's language: a standard one (its
 * id) as the agency edited it for the case, with the obligation it becomes once granted. Read by
 * its agency until the agency puts it in its opinion.
 */
@Entity
@Table(name = "case_condition")
public class CaseCondition {
  @Id public UUID id;

  @Column(name = "case_id", nullable = false)
  public UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Agency agency;

  @Column(name = "standard_id")
  public String standardId;

  @Column(nullable = false)
  public String text;

  /** Months between two pieces of evidence; {@code null}: evidence once. */
  @Column(name = "every_months")
  public Integer everyMonths;

  @Column(name = "first_due_months", nullable = false)
  public int firstDueMonths;

  /** What the operator hands in to show the condition is kept. */
  @Column(nullable = false)
  public String evidence;

  @Column(name = "proposed_by", nullable = false)
  public String proposedBy;

  @Column(name = "proposed_at", nullable = false)
  public Instant proposedAt;
}
