package be.permits.permit.api;

import be.permits.permit.domain.Attachment;
import be.permits.permit.service.ApplicationQueries;
import be.permits.permit.service.AttachmentView;
import be.permits.permit.service.Attachments;
import be.permits.support.http.Downloads;
import be.permits.support.problem.Problem;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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

/** Documents of my application: site plans, impact studies, data protection assessments. */
@Path("/api/applications/{id}/attachments")
@Tag(name = "Applications")
@RolesAllowed(Roles.APPLICANT)
@APIResponse(
    responseCode = "404",
    description = "No such application or document of mine",
    content = @Content(mediaType = Problem.MEDIA_TYPE))
public class AttachmentResource {
  @Inject Attachments attachments;
  @Inject ApplicationQueries queries;
  @Inject CurrentCaller caller;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Add a document (PDF, PNG or JPEG, recognised by content, under a name ending as its"
              + " type: .pdf, .png, .jpg; at most 20 MiB), optionally superseding a submitted one")
  @APIResponse(responseCode = "201", description = "Stored, with its SHA-256")
  @APIResponse(
      responseCode = "409",
      description = "The application takes no documents now",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "413",
      description = "Empty or too large",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "415",
      description = "Not a PDF, PNG or JPEG by content, or named as another type",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "The superseded document cannot be replaced",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response upload(
      @PathParam("id") UUID id,
      @RestForm("kind") @NotNull Attachment.Kind kind,
      @RestForm("file") @NotNull FileUpload file,
      @RestForm("supersedes") UUID supersedes) {
    byte[] content;
    try {
      content = Files.readAllBytes(file.uploadedFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AttachmentView stored =
        attachments.upload(
            caller.get(), id, new Attachments.Document(kind, file.fileName(), content), supersedes);
    return Response.created(URI.create("/api/applications/" + id + "/attachments/" + stored.id()))
        .type(MediaType.APPLICATION_JSON)
        .entity(stored)
        .build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every document of my application, superseded ones included")
  @APIResponse(
      responseCode = "200",
      description = "Documents",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = AttachmentView.class,
                      maxItems = 50)))
  public List<AttachmentView> list(@PathParam("id") UUID id) {
    return queries.documents(caller.get(), id);
  }

  @GET
  @Path("/{attachmentId}/content")
  @Produces({"application/pdf", "image/png", "image/jpeg"})
  @Operation(summary = "Download a document, exactly as stored")
  @APIResponse(
      responseCode = "200",
      description = "The document's bytes; Repr-Digest holds its SHA-256")
  public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
    Attachments.Content document = attachments.content(caller.get(), id, attachmentId);
    return Downloads.of(
        document.fileName(), document.mediaType(), document.sha256(), document.bytes());
  }

  @DELETE
  @Path("/{attachmentId}")
  @Operation(summary = "Remove a document that no submitted revision carries yet")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(
      responseCode = "409",
      description = "Submitted documents are never deleted",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public void delete(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
    attachments.delete(caller.get(), id, attachmentId);
  }
}
