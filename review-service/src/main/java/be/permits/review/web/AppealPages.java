package be.permits.review.web;

import be.permits.review.domain.ProcedureRegimes.Appellant;
import be.permits.review.service.AppealCommands;
import be.permits.review.service.AppealCommands.NewAppeal;
import be.permits.review.service.AppealLodging;
import be.permits.review.service.Appeals;
import be.permits.review.service.Appeals.PublicDecision;
import be.permits.support.refusal.Refusal;
import be.permits.support.web.FormState;
import be.permits.support.web.Option;
import be.permits.support.web.PageContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A decision's public page, without login: who applied, where, the decision in force and its
 * conditions, who may appeal until when, and the form to appeal while a window is open; the
 * confirmation of the appellant's address. Nothing else of the case reaches it.
 */
@Path("/appeals")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class AppealPages {
  private static final String REFERENCE = "PA-[0-9]{4}-[0-9]{6}";

  @Inject Appeals appeals;
  @Inject AppealLodging lodging;
  @Inject PageContext page;
  @Inject Validator validator;
  @Inject RoutingContext request;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance decision(
        PublicDecision decision,
        FormState form,
        List<Option> capacities,
        String done,
        String refusal);

    static native TemplateInstance confirmation(String token, String reference, String refusal);
  }

  @GET
  @Path("/{reference:" + REFERENCE + "}")
  @Operation(hidden = true)
  public TemplateInstance decision(
      @PathParam("reference") String reference, @RestQuery String done) {
    String shown = "sent".equals(done) || "confirmed".equals(done) ? done : null;
    return render(reference, FormState.empty(), shown, null);
  }

  @POST
  @Path("/{reference:" + REFERENCE + "}")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(hidden = true)
  public Response appeal(
      @PathParam("reference") String reference,
      @RestForm String capacity,
      @RestForm String appellantName,
      @RestForm String appellantAddress,
      @RestForm String appellantEmail,
      @RestForm String interest,
      @RestForm String grounds,
      @RestForm("document") FileUpload document,
      @RestForm("feeProof") FileUpload feeProof)
      throws IOException {
    FormState form =
        FormState.posted(
            Map.of(
                "capacity", listOf(capacity),
                "appellantName", listOf(appellantName),
                "appellantAddress", listOf(appellantAddress),
                "appellantEmail", listOf(appellantEmail),
                "interest", listOf(interest),
                "grounds", listOf(grounds)));
    Appellant chosen = form.choice("capacity", Appellant.class);
    if (chosen == null) {
      form.reject("capacity", "choice", null);
    }
    Upload attached = upload(form, "document", document);
    Upload proof = upload(form, "feeProof", feeProof);
    NewAppeal sent =
        new NewAppeal(
            chosen,
            form.text("appellantName"),
            form.text("appellantAddress"),
            form.text("appellantEmail"),
            page.lang(),
            form.text("interest"),
            form.text("grounds"),
            attached.name(),
            attached.bytes(),
            proof.name(),
            proof.bytes());
    form.addViolations("", validator.validate(sent));
    if (form.hasProblems()) {
      return Response.status(422).entity(render(reference, form, null, null)).build();
    }
    try {
      lodging.lodge(reference, sent, request.request().remoteAddress().hostAddress());
    } catch (Refusal e) {
      if (e.reason() == Refusal.Reason.NOT_FOUND) {
        throw e;
      }
      if (e.reason() == Refusal.Reason.INCOMPLETE) {
        e.errors().forEach(err -> form.reject(err.field(), codeFor(err), null));
        return Response.status(422).entity(render(reference, form, null, null)).build();
      }
      return Response.status(409).entity(render(reference, form, null, e.code())).build();
    }
    return Response.seeOther(URI.create("/appeals/" + reference + "?done=sent")).build();
  }

  /** The page a confirmation link opens: a button, so that a mail scanner confirms nothing. */
  @GET
  @Path("/confirmations/{token}")
  @Operation(hidden = true)
  public TemplateInstance confirmation(@PathParam("token") String token) {
    return page.render(Templates.confirmation(token, lodging.referenceToConfirm(token), null));
  }

  @POST
  @Path("/confirmations/{token}")
  @Operation(hidden = true)
  public Response confirm(@PathParam("token") String token) {
    return ConfirmationLinks.confirm(
        () -> lodging.confirm(token),
        "/appeals/",
        code ->
            page.render(Templates.confirmation(token, lodging.referenceToConfirm(token), code)));
  }

  private record Upload(String name, byte[] bytes) {}

  /** A file sent with the form, read if it is within the limit; none if none was chosen. */
  private static Upload upload(FormState form, String field, FileUpload file) throws IOException {
    if (file == null || file.fileName() == null || file.fileName().isBlank()) {
      return new Upload(null, null);
    }
    if (file.size() > AppealCommands.MAX_DOCUMENT_BYTES) {
      form.reject(field, "document_size", "5 MB");
      return new Upload(null, null);
    }
    String name = file.fileName().length() > 200 ? field + ".pdf" : file.fileName();
    return new Upload(name, Files.readAllBytes(file.uploadedFile()));
  }

  private static String codeFor(Refusal.FieldError error) {
    return switch (error.field()) {
      case "appellantEmail" -> "applicant_email";
      case "document" -> "pdf_only";
      case "feeProof" -> error.reason().contains("PDF") ? "pdf_only" : "document_missing";
      default -> "choice";
    };
  }

  private TemplateInstance render(String reference, FormState form, String done, String refusal) {
    AppealMessages words =
        MessageBundles.get(AppealMessages.class, Localized.Literal.of(page.lang()));
    PublicDecision decision = appeals.publicView(reference);
    return page.render(
        Templates.decision(
            decision,
            form,
            decision.mayAppealToday().stream()
                .map(who -> new Option(who.name(), words.capacity(who.name())))
                .toList(),
            done,
            refusal));
  }

  private static List<String> listOf(String value) {
    return value == null ? List.of() : List.of(value);
  }
}
