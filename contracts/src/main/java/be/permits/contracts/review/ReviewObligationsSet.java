package be.permits.contracts.review;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code review.obligations-set.v1}: a permit was granted with conditions, and each became an
 * obligation of the operator: evidence to hand in by a date, once or again every so many months, to
 * the agency that set the condition.
 */
public record ReviewObligationsSet(
    UUID caseId,
    UUID applicationId,
    String reference,
    Instant setAt,
    List<Obligation> obligations,
    Contact applicant) {

  /**
   * One obligation.
   *
   * @param condition the condition as the decision words it
   * @param evidence what the operator hands in to show it is kept
   * @param firstDue the day the first evidence is due
   * @param everyMonths months between two pieces of evidence; {@code null}: once
   */
  public record Obligation(
      UUID id,
      Agency agency,
      String condition,
      String evidence,
      LocalDate firstDue,
      Integer everyMonths) {}
}
