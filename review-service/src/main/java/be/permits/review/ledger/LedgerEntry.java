package be.permits.review.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One entry of the audit ledger; written once, never changed (a trigger refuses it too). */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry {
  @Id public long seq;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;

  @Column(name = "event_id")
  public UUID eventId;

  @Column(nullable = false)
  public String source;

  @Column(nullable = false)
  public String action;

  @Column(name = "application_id")
  public UUID applicationId;

  @Column(nullable = false)
  public String actor;

  @Column(name = "actor_role")
  public String actorRole;

  @Column(name = "actor_agency")
  public String actorAgency;

  @Column(name = "payload_hash", nullable = false)
  public String payloadHash;

  @Column(name = "prev_hash", nullable = false)
  public String prevHash;

  @Column(name = "entry_hash", nullable = false)
  public String entryHash;

  /** The entry's own hash, recomputed from its fields and the previous entry's hash. */
  public String computeHash() {
    return LedgerHash.entryHash(
        prevHash,
        seq,
        recordedAt,
        eventId,
        source,
        action,
        applicationId,
        actor,
        actorRole,
        actorAgency,
        payloadHash);
  }
}
