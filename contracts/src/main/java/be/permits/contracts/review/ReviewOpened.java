package be.permits.contracts.review;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code review.opened.v1}: a review case was opened for a submitted application, with one step per
 * agency that the routing rules chose, and why.
 */
public record ReviewOpened(
    UUID caseId,
    UUID applicationId,
    String reference,
    int revision,
    String ruleVersion,
    Instant openedAt,
    Contact applicant,
    List<Step> steps) {

  public record Step(UUID stepId, Agency agency, String ruleId, String reason, LocalDate dueDate) {}
}
