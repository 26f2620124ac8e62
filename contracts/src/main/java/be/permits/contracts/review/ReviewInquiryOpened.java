package be.permits.contracts.review;

import be.permits.contracts.Contact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code review.inquiry-opened.v1}: a public inquiry on the application runs from {@code startsOn}
 * to {@code endsOn}, both included; anyone may send an observation.
 */
public record ReviewInquiryOpened(
    UUID caseId,
    UUID applicationId,
    String reference,
    LocalDate startsOn,
    LocalDate endsOn,
    Instant openedAt,
    Contact applicant) {}
