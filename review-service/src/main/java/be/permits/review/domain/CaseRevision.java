package be.permits.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A revision of the application as permit-service published it, kept for the reviewers. */
@Entity
@Table(name = "case_revision")
@IdClass(CaseRevision.Key.class)
public class CaseRevision {
  @Id
  @Column(name = "case_id")
  public UUID caseId;

  @Id public int revision;

  @Column(name = "received_at", nullable = false)
  public Instant receivedAt;

  /** The event data, verbatim. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public String data;

  /** The composite key (case, revision). */
  public static class Key implements Serializable {
    public UUID caseId;
    public int revision;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.caseId.equals(caseId) && k.revision == revision;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(caseId, revision);
    }
  }
}
