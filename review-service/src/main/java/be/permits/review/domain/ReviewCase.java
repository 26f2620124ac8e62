package be.permits.review.domain;

import be.permits.contracts.Contact;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The review of one application: its steps, one per agency that the routing rules chose. */
@Entity
@Table(name = "review_case")
public class ReviewCase {
  /**
   * The life of a case: open until concluded by a decision, or withdrawn by its applicant; appealed
   * while the appeal authority works on an appeal, concluded again by its decision.
   */
  public enum Status {
    OPEN,
    WITHDRAWN,
    CONCLUDED,
    APPEALED
  }

  @Id public UUID id;

  @Column(name = "application_id", nullable = false, unique = true)
  public UUID applicationId;

  @Column(nullable = false)
  public String reference;

  @Column(nullable = false)
  public int revision;

  @Column(name = "rule_version", nullable = false)
  public String ruleVersion;

  /** The procedure the case runs under, as the routing rules chose it (null before issue #18). */
  public String regime;

  /** The version of the procedures ({@code procedure/regimes.json}) the case runs under. */
  @Column(name = "regime_version")
  public String regimeVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  /** The day the file was found complete and its review opened; null while it is checked. */
  @Column(name = "completed_on")
  public LocalDate completedOn;

  /** Whether the file counts as complete because the check was not done in time. */
  @Column(name = "tacitly_complete", nullable = false)
  public boolean tacitlyComplete;

  /** The last day of the decision period, counted from {@link #completedOn} by the regime. */
  @Column(name = "decision_due_date")
  public LocalDate decisionDueDate;

  /** The decision period's one extension, in days; null while it has none. */
  @Column(name = "decision_extension_days")
  public Integer decisionExtensionDays;

  @Column(name = "decision_extension_reason")
  public String decisionExtensionReason;

  @Column(name = "decision_extended_by")
  public String decisionExtendedBy;

  @Column(name = "decision_extended_at")
  public Instant decisionExtendedAt;

  /** The day the decision was taken, notified and posted: the appeal windows run from it. */
  @Column(name = "decided_on")
  public LocalDate decidedOn;

  /** The decision in force: APPROVED, APPROVED_WITH_CONDITIONS or REJECTED. */
  @Column(name = "decision_outcome")
  public String decisionOutcome;

  /** The conditions of the decision in force. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "decision_conditions", nullable = false)
  public List<String> decisionConditions = new ArrayList<>();

  /** The last day each appellant may appeal (APPLICANT, OFFICIALS, THIRD_PARTIES: ISO day). */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "appeal_windows")
  public java.util.Map<String, String> appealWindows;

  /** The last day anyone the procedure names may appeal; null without a decision or appeal. */
  @Column(name = "appeal_until")
  public LocalDate appealUntil;

  /** Whether the decision in force is the appeal authority's. */
  @Column(name = "decided_on_appeal", nullable = false)
  public boolean decidedOnAppeal;

  @Column(name = "applicant_subject", nullable = false)
  public String applicantSubject;

  @Column(name = "applicant_name")
  public String applicantName;

  @Column(name = "applicant_email")
  public String applicantEmail;

  @Column(name = "applicant_locale", nullable = false)
  public String applicantLocale;

  /** The site's name in the latest revision, for the queue. */
  @Column(name = "site_name")
  public String siteName;

  @Column(name = "opened_at", nullable = false)
  public Instant openedAt;

  @OneToMany(mappedBy = "reviewCase", cascade = CascadeType.PERSIST)
  @OrderBy("agency")
  public List<ReviewStep> steps = new ArrayList<>();

  @Version public int version;

  /** Whether the file still waits for its completeness check (no agency reviews it yet). */
  public boolean inCompletenessCheck() {
    return completedOn == null && status == Status.OPEN;
  }

  /** The applicant to whom the case's events are addressed. */
  public Contact applicant() {
    return new Contact(applicantSubject, applicantName, applicantEmail, applicantLocale);
  }
}
