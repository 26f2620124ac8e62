package be.permits.contracts.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code review.decision-opened.v1}: every advisory step is decided; the deciding authority's step
 * opens.
 */
public record ReviewDecisionOpened(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID stepId,
    LocalDate dueDate,
    Instant openedAt) {}
