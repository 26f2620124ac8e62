package be.permits.contracts.review;

import be.permits.contracts.Agency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code review.step-handed-over.v1}: a step changed hands within its agency without its new holder
 * taking it: a colleague or the agency's lead handed it over, an absence began and the step went to
 * the absent reviewer's delegate (who holds it {@code until} the last day of the absence), or the
 * absence ended and the step came back. The new holder is told.
 */
public record ReviewStepHandedOver(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID stepId,
    Agency agency,
    LocalDate dueDate,
    String from,
    String to,
    Reason reason,
    LocalDate until,
    Instant handedAt) {

  /** Why the step changed hands. */
  public enum Reason {
    REASSIGNED,
    ABSENCE_BEGAN,
    ABSENCE_ENDED
  }
}
