package be.permits.review.api;

import be.permits.review.domain.ReviewStep;
import be.permits.review.service.CaseQueries;
import be.permits.review.service.CaseQueue;
import be.permits.review.service.CaseViews.CaseSummary;
import be.permits.review.service.CaseViews.CaseView;
import be.permits.review.service.CaseViews.NoteView;
import be.permits.review.service.DecisionExtension;
import be.permits.review.service.Notes;
import be.permits.review.service.StepCommands.NewNote;
import be.permits.support.problem.Problem;
import be.permits.support.security.Caller;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Review cases, as the caller's agency may see them, and the notes on them. */
@Path("/api/cases")
@Tag(name = "Cases")
@RolesAllowed(Roles.REVIEWER)
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {
  @Inject DecisionExtension extension;
  @Inject CaseQueries cases;
  @Inject CaseQueue queue;
  @Inject Notes notes;
  @Inject CurrentCaller caller;

  @GET
  @Operation(
      summary =
          "My agency's queue: cases in which my agency has a step, nearest deadline first,"
              + " filtered by status, deadline or holder")
  @APIResponse(
      responseCode = "200",
      description = "Cases with my agency's step",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = CaseSummary.class,
                      maxItems = 200)))
  public List<CaseSummary> list(
      @QueryParam("reference") @Size(max = 14) @Pattern(regexp = "PA-[0-9]{4}-[0-9]{6}")
          String reference,
      @QueryParam("status")
          @Size(max = 30)
          @Pattern(regexp = ReviewStep.Status.PATTERN)
          @Schema(description = "My agency's step's status")
          String status,
      @QueryParam("dueBefore") @Schema(description = "Deadline on or before this day")
          LocalDate dueBefore,
      @QueryParam("overdue") @Schema(description = "Only undecided steps past their deadline")
          boolean overdue,
      @QueryParam("mine") @Schema(description = "Only the steps I hold") boolean mine,
      @QueryParam("q")
          @Size(max = 100)
          @Schema(description = "Words in the reference, the site's name or the applicant's name")
          String text,
      @QueryParam("sort")
          @Size(max = 20)
          @Pattern(regexp = "DUE|NEWEST|REFERENCE")
          @Schema(description = "DUE (nearest deadline first, the default), NEWEST or REFERENCE")
          String sort,
      @QueryParam("offset") @DefaultValue("0") @Min(0) @Max(100000) int offset,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    Caller me = caller.get();
    return queue
        .casesOf(
            me.agency(),
            new CaseQueue.QueueFilter(
                reference,
                text == null || text.isBlank() ? null : text.strip(),
                status == null ? null : ReviewStep.Status.valueOf(status),
                dueBefore,
                overdue,
                mine ? me.subject() : null,
                sort == null ? CaseQueue.Sort.DUE : CaseQueue.Sort.valueOf(sort)),
            offset,
            limit)
        .cases();
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary =
          "One case: every step, the revision under review, what changed since my agency last"
              + " reviewed it, and the notes my agency may read")
  @APIResponse(responseCode = "200", description = "The case")
  public CaseView get(@PathParam("id") UUID id) {
    return cases.caseFor(caller.get(), id);
  }

  @GET
  @Path("/{id}/notes")
  @Operation(summary = "The notes on a case that my agency may read, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "Notes",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = NoteView.class,
                      maxItems = 1000)))
  public List<NoteView> notes(@PathParam("id") UUID id) {
    return notes.readableBy(caller.get(), id);
  }

  @POST
  @Path("/{id}/notes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Write a note: AGENCY (classified, my agency only), REVIEWERS (every agency on the"
              + " case) or APPLICANT (also sent to the applicant)")
  @APIResponse(responseCode = "201", description = "Written")
  @APIResponse(
      responseCode = "422",
      description = "A note for the applicant on a closed case",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response write(@PathParam("id") UUID id, @Valid @NotNull NewNote request) {
    return Response.status(201).entity(notes.write(caller.get(), id, request)).build();
  }

  /** The decision period's last day after an extension. */
  @Schema(name = "ExtendedDecisionPeriod")
  public record Extended(LocalDate decisionDueDate) {}

  @POST
  @Path("/{id}/decision-extension")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.COORDINATOR)
  @Operation(
      summary =
          "Coordinating officials: extend the decision period once, by the days the case's"
              + " procedure allows, before it ends; the applicant is told")
  @APIResponse(responseCode = "200", description = "Extended")
  @APIResponse(
      responseCode = "409",
      description = "Not extendable, extended already, or the period has ended",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Extended extendDecision(
      @PathParam("id") UUID id, @Valid @NotNull DecisionExtension.Extend request) {
    return new Extended(extension.extend(caller.get(), id, request));
  }
}
