package be.permits.contracts.review;

import be.permits.contracts.Contact;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code review.observation-received.v1}: someone sent an observation to a public inquiry; it
 * counts once they confirm their address with {@code confirmationToken} (sent to them alone, by
 * email) before {@code confirmBy}. The observation's text never leaves the review service.
 */
public record ReviewObservationReceived(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID observationId,
    Contact observer,
    String confirmationToken,
    Instant confirmBy,
    Instant receivedAt) {}
