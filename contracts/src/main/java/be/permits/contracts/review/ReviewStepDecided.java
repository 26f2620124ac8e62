package be.permits.contracts.review;

import be.permits.contracts.Agency;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code review.step-decided.v1}: an agency's step is decided (confirmed, on four-eyes steps). No
 * note travels with it: notes stay in review-service.
 *
 * @param proposedBy on four-eyes steps, the reviewer who proposed; {@code decidedBy} confirmed
 */
public record ReviewStepDecided(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID stepId,
    Agency agency,
    String outcome,
    List<String> conditions,
    List<String> reasons,
    int revision,
    Instant decidedAt,
    String decidedBy,
    String proposedBy) {}
