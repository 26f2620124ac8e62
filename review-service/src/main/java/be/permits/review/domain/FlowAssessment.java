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
import java.util.UUID;

/**
 * An agency's assessment of one flag on a case's data flows. Classified: read by its agency only
 * unless it shares it with the other reviewing agencies; never in an event, a notification or a
 * log, and never shown to the applicant.
 */
@Entity
@Table(name = "flow_assessment")
public class FlowAssessment {
  /** How likely the harm is, and how bad it would be. */
  public enum Level {
    LOW,
    MEDIUM,
    HIGH
  }

  @Id public UUID id;

  @Column(name = "case_id", nullable = false)
  public UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Agency agency;

  /** The flag: its rule and, for a flag on a system, the system's name. */
  @Column(name = "flag_key", nullable = false)
  public String flagKey;

  @Column(name = "rule_id", nullable = false)
  public String ruleId;

  @Column(name = "rule_version", nullable = false)
  public String ruleVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Level likelihood;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Level impact;

  @Column(nullable = false)
  public String justification;

  /** The standard condition the assessment proposes, if any. */
  @Column(name = "condition_id")
  public String conditionId;

  /** Whether the other reviewing agencies of the case may read it. */
  @Column(nullable = false)
  public boolean shared;

  @Column(name = "assessed_by", nullable = false)
  public String assessedBy;

  @Column(name = "assessed_by_name")
  public String assessedByName;

  @Column(name = "assessed_at", nullable = false)
  public Instant assessedAt;

  @Version public int version;
}
