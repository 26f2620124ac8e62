package be.permits.review.api;

import be.permits.review.service.StepAssignment;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reviewers of my agency: the people a step can be handed to. */
@Path("/api/cases/reviewers")
@Tag(name = "Cases")
@RolesAllowed(Roles.REVIEWER)
@Produces(MediaType.APPLICATION_JSON)
public class ReviewerResource {
  @Inject StepAssignment assignment;
  @Inject CurrentCaller caller;

  @GET
  @Operation(summary = "Reviewers of my agency who have worked in this service, by name")
  @APIResponse(
      responseCode = "200",
      description = "Reviewers",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = StepAssignment.Colleague.class,
                      maxItems = 500)))
  public List<StepAssignment.Colleague> colleagues() {
    return assignment.colleagues(caller.get());
  }
}
