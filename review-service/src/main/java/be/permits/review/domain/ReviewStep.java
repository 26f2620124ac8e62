package be.permits.review.domain;

import be.permits.contracts.Agency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One agency's part of a review, with the rule that created it and its statutory deadline. */
@Entity
@Table(name = "review_step")
public class ReviewStep {
  public static final String OPEN = "OPEN";

  /** Closed without a decision, because the application was withdrawn. */
  public static final String CLOSED = "CLOSED";

  @Id public UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  public ReviewCase reviewCase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Agency agency;

  @Column(name = "rule_id", nullable = false)
  public String ruleId;

  @Column(nullable = false)
  public String reason;

  @Column(nullable = false)
  public String status;

  @Column(name = "due_date", nullable = false)
  public LocalDate dueDate;

  @Column(name = "opened_at", nullable = false)
  public Instant openedAt;

  @Version public int version;
}
