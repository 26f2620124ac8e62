package be.permits.permit.web;

import be.permits.permit.service.Reconciliation;
import be.permits.permit.service.Reconciliation.PaymentView;
import be.permits.permit.service.Reconciliation.Report;
import be.permits.permit.service.Reconciliation.Resolution;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import be.permits.support.web.FormState;
import be.permits.support.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The finance officer's page: import a camt.053 statement and read what each credit did; the
 * payments a person must resolve, each with a form to record how.
 */
@Path("/finance")
@RolesAllowed(Roles.FINANCE)
@Produces(MediaType.TEXT_HTML)
public class FinancePages {
  @Inject Reconciliation reconciliation;
  @Inject CurrentCaller caller;
  @Inject PageContext page;
  @Inject Validator validator;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance finance(
        List<PaymentView> toResolve, Report report, FormState form, String done, String refusal);
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance finance(@RestQuery String done) {
    return render(null, FormState.empty(), "resolved".equals(done) ? done : null, null);
  }

  @POST
  @Path("/statements")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(hidden = true)
  public Response importStatement(@RestForm("statement") FileUpload statement) throws IOException {
    FormState form = FormState.empty();
    if (statement == null || statement.fileName() == null || statement.size() == 0) {
      form.reject("statement", "document_missing", null);
      return Response.status(422).entity(render(null, form, null, null)).build();
    }
    if (statement.size() > Reconciliation.MAX_STATEMENT_BYTES) {
      form.reject("statement", "document_size", "5 MB");
      return Response.status(413).entity(render(null, form, null, null)).build();
    }
    try {
      Report report =
          reconciliation.importStatement(
              caller.get(), Files.readAllBytes(statement.uploadedFile()));
      return Response.ok(render(report, FormState.empty(), "imported", null)).build();
    } catch (Refusal e) {
      if (e.reason() != Refusal.Reason.INCOMPLETE) {
        throw e;
      }
      form.reject("statement", "camt053", null);
      return Response.status(422).entity(render(null, form, null, null)).build();
    }
  }

  @POST
  @Path("/payments/{id}/resolution")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response resolve(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
    FormState form = FormState.posted(posted);
    Resolution how = new Resolution(form.text("note"));
    if (!validator.validate(how).isEmpty()) {
      return Response.status(422).entity(render(null, form, null, "note-needed")).build();
    }
    try {
      reconciliation.resolve(caller.get(), id, how);
    } catch (Refusal e) {
      if (e.reason() == Refusal.Reason.NOT_FOUND) {
        throw e;
      }
      return Response.status(409).entity(render(null, form, null, e.code())).build();
    }
    return Response.seeOther(URI.create("/finance?done=resolved")).build();
  }

  private TemplateInstance render(Report report, FormState form, String done, String refusal) {
    return page.render(Templates.finance(reconciliation.toResolve(), report, form, done, refusal));
  }
}
