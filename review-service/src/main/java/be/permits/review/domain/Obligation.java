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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public State state = State.AWAITED;

  /** The due date the operator was last reminded of; one reminder per due date. */
  @Column(name = "reminded_for")
  public LocalDate remindedFor;

  /** The due date last found passed without evidence; one escalation per due date. */
  @Column(name = "overdue_for")
  public LocalDate overdueFor;

  @Version public int version;

  /** Where the obligation stands. */
  public enum State {
    /** Evidence is owed by {@link #nextDue} (overdue once that day has passed). */
    AWAITED,
    /** The operator handed in evidence; the agency reviews it. */
    TO_REVIEW,
    /** Evidence owed once was accepted: nothing more is owed. */
    FULFILLED,
    /**
     * Evidence owed once was found a breach, and enforcement goes on; evidence coming late is still
     * reviewed, and accepted it fulfils the obligation.
     */
    BREACHED
  }

  /** Whether the evidence is past its due date and still awaited on {@code today}. */
  public boolean isOverdue(LocalDate today) {
    return state == State.AWAITED && nextDue.isBefore(today);
  }
}
