package be.permits.contracts.review;

import be.permits.contracts.Contact;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code review.concluded.v1}: the competent authority decided.
 *
 * @param outcome APPROVED, APPROVED_WITH_CONDITIONS or REJECTED
 */
public record ReviewConcluded(
    UUID caseId,
    UUID applicationId,
    String reference,
    String outcome,
    List<String> conditions,
    List<String> reasons,
    Instant concludedAt,
    Contact applicant) {}
