package be.permits.review.domain;

import be.permits.contracts.Agency;
import be.permits.support.refusal.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Query;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One agency's part of a review, with the rule that created it and its statutory deadline. */
@Entity
@Table(name = "review_step")
public class ReviewStep {
  /** The life of a step; {@link #canMoveTo} is the whole state machine. */
  public enum Status {
    OPEN,
    /** Waiting for the applicant's answer; the step's clock is stopped. */
    INFORMATION_REQUESTED,
    /** Four-eyes: decided by one reviewer, waiting for another reviewer's confirmation. */
    PROPOSED,
    DECIDED,
    /** Closed without a decision: the application was withdrawn, or the case ended early. */
    CLOSED;

    /** The constants as one regular expression, for the bounds of query parameters. */
    public static final String PATTERN = "OPEN|INFORMATION_REQUESTED|PROPOSED|DECIDED|CLOSED";

    public boolean canMoveTo(Status target) {
      return switch (this) {
        case OPEN -> target != OPEN;
        case INFORMATION_REQUESTED -> target == OPEN || target == CLOSED;
        case PROPOSED -> target == DECIDED || target == CLOSED || target == OPEN;
        case DECIDED, CLOSED -> false;
      };
    }
  }

  /**
   * Still to be decided: open, or proposed and waiting for the four-eyes confirmation. A step that
   * waits for the applicant is not, its clock being stopped.
   */
  public static final Set<Status> UNDECIDED = EnumSet.of(Status.OPEN, Status.PROPOSED);

  /** Statuses in which someone holds a step: work on it is still to be done. */
  public static final Set<Status> IN_HAND =
      EnumSet.of(Status.OPEN, Status.INFORMATION_REQUESTED, Status.PROPOSED);

  /**
   * Overdue, in JPQL over a step named {@code s}: undecided past its due date. The same rule as
   * {@link #isOverdue}; bind its parameters with {@link #bindOverdue}.
   */
  public static final String OVERDUE_JPQL = "s.status IN :undecided AND s.dueDate < :today";

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

  /** {@link #reason} by language (en, fr, nl, de). */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "reason_texts", nullable = false)
  public Map<String, String> reasonTexts = new HashMap<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  @Column(name = "due_date", nullable = false)
  public LocalDate dueDate;

  @Column(name = "opened_at", nullable = false)
  public Instant openedAt;

  /** The reviewer of the agency who holds the step, or {@code null} while it waits in the queue. */
  public String assignee;

  /**
   * The absent reviewer for whom {@link #assignee} holds the step as delegate; it goes back to them
   * when the absence ends, unless someone took it meanwhile. {@code null} otherwise.
   */
  @Column(name = "standing_in_for")
  public String standingInFor;

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

  /** The day the step's period starts from (the day it opened); null for steps opened before. */
  @Column(name = "period_start")
  public LocalDate periodStart;

  /** The step's period in calendar days; null for steps opened before. */
  @Column(name = "period_days")
  public Integer periodDays;

  /**
   * Each time the clock stood still, as {@code stoppedOn/resumedOn}: the engine leaves those days
   * out when it computes the last day from {@link #periodStart}.
   */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "clock_stops", nullable = false)
  public List<String> clockStops = new ArrayList<>();

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

  /** Four-eyes: who returned the last proposal, why and when; cleared by the next proposal. */
  @Column(name = "returned_by")
  public String returnedBy;

  @Column(name = "returned_reason")
  public String returnedReason;

  @Column(name = "returned_at")
  public Instant returnedAt;

  /** The proposal that was returned, for its proposer to start again from. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "returned_proposal")
  public Proposal returnedProposal;

  /** A decision as proposed on a four-eyes step. */
  public record Proposal(String outcome, List<String> conditions, List<String> reasons) {}

  /** The FDI screening phase's days, once the committee opened it; null during verification. */
  @Column(name = "screening_days")
  public Integer screeningDays;

  @Column(name = "screening_reason")
  public String screeningReason;

  @Column(name = "screening_opened_by")
  public String screeningOpenedBy;

  @Column(name = "screening_opened_at")
  public Instant screeningOpenedAt;

  @Version public int version;

  public boolean isUndecided() {
    return UNDECIDED.contains(status);
  }

  public boolean isOverdue(LocalDate today) {
    return isUndecided() && dueDate.isBefore(today);
  }

  public static <Q extends Query> Q bindOverdue(Q query, LocalDate today) {
    query.setParameter("undecided", UNDECIDED);
    query.setParameter("today", today);
    return query;
  }

  /**
   * Moves to {@code target}.
   *
   * @throws Refusal conflict if the state machine forbids it
   */
  public void moveTo(Status target) {
    if (!status.canMoveTo(target)) {
      throw Refusal.conflict(
          "step-state", "The step is " + status + "; it cannot become " + target + ".");
    }
    status = target;
    if (!IN_HAND.contains(target)) {
      // Nothing is left to hold for an absent colleague.
      standingInFor = null;
    }
  }

  /** The applicant is asked: the clock stops until the answer to {@code requestId}. */
  public void awaitAnswer(UUID requestId, LocalDate today) {
    moveTo(Status.INFORMATION_REQUESTED);
    clockStoppedOn = today;
    openRequestId = requestId;
  }

  /**
   * The applicant answered on {@code today}: the time the clock stood still is recorded, and the
   * step opens again with the last day that the clock engine computes, given that time ({@code
   * newDueDate}).
   */
  public void answered(
      int revision,
      LocalDate today,
      java.util.function.Function<ReviewStep, LocalDate> newDueDate) {
    moveTo(Status.OPEN);
    clockStops.add(clockStoppedOn + "/" + today);
    dueDate = newDueDate.apply(this);
    clockStoppedOn = null;
    openRequestId = null;
    reviewedRevision = revision;
  }

  /** Records a four-eyes proposal by {@code proposer}; a returned proposal is behind it now. */
  public void propose(String proposer) {
    moveTo(Status.PROPOSED);
    proposedBy = proposer;
    returnedBy = null;
    returnedReason = null;
    returnedAt = null;
    returnedProposal = null;
  }

  /**
   * Four-eyes: the confirming reviewer returns the proposal with {@code reason}; the step opens
   * again, held by its proposer, with the returned proposal kept beside it.
   */
  public void returnProposal(String reviewer, String reason, Instant at) {
    returnedProposal = new Proposal(decision, List.copyOf(conditions), List.copyOf(reasons));
    moveTo(Status.OPEN);
    assignee = proposedBy;
    returnedBy = reviewer;
    returnedReason = reason;
    returnedAt = at;
    decision = null;
    conditions = new ArrayList<>();
    reasons = new ArrayList<>();
  }

  /**
   * Closes an undecided step, or one that waits for the applicant, without a decision; nobody holds
   * it and no clock or request stays open. A decided or closed step stays as it is.
   */
  public void close() {
    if (status == Status.DECIDED || status == Status.CLOSED) {
      return;
    }
    moveTo(Status.CLOSED);
    assignee = null;
    clockStoppedOn = null;
    openRequestId = null;
  }
}
