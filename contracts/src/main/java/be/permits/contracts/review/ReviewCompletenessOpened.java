package be.permits.contracts.review;

import be.permits.contracts.Contact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code review.completeness-opened.v1}: a submitted file waits for the coordinating officials'
 * completeness check, due on {@code dueDate} under its {@code regime}; the review of its substance
 * opens ({@code review.opened.v1}) once the file is complete.
 */
public record ReviewCompletenessOpened(
    UUID caseId,
    UUID applicationId,
    String reference,
    int revision,
    String regime,
    UUID stepId,
    LocalDate dueDate,
    Instant openedAt,
    Contact applicant) {}
