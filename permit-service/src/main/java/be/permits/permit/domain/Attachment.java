package be.permits.permit.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A document of an application. Once a submitted revision carries it, it is never changed or
 * deleted; a new document may only supersede it in a later revision.
 */
@Entity
@Table(name = "attachment")
public class Attachment {
  /** What the document is. */
  public enum Kind {
    SITE_PLAN,
    IMPACT_STUDY,
    DATA_PROTECTION_IMPACT_ASSESSMENT,
    OTHER
  }

  @Id public UUID id;

  @Column(name = "application_id", nullable = false)
  public UUID applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Kind kind;

  @Column(name = "file_name", nullable = false)
  public String fileName;

  /** Detected from the content, never taken from the name or the client. */
  @Column(name = "media_type", nullable = false)
  public String mediaType;

  @Column(name = "size_bytes", nullable = false)
  public long sizeBytes;

  @Column(nullable = false)
  public String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  public byte[] content;

  @Column(name = "uploaded_at", nullable = false)
  public Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false)
  public String uploadedBy;

  @Column(name = "first_revision")
  public Integer firstRevision;

  @Column(name = "superseded_by")
  public UUID supersededBy;

  @Version public int version;

  /** Part of a submitted revision, and so frozen. */
  public boolean isSubmitted() {
    return firstRevision != null;
  }
}
