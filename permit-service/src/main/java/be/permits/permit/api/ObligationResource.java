package be.permits.permit.api;

import be.permits.permit.service.Obligations;
import be.permits.support.problem.Problem;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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

/** The conditions of my granted permit as obligations, and the evidence I hand in for them. */
@Path("/api/applications/{id}/obligations")
@Tag(name = "Applications")
@RolesAllowed(Roles.APPLICANT)
@APIResponse(
    responseCode = "404",
    description = "No such application or obligation of mine",
    content = @Content(mediaType = Problem.MEDIA_TYPE))
public class ObligationResource {
  @Inject Obligations obligations;
  @Inject CurrentCaller caller;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The conditions of my granted permit as obligations: the evidence each asks, by when,"
              + " once or every so many months, which authority checks it, and what it found")
  @APIResponse(
      responseCode = "200",
      description = "The next due first; none before a permit is granted with conditions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = Obligations.ObligationView.class,
                      maxItems = 50)))
  public List<Obligations.ObligationView> list(@PathParam("id") UUID id) {
    return obligations.of(caller.get(), id);
  }

  @POST
  @Path("/{obligationId}/evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Hand in evidence for an obligation: what it shows (at most 4000 characters) and a PDF"
              + " (recognised by content, named .pdf, at most 20 MiB); the authority that set the"
              + " condition reviews it")
  @APIResponse(responseCode = "201", description = "Handed in, with its SHA-256")
  @APIResponse(
      responseCode = "400",
      description = "No statement or no file, or a statement longer than 4000 characters",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description =
          "Earlier evidence waits for review, nothing more is owed, or the permit was refused",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "413",
      description = "Empty or too large",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "415",
      description = "Not a PDF by content, or not named .pdf",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "A statement of blanks or with control characters",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Response submit(
      @PathParam("id") UUID id,
      @PathParam("obligationId") UUID obligationId,
      @RestForm("statement") @NotNull @Size(min = 1, max = Obligations.MOST_STATEMENT)
          String statement,
      @RestForm("file") @NotNull FileUpload file) {
    byte[] content;
    try {
      content = Files.readAllBytes(file.uploadedFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Obligations.EvidenceView stored =
        obligations.submit(
            caller.get(),
            id,
            obligationId,
            new Obligations.Evidence(statement, file.fileName(), content));
    return Response.created(URI.create("/api/applications/" + id + "/obligations"))
        .type(MediaType.APPLICATION_JSON)
        .entity(stored)
        .build();
  }
}
