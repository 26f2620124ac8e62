package be.permits.permit.api;

import be.permits.contracts.Agency;
import be.permits.permit.domain.InformationRequest;
import be.permits.permit.service.InformationRequests;
import be.permits.support.problem.Problem;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agencies' requests for information on my application, and my answers. */
@Path("/api/applications/{id}/information-requests")
@Tag(name = "Applications")
@RolesAllowed(Roles.APPLICANT)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
    responseCode = "404",
    description = "No such application or request of mine",
    content = @Content(mediaType = Problem.MEDIA_TYPE))
public class InformationRequestResource {
  @Inject InformationRequests requests;
  @Inject CurrentCaller caller;

  @Schema(name = "InformationRequest")
  public record RequestView(
      UUID id,
      Agency agency,
      @Schema(maxItems = 30) List<String> questions,
      LocalDate dueDate,
      Instant requestedAt,
      @Schema(maxLength = 5000) String answer,
      Instant answeredAt,
      @Schema(description = "The revision that the answer made") Integer answerRevision) {

    static RequestView of(InformationRequest r) {
      return new RequestView(
          r.id,
          r.agency,
          List.copyOf(r.questions),
          r.dueDate,
          r.requestedAt,
          r.answer,
          r.answeredAt,
          r.answerRevision);
    }
  }

  /** The answer: text, and the fields that change (sections left out stay as they are). */
  @Schema(name = "InformationAnswer")
  public record Answer(@NotBlank @Size(max = 5000) String answer, @Valid ApplicationForm changes) {}

  @GET
  @Operation(summary = "Requests for information on my application, open and answered")
  @APIResponse(responseCode = "200", description = "Requests")
  public List<RequestView> list(@PathParam("id") UUID id) {
    return requests.of(caller.get(), id).stream().map(RequestView::of).toList();
  }

  @POST
  @Path("/{requestId}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Answer a request: the text, changed fields and documents added since make a new"
              + " revision")
  @APIResponse(responseCode = "200", description = "Answered")
  @APIResponse(
      responseCode = "409",
      description = "Answered already",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "The changes leave the application incomplete",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public RequestView answer(
      @PathParam("id") UUID id,
      @PathParam("requestId") UUID requestId,
      @Valid @NotNull Answer answer) {
    return RequestView.of(
        requests.answer(caller.get(), id, requestId, answer.answer(), answer.changes()));
  }
}
