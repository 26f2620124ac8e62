package be.permits.review.api;

import be.permits.review.service.CaseViews.StepView;
import be.permits.review.service.FdiScreening;
import be.permits.review.service.StepAssignment;
import be.permits.review.service.StepCommands.Decision;
import be.permits.review.service.StepCommands.Handover;
import be.permits.review.service.StepCommands.Interest;
import be.permits.review.service.StepCommands.Return;
import be.permits.review.service.StepWork;
import be.permits.support.problem.Problem;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Working my agency's step of a case: claim, release, reassign, declare a conflict of interest (or
 * none), decide, confirm or return a proposal.
 */
@Path("/api/cases/{caseId}/steps/{stepId}")
@Tag(name = "Cases")
@RolesAllowed(Roles.REVIEWER)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
    responseCode = "404",
    description = "No such step of my agency",
    content = @Content(mediaType = Problem.MEDIA_TYPE))
@APIResponse(
    responseCode = "409",
    description = "The step is not open, or another reviewer holds it",
    content = @Content(mediaType = Problem.MEDIA_TYPE))
public class StepResource {
  @Inject FdiScreening screening;
  @Inject StepWork work;
  @Inject StepAssignment assignment;
  @Inject CurrentCaller caller;

  @POST
  @Path("/claim")
  @Operation(summary = "Take the step from my agency's queue")
  @APIResponse(responseCode = "200", description = "Claimed")
  public StepView claim(@PathParam("caseId") UUID caseId, @PathParam("stepId") UUID stepId) {
    return assignment.claim(caller.get(), caseId, stepId);
  }

  @POST
  @Path("/release")
  @Operation(summary = "Hand the step back to my agency's queue")
  @APIResponse(responseCode = "200", description = "Released")
  public StepView release(@PathParam("caseId") UUID caseId, @PathParam("stepId") UUID stepId) {
    return assignment.release(caller.get(), caseId, stepId);
  }

  @POST
  @Path("/assign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Hand the open step to another reviewer of my agency")
  @APIResponse(responseCode = "200", description = "Reassigned")
  @APIResponse(
      responseCode = "422",
      description = "The assignee is not a reviewer of my agency",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public StepView assign(
      @PathParam("caseId") UUID caseId,
      @PathParam("stepId") UUID stepId,
      @Valid @NotNull Handover request) {
    return assignment.reassign(caller.get(), caseId, stepId, request.assignee());
  }

  @POST
  @Path("/interest")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Declare, before deciding or confirming, that I have no conflict of interest in the"
              + " case, or recuse")
  @APIResponse(responseCode = "200", description = "Declared")
  public StepView declareInterest(
      @PathParam("caseId") UUID caseId,
      @PathParam("stepId") UUID stepId,
      @Valid @NotNull Interest request) {
    return assignment.declareInterest(caller.get(), caseId, stepId, request);
  }

  @POST
  @Path("/confirm")
  @Operation(
      summary =
          "Four-eyes: confirm the decision that another reviewer of my agency proposed on a"
              + " sensitive step")
  @APIResponse(responseCode = "200", description = "Confirmed: the step is decided")
  public StepView confirm(@PathParam("caseId") UUID caseId, @PathParam("stepId") UUID stepId) {
    return work.confirm(caller.get(), caseId, stepId);
  }

  @POST
  @Path("/screening-phase")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "FDI screening committee: end the verification phase by opening the screening phase,"
              + " once, with the reason; the step's period grows by the phase's days")
  @APIResponse(responseCode = "200", description = "Opened: the step's new due date")
  @APIResponse(
      responseCode = "409",
      description =
          "Not the committee's step, decided, opened already, or the verification has ended",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public StepView openScreeningPhase(
      @PathParam("caseId") UUID caseId,
      @PathParam("stepId") UUID stepId,
      @Valid @NotNull FdiScreening.OpenScreening request) {
    return screening.openScreeningPhase(caller.get(), caseId, stepId, request);
  }

  @POST
  @Path("/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Four-eyes: do not confirm, and return the proposed decision to its proposer with the"
              + " reason")
  @APIResponse(
      responseCode = "200",
      description = "Returned: the step is open again, held by the proposer")
  public StepView returnProposal(
      @PathParam("caseId") UUID caseId,
      @PathParam("stepId") UUID stepId,
      @Valid @NotNull Return request) {
    return work.returnProposal(caller.get(), caseId, stepId, request);
  }

  @POST
  @Path("/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Decide the step I hold: approve, approve with conditions, reject, or request"
              + " information")
  @APIResponse(
      responseCode = "200",
      description =
          "Decided, proposed (four-eyes agencies: another reviewer confirms), or information"
              + " requested")
  @APIResponse(
      responseCode = "409",
      description =
          "Not held by me, not open, or no declaration that I have no conflict of interest",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "The outcome lacks its conditions, reasons or questions",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public StepView decide(
      @PathParam("caseId") UUID caseId,
      @PathParam("stepId") UUID stepId,
      @Valid @NotNull Decision request) {
    return work.decide(caller.get(), caseId, stepId, request);
  }
}
