package be.permits.permit.service;

import be.permits.contracts.Agency;
import be.permits.permit.domain.InformationRequest;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agency's request for information on the application, and its answer once given. */
@Schema(name = "InformationRequest")
public record RequestView(
    UUID id,
    Agency agency,
    @Schema(maxItems = 30) List<@Size(max = 2000) String> questions,
    LocalDate dueDate,
    Instant requestedAt,
    @Schema(maxLength = Answer.MAX_TEXT) String answer,
    Instant answeredAt,
    @Schema(minimum = "2", maximum = "10000", description = "The revision that the answer made")
        Integer answerRevision) {

  public static RequestView of(InformationRequest r) {
    return new RequestView(
        r.id,
        r.agency,
        List.copyOf(r.questions),
        r.dueDate,
        r.requestedAt,
        r.answer,
        r.answeredAt,
        r.answerRevision);
  }

  public boolean isOpen() {
    return answeredAt == null;
  }
}
