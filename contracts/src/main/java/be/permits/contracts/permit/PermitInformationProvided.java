package be.permits.contracts.permit;

import be.permits.contracts.Agency;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code permit.information-provided.v1}: the applicant answered a request for information; the
 * answer made a new revision, carried whole in {@code application}.
 *
 * @param changedFields the fields that differ from the previous revision
 */
public record PermitInformationProvided(
    UUID applicationId,
    String reference,
    UUID requestId,
    UUID stepId,
    Agency agency,
    String answer,
    int revision,
    List<String> changedFields,
    Instant answeredAt,
    PermitSubmitted application) {}
