package be.permits.permit.domain;

import be.permits.contracts.permit.DeclaredSystem;
import be.permits.permit.domain.ApplicationParts.DataProfile;
import be.permits.permit.domain.ApplicationParts.Organisation;
import be.permits.permit.domain.ApplicationParts.Project;
import be.permits.permit.domain.ApplicationParts.Site;
import be.permits.support.refusal.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
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

  // Hibernate loads a section whose columns are all null (a draft's, before its step is filled
  // in) as null. The accessors read such a section as an empty one without assigning it: with
  // bytecode enhancement an assignment on load marks the row dirty, and every read became an
  // update that collided with the review events arriving meanwhile.
  @Embedded private Organisation organisation = new Organisation();
  @Embedded private Site site = new Site();
  @Embedded private Project project = new Project();
  @Embedded private DataProfile data = new DataProfile();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "declared_systems", nullable = false)
  private List<DeclaredSystem> systems = new ArrayList<>();

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

  /** When an appeal against the decision was first lodged; null if none. */
  @Column(name = "appealed_at")
  public Instant appealedAt;

  /** By when the appeal authority decides, while an appeal is pending. */
  @Column(name = "appeal_decision_due")
  public java.time.LocalDate appealDecisionDue;

  /** Whether the decision in force is the appeal authority's. */
  @Column(name = "decided_on_appeal", nullable = false)
  public boolean decidedOnAppeal;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "decision_conditions", nullable = false)
  public List<String> decisionConditions = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "decision_reasons", nullable = false)
  public List<String> decisionReasons = new ArrayList<>();

  @Version public int version;

  /** The organisation section, never null; change it with {@link #setOrganisation}. */
  public Organisation organisation() {
    return organisation != null ? organisation : new Organisation();
  }

  public void setOrganisation(Organisation section) {
    organisation = section;
  }

  /** The site section, never null; change it with {@link #setSite}. */
  public Site site() {
    return site != null ? site : new Site();
  }

  public void setSite(Site section) {
    site = section;
  }

  /** The project section, never null; change it with {@link #setProject}. */
  public Project project() {
    return project != null ? project : new Project();
  }

  public void setProject(Project section) {
    project = section;
  }

  /** The data and IT section, never null; change it with {@link #setData}. */
  public DataProfile data() {
    return data != null ? data : new DataProfile();
  }

  public void setData(DataProfile section) {
    data = section;
  }

  /** The systems the operator declares, in the applicant's order; never null. */
  public List<DeclaredSystem> systems() {
    return systems != null ? List.copyOf(systems) : List.of();
  }

  public void setSystems(List<DeclaredSystem> declared) {
    systems = new ArrayList<>(declared);
  }

  /**
   * The form can change a draft only; everything later changes through answers.
   *
   * @throws Refusal conflict if the application is not a draft
   */
  public void requireDraft() {
    if (status != ApplicationStatus.DRAFT) {
      throw Refusal.conflict(
          "not-a-draft", "Only a draft can be edited; this one is " + status + ".");
    }
  }

  /**
   * Moves to {@code target}.
   *
   * @throws Refusal conflict if the state machine forbids it
   */
  public void moveTo(ApplicationStatus target) {
    if (!status.canMoveTo(target)) {
      throw Refusal.conflict(
          "application-state",
          "An application in status " + status + " cannot become " + target + ".");
    }
    status = target;
  }

  /**
   * The appeal authority's decision replaces the decision: the only way from one decided status to
   * another.
   *
   * @throws Refusal conflict unless the application was decided (not withdrawn) and the new status
   *     is a decision
   */
  public void replaceDecisionOnAppeal(ApplicationStatus decision) {
    if (!status.isDecision() || !decision.isDecision()) {
      throw Refusal.conflict(
          "application-state",
          "An application in status "
              + status
              + " has no decision to replace by "
              + decision
              + ".");
    }
    status = decision;
    decidedOnAppeal = true;
    appealDecisionDue = null;
  }
}
