package be.permits.review.api;

import be.permits.review.service.AbsenceViews;
import be.permits.review.service.Absences;
import be.permits.support.problem.Problem;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Absences of my agency's reviewers: mine to declare and end, everyone's to read; and, for the
 * agency's lead, each reviewer's load and any absence to end.
 */
@Path("/api")
@Tag(name = "Absences")
@RolesAllowed(Roles.REVIEWER)
@Produces(MediaType.APPLICATION_JSON)
public class AbsenceResource {
  @Inject Absences absences;
  @Inject AbsenceViews views;
  @Inject CurrentCaller caller;

  @GET
  @Path("/absences")
  @Operation(summary = "The absences of my agency's reviewers now and to come, soonest first")
  @APIResponse(
      responseCode = "200",
      description = "Absences",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = AbsenceViews.AbsenceRow.class,
                      maxItems = 500)))
  public List<AbsenceViews.AbsenceRow> absences() {
    return views.ofAgency(caller.get());
  }

  @POST
  @Path("/absences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Declare my absence with a delegate of my agency: the steps I hold go to them while I am"
              + " away, and my notifications reach them too")
  @APIResponse(responseCode = "201", description = "Declared: its id, to end it")
  @APIResponse(
      responseCode = "409",
      description = "I, or my delegate, am away then already, or I stand in for someone then",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "Dates before today or in the wrong order, or not a delegate of my agency",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response declare(@Valid @NotNull Absences.Declaration declaration) {
    UUID id = absences.declare(caller.get(), declaration);
    return Response.status(Response.Status.CREATED).entity(Map.of("id", id)).build();
  }

  @POST
  @Path("/absences/{id}/end")
  @Operation(
      summary =
          "End my absence today, or withdraw it before it begins; my steps come back to me. The"
              + " agency's lead may end a colleague's")
  @APIResponse(responseCode = "204", description = "Ended")
  @APIResponse(
      responseCode = "404",
      description = "No absence of mine (or, for a lead, of my agency) has this id",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "It is over already",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public void end(@PathParam("id") UUID id) {
    absences.end(caller.get(), id);
  }

  @GET
  @Path("/team")
  @RolesAllowed(Roles.LEAD)
  @Operation(
      summary =
          "My agency's reviewers' load (steps held, due within 7 days, overdue, away) and the steps"
              + " in hand; for the agency's lead")
  @APIResponse(responseCode = "200", description = "The team")
  public AbsenceViews.Team team() {
    return views.team(caller.get());
  }
}
