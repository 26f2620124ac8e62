package be.permits.permit.web;

import be.permits.permit.service.Attachments;
import be.permits.permit.service.Obligations;
import be.permits.support.http.Downloads;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import be.permits.support.web.FormState;
import be.permits.support.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A condition of the operator's permit on its own page: where it stands, the authority's last
 * finding, the evidence handed in, and a form to hand in more. A plain multipart form, as for the
 * answers to requests.
 */
@Path("/applications/{id}/obligations/{obligationId}")
@Produces(MediaType.TEXT_HTML)
public class ObligationPages {
  @Inject CurrentCaller caller;
  @Inject Obligations obligations;
  @Inject PageContext page;

  /** The page as its template needs it. */
  public record ObligationPage(
      UUID applicationId,
      String reference,
      Obligations.ObligationView obligation,
      FormState form,
      String refusal,
      boolean done) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance obligation(ObligationPage view);
  }

  @GET
  @RolesAllowed(Roles.APPLICANT)
  @Operation(hidden = true)
  public TemplateInstance show(
      @PathParam("id") UUID id,
      @PathParam("obligationId") UUID obligationId,
      @RestQuery String done) {
    return render(id, obligationId, FormState.empty(), null, "handed-in".equals(done));
  }

  @POST
  @Path("/evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Roles.APPLICANT)
  @Operation(hidden = true)
  public Response submit(
      @PathParam("id") UUID id,
      @PathParam("obligationId") UUID obligationId,
      @RestForm String statement,
      @RestForm FileUpload file)
      throws IOException {
    FormState form =
        FormState.posted(Map.of("statement", statement == null ? List.of() : List.of(statement)));
    String text = form.text("statement");
    if (text == null) {
      form.reject("statement", "required", null);
    } else if (text.length() > Obligations.MOST_STATEMENT) {
      form.reject("statement", "too_long", String.valueOf(Obligations.MOST_STATEMENT));
    }
    boolean withDocument = file != null && file.fileName() != null && !file.fileName().isBlank();
    if (!withDocument) {
      form.reject("file", "required", null);
    }
    if (form.hasProblems()) {
      return Response.status(422).entity(render(id, obligationId, form, null, false)).build();
    }
    try {
      obligations.submit(
          caller.get(),
          id,
          obligationId,
          new Obligations.Evidence(text, file.fileName(), Files.readAllBytes(file.uploadedFile())));
    } catch (Refusal e) {
      if (e.reason() == Refusal.Reason.NOT_FOUND) {
        throw e;
      }
      if (e.reason() == Refusal.Reason.CONFLICT) {
        return Response.status(409).entity(render(id, obligationId, form, e.code(), false)).build();
      }
      if (!DocumentRefusal.onFileField(form, e)) {
        e.errors().forEach(f -> form.reject(f.field(), "required", null));
      }
      return Response.status(422).entity(render(id, obligationId, form, null, false)).build();
    }
    return Response.seeOther(
            URI.create("/applications/" + id + "/obligations/" + obligationId + "?done=handed-in"))
        .build();
  }

  /**
   * The document of a piece of evidence: for the operator, and for reviewers of the authority that
   * set the condition (their desk links here).
   */
  @GET
  @Path("/evidence/{evidenceId}")
  @Produces("application/pdf")
  @RolesAllowed({Roles.APPLICANT, Roles.REVIEWER})
  @Operation(hidden = true)
  public Response download(
      @PathParam("id") UUID id,
      @PathParam("obligationId") UUID obligationId,
      @PathParam("evidenceId") UUID evidenceId) {
    Attachments.Content document = obligations.document(caller.get(), id, obligationId, evidenceId);
    return Downloads.of(
        document.fileName(), document.mediaType(), document.sha256(), document.bytes());
  }

  private TemplateInstance render(
      UUID id, UUID obligationId, FormState form, String refusal, boolean done) {
    Obligations.OfApplication shown = obligations.one(caller.get(), id, obligationId);
    return page.render(
        Templates.obligation(
            new ObligationPage(id, shown.reference(), shown.obligation(), form, refusal, done)));
  }
}
