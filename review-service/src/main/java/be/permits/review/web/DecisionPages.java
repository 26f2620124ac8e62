package be.permits.review.web;

import be.permits.review.service.DocumentVerification;
import be.permits.review.service.DocumentVerification.Verification;
import be.permits.support.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The public page where anyone checks a decision document, without login: the seal's verdict in
 * words, who sealed it when, the application and whether its decision is still in force.
 */
@Path("/decisions/verify")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class DecisionPages {
  static final String LIMIT = "5 MB";

  @Inject DocumentVerification verification;
  @Inject PageContext page;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance verify(String limit, Verification result, String problem);
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance form() {
    return page.render(Templates.verify(LIMIT, null, null));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(hidden = true)
  public Response check(@RestForm("document") FileUpload document) throws IOException {
    if (document == null || document.fileName() == null || document.fileName().isBlank()) {
      return refused("missing");
    }
    if (document.size() > DocumentVerification.MAX_BYTES) {
      return refused("too-large");
    }
    Verification result = verification.verify(Files.readAllBytes(document.uploadedFile()));
    return Response.ok(page.render(Templates.verify(LIMIT, result, null))).build();
  }

  private Response refused(String problem) {
    return Response.status(422).entity(page.render(Templates.verify(LIMIT, null, problem))).build();
  }
}
