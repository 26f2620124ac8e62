package be.permits.contracts.review;

import be.permits.contracts.Contact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code review.decision-extended.v1}: the decision period is extended, once, by {@code days}, for
 * {@code reason}; the decision is now due by {@code decisionDueDate}.
 */
public record ReviewDecisionExtended(
    UUID caseId,
    UUID applicationId,
    String reference,
    int days,
    String reason,
    LocalDate decisionDueDate,
    Instant extendedAt,
    Contact applicant) {}
