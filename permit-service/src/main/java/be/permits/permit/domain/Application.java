package be.permits.permit.domain;

import be.permits.permit.domain.ApplicationParts.DataProfile;
import be.permits.permit.domain.ApplicationParts.Organisation;
import be.permits.permit.domain.ApplicationParts.Project;
import be.permits.permit.domain.ApplicationParts.Site;
import be.permits.support.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A permit application, from draft to decision. Never leaves the service as such. */
@Entity
@Table(name = "application")
public class Application {
  @Id public UUID id;

  /** Whose application this is: see {@code Caller.ownerKey()}. */
  @Column(name = "owner_key", nullable = false)
  public String ownerKey;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ApplicationStatus status;

  public String reference;

  /** Number of the latest submitted revision; 0 while a draft. */
  @Column(nullable = false)
  public int revision;

  @Column(name = "applicant_name")
  public String applicantName;

  @Column(name = "applicant_email")
  public String applicantEmail;

  @Column(name = "applicant_locale", nullable = false)
  public String applicantLocale;

  @Embedded public Organisation organisation = new Organisation();
  @Embedded public Site site = new Site();
  @Embedded public Project project = new Project();
  @Embedded public DataProfile data = new DataProfile();

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "submitted_at")
  public Instant submittedAt;

  @Column(name = "withdrawn_at")
  public Instant withdrawnAt;

  @Column(name = "withdrawal_reason")
  public String withdrawalReason;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "decision_conditions", nullable = false)
  public List<String> decisionConditions = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "decision_reasons", nullable = false)
  public List<String> decisionReasons = new ArrayList<>();

  @Version public int version;

  /**
   * Hibernate loads a section whose columns are all null as null; a section is never null here.
   * Only a missing section is assigned: with bytecode enhancement every assignment marks the
   * section dirty, and an assignment on each load made every read of an application an update (and
   * a version conflict with the review events arriving meanwhile).
   */
  @PostLoad
  void ensureSections() {
    if (organisation == null) {
      organisation = new Organisation();
    }
    if (site == null) {
      site = new Site();
    }
    if (project == null) {
      project = new Project();
    }
    if (data == null) {
      data = new DataProfile();
    }
  }

  /**
   * Moves to {@code target}.
   *
   * @throws ProblemException 409 if the state machine forbids it
   */
  public void moveTo(ApplicationStatus target) {
    if (!status.canMoveTo(target)) {
      throw ProblemException.conflict(
          "An application in status " + status + " cannot become " + target + ".");
    }
    status = target;
  }
}
