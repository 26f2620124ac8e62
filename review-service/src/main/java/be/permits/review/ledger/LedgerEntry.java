package be.permits.review.ledger;

import be.permits.contracts.ledger.MerkleTree;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
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
    return LedgerHash.sha256(line());
  }

  /** The entry's leaf hash in the ledger's Merkle tree (its index is {@code seq - 1}). */
  public byte[] leafHash() {
    return MerkleTree.leafHash(line().getBytes(StandardCharsets.UTF_8));
  }

  /** The canonical line of the entry's fields. */
  public String line() {
    return LedgerHash.line(
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
