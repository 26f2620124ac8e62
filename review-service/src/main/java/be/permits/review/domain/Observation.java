package be.permits.review.domain;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An observation sent to a public inquiry. What its sender wrote is kept as sent (the database
 * refuses to change it); the coordinating officials publish a redacted copy, which is all that the
 * applicant and the public ever read.
 */
@Entity
@Table(name = "observation")
public class Observation {
  /** Where the sender stands on the project. */
  public enum Stance {
    SUPPORT,
    NEUTRAL,
    OBJECTION
  }

  /** What an observation is about. */
  public enum Topic {
    TRAFFIC,
    NOISE,
    AIR_QUALITY,
    LANDSCAPE,
    NATURE,
    WATER,
    JOBS,
    SAFETY,
    DATA_AND_SECURITY,
    OTHER
  }

  /** Where an observation is in its life. */
  public enum State {
    /** Sent; its sender has not confirmed the address yet. */
    UNCONFIRMED,
    /** Confirmed; it counts, and waits for its redacted copy. */
    TO_MODERATE,
    /** Its redacted copy is published. */
    PUBLISHED
  }

  @Id public UUID id;

  @Column(name = "case_id", nullable = false)
  public UUID caseId;

  @Column(name = "received_at", nullable = false)
  public Instant receivedAt;

  @Column(nullable = false)
  public String name;

  @Column(nullable = false)
  public String address;

  @Column(nullable = false)
  public String email;

  @Column(nullable = false)
  public String locale;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Stance stance;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<Topic> topics = new ArrayList<>();

  @Column(name = "original_text", nullable = false)
  public String originalText;

  @Column(name = "document_name")
  public String documentName;

  @Basic(fetch = FetchType.LAZY)
  public byte[] document;

  @Column(name = "document_sha256")
  public String documentSha256;

  /** A keyed hash of the sender's network address, for the flood limits. */
  @Column(name = "sender_hash", nullable = false)
  public String senderHash;

  /** The SHA-256 of the confirmation token; the token itself is only in the sender's email. */
  @Column(name = "token_hash", nullable = false)
  public String tokenHash;

  @Column(name = "confirm_by", nullable = false)
  public Instant confirmBy;

  @Column(name = "confirmed_at")
  public Instant confirmedAt;

  @Column(name = "redacted_text")
  public String redactedText;

  @Column(name = "redacted_by")
  public String redactedBy;

  @Column(name = "redacted_at")
  public Instant redactedAt;

  @Column(name = "published_at")
  public Instant publishedAt;

  @Version public int version;

  public State state() {
    if (publishedAt != null) {
      return State.PUBLISHED;
    }
    return confirmedAt == null ? State.UNCONFIRMED : State.TO_MODERATE;
  }
}
