package be.permits.permit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The application's data as it was submitted at one revision; never changed afterwards. */
@Entity
@Immutable
@Table(name = "application_revision")
@IdClass(ApplicationRevision.Key.class)
public class ApplicationRevision {
  @Id
  @Column(name = "application_id")
  public UUID applicationId;

  @Id public int number;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  /** The application form (the API's {@code ApplicationForm}) as JSON. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public String form;

  /** The documents as the revision carries them ({@code AttachmentView} list) as JSON. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public String attachments;

  /** The composite key (application, number). */
  public static class Key implements Serializable {
    public UUID applicationId;
    public int number;

    public Key() {}

    public Key(UUID applicationId, int number) {
      this.applicationId = applicationId;
      this.number = number;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.applicationId.equals(applicationId) && k.number == number;
    }

    @Override
    public int hashCode() {
      return Objects.hash(applicationId, number);
    }
  }
}
