package be.permits.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One message to one person about one event, with its delivery state. */
@Entity
@Table(name = "notification")
public class Notification {
  public enum Status {
    PENDING,
    SENT,
    FAILED,
    /** Nothing to deliver by email: the recipient has no address, or turned this kind off. */
    SKIPPED,
    /** Held for the recipient's daily summary. */
    DIGEST,
    /** Delivered within a daily summary rather than alone. */
    DIGESTED
  }

  public enum Kind {
    SUBMISSION_RECEIVED,
    REVIEW_OPENED,
    INFORMATION_REQUESTED,
    DECISION,
    /** The applicant: a public inquiry on the application runs. */
    INQUIRY_OPENED,
    /** The applicant: the decision period is extended, once, with its reason. */
    DECISION_EXTENDED,
    /** The applicant: the foreign investment screening committee opened its screening phase. */
    SCREENING_OPENED,
    /** Reviewers: a new step for my agency. */
    STEP_OPENED,
    /** Reviewers: my agency's step passed its deadline and is escalated. */
    STEP_OVERDUE,
    /** Reviewers: the applicant answered my agency's request. */
    ANSWER_RECEIVED,
    /** Reviewers: a colleague's four-eyes proposal awaits my confirmation. */
    CONFIRMATION_NEEDED,
    /** Reviewers: a colleague returned my four-eyes proposal, saying why. */
    PROPOSAL_RETURNED,
    /** The deciding authority: every advisory step is done. */
    DECISION_OPENED,
    /** Reviewers: the operator handed in evidence for a condition my agency set. */
    EVIDENCE_RECEIVED,
    /** Reviewers: evidence for a condition my agency set is past its due date. */
    EVIDENCE_OVERDUE,
    /** Reviewers of the agency and the deciding authority: a breach opened an enforcement case. */
    ENFORCEMENT_OPENED,
    /** Reviewers of the agency that found the breach: the deciding authority closed the case. */
    ENFORCEMENT_CLOSED,
    /**
     * Reviewers: a step is now mine: a colleague or the lead handed it over, I stand in for an
     * absent colleague, or it came back after my absence.
     */
    STEP_HANDED_OVER,
    /** Reviewers of an agency that chose it: the day's new steps, in one message. */
    DAILY_DIGEST,
    /** A member of the public: confirm the observation sent to an inquiry. */
    OBSERVATION_TO_CONFIRM,
    /** A member of the public (or the applicant): confirm the appeal sent against a decision. */
    APPEAL_TO_CONFIRM,
    /** The appellant: the appeal is lodged, and by when the appeal authority decides. */
    APPEAL_RECEIPT,
    /** The applicant: an appeal is lodged against the decision on the application. */
    APPEAL_LODGED,
    /** The applicant and every appellant: the appeal authority decided, replacing the decision. */
    APPEAL_DECIDED,
    /** The appellant: how to pay the appeal fee; the appeal is decided once it is paid. */
    APPEAL_FEE,
    /** The operator: evidence for a condition of the permit is due soon. */
    EVIDENCE_DUE_SOON,
    /** The operator: evidence for a condition of the permit is past its due date. */
    EVIDENCE_LATE,
    /** The operator: the authority's finding on its evidence (or on its absence). */
    EVIDENCE_REVIEWED,
    /** The operator: how the deciding authority closed the enforcement case, and why. */
    ENFORCEMENT_OUTCOME;

    /** Whether the message goes to reviewers, about a case on their desk. */
    public boolean isForReviewers() {
      return ordinal() >= STEP_OPENED.ordinal() && ordinal() <= DAILY_DIGEST.ordinal();
    }

    /** Whether the message goes to someone without an account, who chooses nothing. */
    public boolean isForThePublic() {
      return this == OBSERVATION_TO_CONFIRM
          || this == APPEAL_TO_CONFIRM
          || this == APPEAL_RECEIPT
          || this == APPEAL_FEE;
    }
  }

  public static final String EMAIL = "EMAIL";
  private static final int MAX_ERROR = 500;

  @Id public UUID id;

  @Column(name = "cause_event_id", nullable = false)
  public UUID causeEventId;

  @Column(name = "application_id", nullable = false)
  public UUID applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Kind kind;

  @Column(nullable = false)
  public String channel;

  @Column(name = "recipient_subject", nullable = false)
  public String recipientSubject;

  @Column(name = "recipient_email")
  public String recipientEmail;

  @Column(nullable = false)
  public String locale;

  @Column(nullable = false)
  public String subject;

  /** The application's reference, for the inbox. */
  public String reference;

  /** Where the recipient acts on it, as a path of the suite (the email carries the whole link). */
  @Column(name = "link_path")
  public String linkPath;

  /** By when the recipient is asked to act, if they are. */
  @Column(name = "due_date")
  public LocalDate dueDate;

  /** The questions, conditions or reasons that the message is about. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<String> items = new ArrayList<>();

  @Column(name = "body_text", nullable = false)
  public String bodyText;

  @Column(name = "body_html", nullable = false)
  public String bodyHtml;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "sent_at")
  public Instant sentAt;

  @Column(name = "read_at")
  public Instant readAt;

  @Version public int version;

  public void delivered(Instant now) {
    attempts++;
    status = Status.SENT;
    sentAt = now;
    nextAttemptAt = null;
  }

  /**
   * Records a failed attempt: retried after {@code firstRetry} doubled per earlier attempt, until
   * {@code maxAttempts}, then FAILED.
   */
  public void attemptFailed(String error, Instant now, int maxAttempts, Duration firstRetry) {
    attempts++;
    lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), MAX_ERROR));
    if (attempts >= maxAttempts) {
      status = Status.FAILED;
      nextAttemptAt = null;
    } else {
      nextAttemptAt = now.plus(firstRetry.multipliedBy(1L << Math.min(attempts - 1, 16)));
    }
  }
}
