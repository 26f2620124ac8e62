package be.permits.permit.api;

import be.permits.permit.domain.Attachment;
import be.permits.permit.service.Answer;
import be.permits.permit.service.ApplicationQueries;
import be.permits.permit.service.Attachments;
import be.permits.permit.service.InformationRequests;
import be.permits.permit.service.RequestView;
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
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

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
  @Inject ApplicationQueries queries;
  @Inject CurrentCaller caller;

  @GET
  @Operation(summary = "Requests for information on my application, open and answered")
  @APIResponse(
      responseCode = "200",
      description = "Requests",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = RequestView.class,
                      maxItems = 100)))
  public List<RequestView> list(@PathParam("id") UUID id) {
    return queries.requests(caller.get(), id);
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
    return requests.answer(caller.get(), id, requestId, answer, null);
  }

  @POST
  @Path("/{requestId}/answer-with-document")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Answer a request with a document (PDF, PNG or JPEG, at most 20 MiB): the text and the"
              + " document make the new revision together, or neither is kept")
  @APIResponse(responseCode = "200", description = "Answered")
  @APIResponse(
      responseCode = "409",
      description = "Answered already",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "413",
      description = "The document is empty or too large",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "415",
      description = "The document is not a PDF, PNG or JPEG by content",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public RequestView answerWithDocument(
      @PathParam("id") UUID id,
      @PathParam("requestId") UUID requestId,
      @RestForm("answer") @NotBlank @Size(max = Answer.MAX_TEXT) String answer,
      @RestForm("kind") @NotNull Attachment.Kind kind,
      @RestForm("file") @NotNull FileUpload file)
      throws IOException {
    return requests.answer(
        caller.get(),
        id,
        requestId,
        new Answer(answer, null),
        new Attachments.Document(kind, file.fileName(), Files.readAllBytes(file.uploadedFile())));
  }
}
