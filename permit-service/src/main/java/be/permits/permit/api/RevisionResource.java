package be.permits.permit.api;

import be.permits.permit.service.ApplicationQueries;
import be.permits.permit.service.RevisionViews.DifferenceView;
import be.permits.permit.service.RevisionViews.RevisionSummary;
import be.permits.permit.service.RevisionViews.RevisionView;
import be.permits.support.problem.Problem;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The numbered revisions of my application, and what changed between two of them. */
@Path("/api/applications/{id}/revisions")
@Tag(name = "Applications")
@RolesAllowed(Roles.APPLICANT)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
    responseCode = "404",
    description = "No such application of mine, or no such revision",
    content = @Content(mediaType = Problem.MEDIA_TYPE))
public class RevisionResource {
  @Inject ApplicationQueries queries;
  @Inject CurrentCaller caller;

  @GET
  @Operation(summary = "The revisions of my application, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "Revisions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = RevisionSummary.class,
                      maxItems = 10000)))
  public List<RevisionSummary> list(@PathParam("id") UUID id) {
    return queries.revisions(caller.get(), id);
  }

  @GET
  @Path("/{number}")
  @Operation(summary = "One revision, as it was submitted")
  @APIResponse(responseCode = "200", description = "The revision")
  public RevisionView get(
      @PathParam("id") UUID id, @PathParam("number") @Min(1) @Max(10_000) int number) {
    return queries.revision(caller.get(), id, number);
  }

  @GET
  @Path("/diff")
  @Operation(summary = "Every field that changed between two revisions, with old and new values")
  @APIResponse(responseCode = "200", description = "The changes")
  public DifferenceView diff(
      @PathParam("id") UUID id,
      @QueryParam("from") @NotNull @Min(1) @Max(10_000) Integer from,
      @QueryParam("to") @NotNull @Min(1) @Max(10_000) Integer to) {
    return queries.diff(caller.get(), id, from, to);
  }
}
