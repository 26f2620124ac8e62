package be.permits.contracts.permit;

import be.permits.contracts.Contact;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code permit.withdrawn.v1}: the applicant withdrew a submitted application; its review stops.
 *
 * @param reason the applicant's words, shown to reviewers
 */
public record PermitWithdrawn(
    UUID applicationId, String reference, String reason, Instant withdrawnAt, Contact applicant) {}
