package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewNote;
import be.permits.review.domain.ReviewStep;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What reviewers read about cases. */
public final class CaseViews {
  private CaseViews() {}

  @Schema(name = "Step")
  public record StepView(
      UUID id,
      Agency agency,
      @Schema(maxLength = 80) String ruleId,
      @Schema(maxLength = 1000) String reason,
      ReviewStep.Status status,
      LocalDate dueDate,
      @Schema(description = "Past its deadline and still undecided") boolean overdue,
      @Schema(description = "When the overdue step was escalated") Instant escalatedAt,
      @Schema(maxLength = 255, description = "Subject of the reviewer holding the step")
          String assignee,
      @Schema(maxLength = 30) String decision,
      @Schema(maxLength = 255, description = "Four-eyes: who proposed the decision")
          String proposedBy,
      @Schema(maxItems = 50) List<@Size(max = 2000) String> conditions,
      @Schema(maxItems = 50) List<@Size(max = 2000) String> reasons,
      @Schema(minimum = "1", maximum = "10000", description = "The revision the step reviews")
          int reviewedRevision,
      @Schema(
              minimum = "1",
              maximum = "10000",
              description = "The revision the agency last decided or asked about")
          Integer actedOnRevision) {

    /** The step as of {@code today}, which decides whether it is overdue. */
    public static StepView of(ReviewStep s, LocalDate today) {
      return new StepView(
          s.id,
          s.agency,
          s.ruleId,
          s.reason,
          s.status,
          s.dueDate,
          s.isOverdue(today),
          s.escalatedAt,
          s.assignee,
          s.decision,
          s.proposedBy,
          List.copyOf(s.conditions),
          List.copyOf(s.reasons),
          s.reviewedRevision,
          s.actedOnRevision);
    }
  }

  @Schema(name = "CaseSummary")
  public record CaseSummary(
      UUID id,
      UUID applicationId,
      @Schema(pattern = "^PA-[0-9]{4}-[0-9]{6}$", maxLength = 14) String reference,
      @Schema(maxLength = 200) String siteName,
      ReviewCase.Status status,
      Instant openedAt,
      @Schema(description = "The caller's agency's step") StepView myStep) {}

  @Schema(name = "Change", description = "A field that changed between two revisions")
  public record Change(
      @Schema(maxLength = 200) String field,
      @Schema(maxLength = 20000, description = "The value before, as JSON") String before,
      @Schema(maxLength = 20000, description = "The value after, as JSON") String after) {}

  @Schema(name = "Note")
  public record NoteView(
      UUID id,
      UUID stepId,
      Agency agency,
      @Schema(maxLength = 255) String author,
      @Schema(maxLength = 200) String authorName,
      ReviewNote.Visibility visibility,
      @Schema(maxLength = 4000) String text,
      Instant writtenAt) {

    public static NoteView of(ReviewNote n) {
      return new NoteView(
          n.id, n.stepId, n.agency, n.author, n.authorName, n.visibility, n.text, n.writtenAt);
    }
  }

  @Schema(name = "Case")
  public record CaseView(
      UUID id,
      UUID applicationId,
      @Schema(pattern = "^PA-[0-9]{4}-[0-9]{6}$", maxLength = 14) String reference,
      @Schema(minimum = "1", maximum = "10000") int revision,
      @Schema(maxLength = 40, description = "Version of the routing rules that chose the steps")
          String ruleVersion,
      ReviewCase.Status status,
      Instant openedAt,
      @Schema(maxItems = 20) List<StepView> steps,
      @Schema(description = "The caller's agency's step") StepView myStep,
      @Schema(
              maxItems = 500,
              description =
                  "What changed since the revision the caller's agency last decided or asked"
                      + " about; empty on a first review")
          List<Change> changesSinceLastReview,
      @Schema(maxItems = 1000, description = "The notes the caller's agency may read")
          List<NoteView> notes,
      @Schema(description = "The revision under review, as the applicant submitted it")
          PermitSubmitted application) {}
}
