package be.permits.review.domain;

import be.permits.contracts.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A condition of a granted permit as the operator's obligation: the evidence it hands in, by when,
 * once or every so many months, to the agency that set the condition.
 */
@Entity
@Table(name = "obligation")
public class Obligation {
  @Id public UUID id;

  @Column(name = "case_id", nullable = false)
  public UUID caseId;

  /** The agency that set the condition and reviews the evidence. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Agency agency;

  @Column(name = "condition_text", nullable = false)
  public String condition;

  @Column(nullable = false)
  public String evidence;

  /** Months between two pieces of evidence; {@code null}: evidence once. */
  @Column(name = "every_months")
  public Integer everyMonths;

  @Column(name = "first_due", nullable = false)
  public LocalDate firstDue;

  /** The day the next evidence is due. */
  @Column(name = "next_due", nullable = false)
  public LocalDate nextDue;

  @Column(name = "set_at", nullable = false)
  public Instant setAt;

  @Version public int version;
}
