package be.permits.permit.service;

import be.permits.permit.domain.Attachment;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document's description, without its content. */
@Schema(name = "Attachment")
public record AttachmentView(
    UUID id,
    Attachment.Kind kind,
    @Schema(maxLength = 255) String fileName,
    @Schema(maxLength = 40, description = "Detected from the content") String mediaType,
    @Schema(minimum = "1", maximum = "22020096") long sizeBytes,
    @Schema(pattern = "^[0-9a-f]{64}$", maxLength = 64) String sha256,
    Instant uploadedAt,
    @Schema(
            minimum = "1",
            maximum = "10000",
            description = "First revision that carried it; absent while only in a draft")
        Integer firstRevision,
    @Schema(description = "The document that replaces it, if any") UUID supersededBy) {

  public static AttachmentView of(Attachment a) {
    return new AttachmentView(
        a.id,
        a.kind,
        a.fileName,
        a.mediaType,
        a.sizeBytes,
        a.sha256,
        a.uploadedAt,
        a.firstRevision,
        a.supersededBy);
  }
}
