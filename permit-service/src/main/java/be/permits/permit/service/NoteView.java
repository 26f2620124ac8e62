package be.permits.permit.service;

import be.permits.contracts.Agency;
import be.permits.permit.domain.AgencyNote;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A note that a reviewing agency wrote for the applicant. */
@Schema(name = "AgencyNote")
public record NoteView(Agency agency, @Schema(maxLength = 4000) String text, Instant writtenAt) {
  public static NoteView of(AgencyNote n) {
    return new NoteView(n.agency, n.text, n.writtenAt);
  }
}
