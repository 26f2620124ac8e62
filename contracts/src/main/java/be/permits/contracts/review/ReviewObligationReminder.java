package be.permits.contracts.review;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code review.obligation-reminder.v1}: the clock engine's word on an obligation whose evidence is
 * still awaited: due soon (the operator is reminded), or past its due date (the operator and the
 * agency are told, and the agency decides whether it is a breach). Once per stage and due date.
 */
public record ReviewObligationReminder(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID obligationId,
    Agency agency,
    String condition,
    LocalDate due,
    Stage stage,
    Instant remindedAt,
    Contact applicant) {

  /** How far the due date is. */
  public enum Stage {
    DUE_SOON,
    OVERDUE
  }
}
