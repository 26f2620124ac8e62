package be.permits.review.web;

import be.permits.review.service.Appeals;
import be.permits.review.service.Appeals.AppealFile;
import be.permits.support.http.Downloads;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The files that came with a lodged appeal, downloaded from the desk by those who read appeals (the
 * appeal and deciding authorities, the coordinating officials); 404 for anyone else.
 */
@Path("/desk/cases/{id}/appeals/{appeal}")
@RolesAllowed(Roles.REVIEWER)
@Produces("application/pdf")
public class AppealFilePages {
  @Inject Appeals appeals;
  @Inject CurrentCaller caller;

  @GET
  @Path("/document")
  @Operation(hidden = true)
  public Response document(@PathParam("id") UUID id, @PathParam("appeal") UUID appeal) {
    return download(appeals.file(caller.get(), id, appeal, false));
  }

  @GET
  @Path("/fee-proof")
  @Operation(hidden = true)
  public Response feeProof(@PathParam("id") UUID id, @PathParam("appeal") UUID appeal) {
    return download(appeals.file(caller.get(), id, appeal, true));
  }

  private static Response download(AppealFile file) {
    return Downloads.of(
        file.name() == null ? "appeal.pdf" : file.name(),
        "application/pdf",
        file.sha256(),
        file.content());
  }
}
