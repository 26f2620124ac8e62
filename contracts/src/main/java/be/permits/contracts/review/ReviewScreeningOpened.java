package be.permits.contracts.review;

import be.permits.contracts.Contact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code review.screening-opened.v1}: the foreign investment screening committee ends its
 * verification phase by opening the screening phase (cooperation agreement of 30 November 2022),
 * for {@code reason}; its opinion is now due by {@code dueDate}.
 */
public record ReviewScreeningOpened(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID stepId,
    int days,
    String reason,
    LocalDate dueDate,
    Instant openedAt,
    Contact applicant) {}
