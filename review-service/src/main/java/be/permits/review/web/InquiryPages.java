package be.permits.review.web;

import be.permits.review.domain.Observation;
import be.permits.review.service.Inquiries;
import be.permits.review.service.Inquiries.PublicInquiry;
import be.permits.review.service.InquiryCommands;
import be.permits.review.service.InquiryCommands.NewObservation;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The public inquiry's pages, without login: what is proposed and where, the public documents, the
 * dates, the published observations, and the form to send one; the confirmation of the sender's
 * address. Nothing of the case beyond that reaches them.
 */
@Path("/inquiries")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class InquiryPages {
  private static final String REFERENCE = "PA-[0-9]{4}-[0-9]{6}";

  @Inject Inquiries inquiries;
  @Inject PageContext page;
  @Inject Validator validator;
  @Inject RoutingContext request;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance inquiry(
        PublicInquiry inquiry,
        FormState form,
        List<Option> stances,
        List<Option> topics,
        String done,
        String refusal);

    static native TemplateInstance confirmation(String token, String reference, String refusal);
  }

  @GET
  @Path("/{reference:" + REFERENCE + "}")
  @Operation(hidden = true)
  public TemplateInstance inquiry(
      @PathParam("reference") String reference, @RestQuery String done) {
    String shown = "sent".equals(done) || "confirmed".equals(done) ? done : null;
    return render(reference, FormState.empty(), shown, null);
  }

  @POST
  @Path("/{reference:" + REFERENCE + "}/observations")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(hidden = true)
  public Response observe(
      @PathParam("reference") String reference,
      @RestForm String observerName,
      @RestForm String observerAddress,
      @RestForm String observerEmail,
      @RestForm String stance,
      @RestForm List<String> topics,
      @RestForm String observation,
      @RestForm("document") FileUpload document)
      throws IOException {
    FormState form =
        FormState.posted(
            Map.of(
                "observerName", listOf(observerName),
                "observerAddress", listOf(observerAddress),
                "observerEmail", listOf(observerEmail),
                "stance", listOf(stance),
                "topics", topics == null ? List.of() : topics,
                "observation", listOf(observation)));
    Observation.Stance chosen = form.choice("stance", Observation.Stance.class);
    if (chosen == null) {
      form.reject("stance", "choice", null);
    }
    List<Observation.Topic> about = form.choices("topics", Observation.Topic.class);
    byte[] bytes = null;
    String fileName = null;
    if (document != null && document.fileName() != null && !document.fileName().isBlank()) {
      if (document.size() > InquiryCommands.MAX_DOCUMENT_BYTES) {
        form.reject("document", "document_size", "5 MB");
      } else {
        bytes = Files.readAllBytes(document.uploadedFile());
        fileName = document.fileName().length() > 200 ? "document.pdf" : document.fileName();
      }
    }
    NewObservation sent =
        new NewObservation(
            form.text("observerName"),
            form.text("observerAddress"),
            form.text("observerEmail"),
            page.lang(),
            chosen,
            about,
            form.text("observation"),
            fileName,
            bytes);
    form.addViolations("", validator.validate(sent));
    if (form.hasProblems()) {
      return Response.status(422).entity(render(reference, form, null, null)).build();
    }
    try {
      inquiries.observe(reference, sent, request.request().remoteAddress().hostAddress());
    } catch (Refusal e) {
      if (e.reason() == Refusal.Reason.NOT_FOUND) {
        throw e;
      }
      if (e.reason() == Refusal.Reason.INCOMPLETE) {
        form.reject("document", "pdf_only", null);
        return Response.status(422).entity(render(reference, form, null, null)).build();
      }
      return Response.status(409).entity(render(reference, form, null, e.code())).build();
    }
    return Response.seeOther(URI.create("/inquiries/" + reference + "?done=sent")).build();
  }

  /** The page a confirmation link opens: a button, so that a mail scanner confirms nothing. */
  @GET
  @Path("/confirmations/{token}")
  @Operation(hidden = true)
  public TemplateInstance confirmation(@PathParam("token") String token) {
    return page.render(Templates.confirmation(token, inquiries.referenceToConfirm(token), null));
  }

  @POST
  @Path("/confirmations/{token}")
  @Operation(hidden = true)
  public Response confirm(@PathParam("token") String token) {
    return ConfirmationLinks.confirm(
        () -> inquiries.confirm(token),
        "/inquiries/",
        code ->
            page.render(Templates.confirmation(token, inquiries.referenceToConfirm(token), code)));
  }

  private TemplateInstance render(String reference, FormState form, String done, String refusal) {
    InquiryMessages words =
        MessageBundles.get(InquiryMessages.class, Localized.Literal.of(page.lang()));
    return page.render(
        Templates.inquiry(
            inquiries.publicView(reference),
            form,
            Arrays.stream(Observation.Stance.values())
                .map(s -> new Option(s.name(), words.stance(s.name())))
                .toList(),
            Arrays.stream(Observation.Topic.values())
                .map(t -> new Option(t.name(), words.topic(t.name())))
                .toList(),
            done,
            refusal));
  }

  private static List<String> listOf(String value) {
    return value == null ? List.of() : List.of(value);
  }
}
