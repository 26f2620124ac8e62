package be.permits.contracts.review;

import be.permits.contracts.Agency;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code review.step-proposed.v1}: on a four-eyes step one reviewer proposed a decision; another
 * reviewer of the same agency must confirm it.
 */
public record ReviewStepProposed(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID stepId,
    Agency agency,
    String outcome,
    String proposedBy,
    Instant proposedAt) {}
