package be.permits.contracts.permit;

import be.permits.contracts.Agency;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code permit.evidence-submitted.v1}: the operator handed in evidence that it keeps a condition
 * of its permit: a statement and a PDF, which stays in permit-service (reviewers of {@code agency}
 * download it there, checked against {@code sha256}).
 *
 * @param agency the agency that set the condition and reviews the evidence
 * @param due the due date the evidence answers, as the operator saw it
 */
public record PermitEvidenceSubmitted(
    UUID applicationId,
    String reference,
    UUID obligationId,
    Agency agency,
    UUID evidenceId,
    LocalDate due,
    String statement,
    String fileName,
    long sizeBytes,
    String sha256,
    Instant submittedAt) {}
