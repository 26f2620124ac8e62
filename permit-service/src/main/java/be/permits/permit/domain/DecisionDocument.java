package be.permits.permit.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A sealed decision document of an application, as review-service issued it. */
@Entity
@Table(name = "decision_document")
public class DecisionDocument {
  @Id public UUID id;

  @Column(name = "application_id", nullable = false)
  public UUID applicationId;

  /** DECISION or APPEAL_DECISION. */
  @Column(nullable = false)
  public String kind;

  @Column(nullable = false)
  public String language;

  @Column(nullable = false)
  public String sha256;

  @Column(name = "sealed_at", nullable = false)
  public Instant sealedAt;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  public byte[] content;
}
