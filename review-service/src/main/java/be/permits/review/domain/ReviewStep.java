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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One agency's part of a review, with the rule that created it and its statutory deadline. */
@Entity
@Table(name = "review_step")
public class ReviewStep {
  public static final String OPEN = "OPEN";

  /** Closed without a decision, because the application was withdrawn. */
  public static final String CLOSED = "CLOSED";

  /** Waiting for the applicant's answer; the step's clock is stopped. */
  public static final String INFORMATION_REQUESTED = "INFORMATION_REQUESTED";

  /** Four-eyes: decided by one reviewer, waiting for another reviewer's confirmation. */
  public static final String PROPOSED = "PROPOSED";

  public static final String DECIDED = "DECIDED";

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

  /** The reviewer of the agency who holds the step, or {@code null} while it waits in the queue. */
  public String assignee;

  /** APPROVE, APPROVE_WITH_CONDITIONS or REJECT, once decided. */
  public String decision;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<String> conditions = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<String> reasons = new ArrayList<>();

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "decided_by")
  public String decidedBy;

  /** Four-eyes: the reviewer who proposed the decision that another must confirm. */
  @Column(name = "proposed_by")
  public String proposedBy;

  /** The day the clock stopped for a request for information. */
  @Column(name = "clock_stopped_on")
  public LocalDate clockStoppedOn;

  @Column(name = "open_request_id")
  public UUID openRequestId;

  /** The revision this agency last acted on: decided, or asked the applicant about. */
  @Column(name = "acted_on_revision")
  public Integer actedOnRevision;

  /** When the step was escalated for passing its deadline undecided; escalated once. */
  @Column(name = "escalated_at")
  public Instant escalatedAt;

  /** The revision of the application this step reviews. */
  @Column(name = "reviewed_revision", nullable = false)
  public int reviewedRevision = 1;

  @Version public int version;

  /** Still to be decided: open, or proposed and waiting for the four-eyes confirmation. */
  public boolean isUndecided() {
    return OPEN.equals(status) || PROPOSED.equals(status);
  }
}
