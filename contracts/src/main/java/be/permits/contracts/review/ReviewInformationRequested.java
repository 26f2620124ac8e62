package be.permits.contracts.review;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code review.information-requested.v1}: an agency asks the applicant questions; that agency's
 * clock stops until the answer.
 */
public record ReviewInformationRequested(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID requestId,
    UUID stepId,
    Agency agency,
    List<String> questions,
    LocalDate dueDate,
    Instant requestedAt,
    Contact applicant) {}
