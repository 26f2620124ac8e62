package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.review.domain.ReviewNote;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What reviewers ask of a case, with their limits written once: the API takes these records as its
 * bodies, and the desk's pages validate what they read into them with the same constraints.
 */
public final class StepCommands {
  private StepCommands() {}

  /** What a reviewer can decide on a step. */
  public enum Outcome {
    APPROVE,
    APPROVE_WITH_CONDITIONS,
    REJECT,
    REQUEST_INFORMATION,
    /** The coordinating officials find the file complete: its review opens. */
    COMPLETE;

    /** What can be decided on a step of {@code agency}. */
    public static List<Outcome> on(Agency agency) {
      return switch (agency) {
        case COORDINATION -> List.of(COMPLETE, REQUEST_INFORMATION);
        // The appeal authority decides anew on the permit; it asks the applicant nothing here.
        case APPEAL_AUTHORITY -> List.of(APPROVE, APPROVE_WITH_CONDITIONS, REJECT);
        default -> List.of(APPROVE, APPROVE_WITH_CONDITIONS, REJECT, REQUEST_INFORMATION);
      };
    }
  }

  /** A decision on a step; what each outcome needs is checked (422 when missing). */
  @Schema(name = "StepDecision")
  public record Decision(
      @NotNull Outcome outcome,
      @Size(max = 50) List<@NotBlank @Size(max = 2000) String> conditions,
      @Size(max = 50) List<@NotBlank @Size(max = 2000) String> reasons,
      @Size(max = 30) List<@NotBlank @Size(max = 2000) String> questions,
      @Schema(description = "When the applicant must answer (REQUEST_INFORMATION)")
          LocalDate dueDate) {}

  /** Hands the step to a colleague of the same agency. */
  @Schema(name = "ProposalReturn", description = "Four-eyes: why the proposal goes back")
  public record Return(@NotBlank @Size(max = 2000) String reason) {}

  @Schema(name = "StepAssignment")
  public record Handover(
      @NotBlank @Size(max = 255) @Schema(description = "Subject of a reviewer of my agency")
          String assignee) {}

  /**
   * Conflict of interest, declared before deciding or confirming: none, or a recusal (which hands a
   * held step back to the queue, for good).
   */
  @Schema(name = "InterestDeclaration")
  public record Interest(
      @NotNull @Schema(description = "true: I have a conflict of interest and recuse")
          Boolean conflict,
      @Size(max = 1000) @Schema(description = "Why I recuse; stays within my agency")
          String reason) {}

  /** A note to write. */
  @Schema(name = "NewNote")
  public record NewNote(
      @NotBlank @Size(max = 4000) String text,
      @NotNull ReviewNote.Visibility visibility,
      @Schema(description = "My agency's step the note is about, if any") UUID stepId) {}
}
