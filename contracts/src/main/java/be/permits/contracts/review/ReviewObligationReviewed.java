package be.permits.contracts.review;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code review.obligation-reviewed.v1}: the agency that set a condition reviewed the operator's
 * evidence (or found it missing past its due date).
 *
 * @param evidenceId the evidence reviewed; {@code null} for a breach found without evidence
 * @param reason the agency's words to the operator; {@code null} when it gave none
 * @param nextDue the day the next evidence is due; {@code null} when none is owed any more
 * @param enforcementReference the enforcement case a breach opened; {@code null} otherwise
 */
public record ReviewObligationReviewed(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID obligationId,
    Agency agency,
    UUID evidenceId,
    EvidenceOutcome outcome,
    String reason,
    LocalDate nextDue,
    String enforcementReference,
    Instant reviewedAt,
    Contact applicant) {}
