package be.permits.permit.web;

import be.permits.permit.service.Attachments;
import be.permits.support.http.Downloads;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The public documents of an application under public inquiry, without login, while the inquiry
 * runs: what its public page (served by review-service) links to. Any other document, or any day
 * outside the inquiry, answers 404.
 */
@Path("/inquiry-documents")
@PermitAll
public class PublicDocumentPages {
  @Inject Attachments attachments;

  @GET
  @Path("/{applicationId}/{documentId}")
  @Produces({"application/pdf", "image/png", "image/jpeg"})
  @Operation(hidden = true)
  public Response download(
      @PathParam("applicationId") UUID applicationId, @PathParam("documentId") UUID documentId) {
    Attachments.Content document = attachments.contentForThePublic(applicationId, documentId);
    return Downloads.of(
        document.fileName(), document.mediaType(), document.sha256(), document.bytes());
  }
}
