package be.permits.contracts.review;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code review.enforcement-closed.v1}: the deciding authority closed an enforcement case that a
 * breach of a permit's condition opened.
 *
 * @param agency the agency whose condition was breached
 * @param reason the deciding authority's words to the operator
 */
public record ReviewEnforcementClosed(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID enforcementId,
    String enforcementReference,
    UUID obligationId,
    Agency agency,
    EnforcementOutcome outcome,
    String reason,
    Instant closedAt,
    Contact applicant) {}
