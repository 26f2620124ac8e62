package be.permits.contracts.review;

import be.permits.contracts.Contact;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code review.appeal-received.v1}: someone sent an appeal against a decision; it is lodged once
 * they confirm their address with {@code confirmationToken} (sent to them alone, by email) before
 * {@code confirmBy}. The grounds never leave the review service.
 */
public record ReviewAppealReceived(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID appealId,
    Contact appellant,
    String confirmationToken,
    Instant confirmBy,
    Instant receivedAt) {}
