package be.permits.contracts.review;

import be.permits.contracts.Agency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code review.step-overdue.v1}: a step passed its statutory deadline undecided and is escalated,
 * once.
 *
 * @param assignee the reviewer holding the step, or {@code null} if it waits in the queue
 */
public record ReviewStepOverdue(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID stepId,
    Agency agency,
    LocalDate dueDate,
    String assignee,
    Instant escalatedAt) {}
