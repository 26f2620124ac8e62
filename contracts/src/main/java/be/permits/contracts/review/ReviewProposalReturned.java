package be.permits.contracts.review;

import be.permits.contracts.Agency;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code review.proposal-returned.v1}: on a four-eyes step the second reviewer did not confirm the
 * proposed decision and returned it to its proposer, saying why; the step is open again.
 *
 * @param outcome the outcome that was proposed
 */
public record ReviewProposalReturned(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID stepId,
    Agency agency,
    String outcome,
    String proposedBy,
    String returnedBy,
    String reason,
    Instant returnedAt) {}
