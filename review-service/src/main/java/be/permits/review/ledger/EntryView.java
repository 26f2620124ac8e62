package be.permits.review.ledger;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the ledger as auditors read it, with the hashes that chain it. */
@Schema(name = "LedgerEntry")
public record EntryView(
    @Schema(minimum = "1", maximum = "9223372036854775807") long seq,
    Instant recordedAt,
    UUID eventId,
    @Schema(maxLength = 40) String source,
    @Schema(maxLength = 80) String action,
    UUID applicationId,
    @Schema(maxLength = 255) String actor,
    @Schema(maxLength = 30) String actorRole,
    @Schema(maxLength = 30) String actorAgency,
    @Schema(pattern = "^[0-9a-f]{64}$", maxLength = 64) String payloadHash,
    @Schema(pattern = "^[0-9a-f]{64}$", maxLength = 64) String prevHash,
    @Schema(pattern = "^[0-9a-f]{64}$", maxLength = 64) String entryHash) {

  static EntryView of(LedgerEntry e) {
    return new EntryView(
        e.seq,
        e.recordedAt,
        e.eventId,
        e.source,
        e.action,
        e.applicationId,
        e.actor,
        e.actorRole,
        e.actorAgency,
        e.payloadHash,
        e.prevHash,
        e.entryHash);
  }
}
