package be.permits.permit.service;

import be.permits.permit.domain.Application;
import be.permits.permit.domain.ApplicationStatus;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application as its applicant sees it. */
@Schema(name = "Application")
public record ApplicationView(
    UUID id,
    @Schema(pattern = "^PA-[0-9]{4}-[0-9]{6}$", maxLength = 14, description = "Set on submission")
        String reference,
    ApplicationStatus status,
    @Schema(minimum = "0", maximum = "10000") int revision,
    ApplicationForm.OrganisationForm organisation,
    ApplicationForm.SiteForm site,
    ApplicationForm.ProjectForm project,
    ApplicationForm.DataForm data,
    @Schema(maxItems = 30) List<ApplicationForm.SystemForm> systems,
    Instant createdAt,
    Instant updatedAt,
    Instant submittedAt,
    Instant withdrawnAt,
    @Schema(maxLength = 2000) String withdrawalReason,
    @Schema(description = "The competent authority's decision, once taken") Decision decision) {

  public static ApplicationView of(Application a) {
    return ApplicationMapper.toView(a);
  }

  /** The decision with its conditions (approval) or reasons (rejection). */
  @Schema(name = "Decision")
  public record Decision(
      ApplicationStatus outcome,
      Instant decidedAt,
      @Schema(maxItems = 50) List<@Size(max = 2000) String> conditions,
      @Schema(maxItems = 50) List<@Size(max = 2000) String> reasons,
      @Schema(description = "When an appeal against it was lodged; none if none")
          Instant appealedAt,
      @Schema(description = "By when the appeal authority decides, while an appeal is pending")
          java.time.LocalDate appealDecisionDue,
      @Schema(description = "Whether this is the appeal authority's decision, replacing the first")
          boolean decidedOnAppeal) {}
}
