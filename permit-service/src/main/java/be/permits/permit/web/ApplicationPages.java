package be.permits.permit.web;

import be.permits.permit.domain.Attachment;
import be.permits.permit.service.Answer;
import be.permits.permit.service.ApplicationForm;
import be.permits.permit.service.ApplicationQueries;
import be.permits.permit.service.ApplicationService;
import be.permits.permit.service.ApplicationView;
import be.permits.permit.service.Attachments;
import be.permits.permit.service.DecisionDocuments;
import be.permits.permit.service.InformationRequests;
import be.permits.permit.service.Withdrawal;
import be.permits.support.http.Downloads;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Caller;
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
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The applicant's pages around the form: the dashboard of own applications, and each application's
 * file with its history, open requests for information, answer and withdrawal.
 */
@Path("/applications")
@RolesAllowed(Roles.APPLICANT)
@Produces(MediaType.TEXT_HTML)
public class ApplicationPages {
  private static final int DASHBOARD_SIZE = 25;
  private static final int LAST_PAGE = 4000;

  /** What the file page may confirm on top, after a redirect. */
  private static final Set<String> DONE = Set.of("submitted", "answered", "withdrawn");

  @Inject CurrentCaller caller;
  @Inject ApplicationService applications;
  @Inject ApplicationQueries queries;
  @Inject Attachments attachments;
  @Inject DecisionDocuments decisions;
  @Inject InformationRequests requests;
  @Inject Validator validator;
  @Inject PageContext page;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance dashboard(
        List<ApplicationView> applications,
        String q,
        long total,
        long from,
        long to,
        String previous,
        String next,
        boolean deleted,
        String sort,
        List<be.permits.support.web.Option> sorts);

    /**
     * @param done what was just done ({@code submitted}, {@code answered}, {@code withdrawn}), or
     *     empty
     * @param confirm the irreversible action the applicant is asked to confirm ({@code delete},
     *     {@code withdraw}), or empty
     */
    static native TemplateInstance file(FileView file, String done, String confirm);
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance dashboard(
      @RestQuery String q, @RestQuery String sort, @RestQuery int page, @RestQuery String done) {
    ApplicationQueries.Order order =
        Arrays.stream(ApplicationQueries.Order.values())
            .filter(o -> o.name().equals(sort))
            .findFirst()
            .orElse(ApplicationQueries.Order.CHANGED);
    String text = q == null || q.isBlank() ? null : q.strip();
    if (text != null && text.length() > 100) {
      text = text.substring(0, 100);
    }
    int number = Math.min(Math.max(page, 1), LAST_PAGE);
    int offset = (number - 1) * DASHBOARD_SIZE;
    ApplicationQueries.ApplicationsPage found =
        queries.page(caller.get(), text, order, offset, DASHBOARD_SIZE);
    long from = found.applications().isEmpty() ? 0 : offset + 1L;
    long to = offset + (long) found.applications().size();
    String search =
        (text == null ? "" : "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&")
            + "sort="
            + order.name()
            + "&";
    return this.page.render(
        Templates.dashboard(
            found.applications(),
            text,
            found.total(),
            from,
            to,
            number > 1 ? "/applications?" + search + "page=" + (number - 1) : null,
            to < found.total() && number < LAST_PAGE
                ? "/applications?" + search + "page=" + (number + 1)
                : null,
            "deleted".equals(done),
            order.name(),
            Choices.applicationOrders(this.page.lang())));
  }

  @POST
  @Path("/new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response create() {
    ApplicationView draft =
        applications.create(caller.get(), new ApplicationForm(null, null, null, null, null));
    return Response.seeOther(URI.create("/applications/" + draft.id() + "/edit/organisation"))
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(hidden = true)
  public TemplateInstance file(@PathParam("id") UUID id, @RestQuery String done) {
    return fileView(id, FormState.empty(), done != null && DONE.contains(done) ? done : "", "");
  }

  @POST
  @Path("/{id}/withdraw")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response withdraw(
      @PathParam("id") UUID id, @RestForm String reason, @RestForm String confirmed) {
    FormState form = FormState.posted(Map.of("reason", listOf(reason)));
    Withdrawal withdrawal = new Withdrawal(form.text("reason"));
    form.addViolations("", validator.validate(withdrawal));
    if (form.hasProblems()) {
      return Response.status(422).entity(fileView(id, form, "", "")).build();
    }
    if (!"yes".equals(confirmed)) {
      // A withdrawal is final: the applicant confirms it on the page before it is recorded.
      return Response.ok(fileView(id, form, "", "withdraw")).build();
    }
    applications.withdraw(caller.get(), id, withdrawal);
    return seeFile(id, "withdrawn");
  }

  /** Deletes a draft, once the applicant has confirmed it on the page. */
  @POST
  @Path("/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response delete(@PathParam("id") UUID id, @RestForm String confirmed) {
    if (!"yes".equals(confirmed)) {
      return Response.ok(fileView(id, FormState.empty(), "", "delete")).build();
    }
    applications.delete(caller.get(), id);
    return Response.seeOther(URI.create("/applications?done=deleted")).build();
  }

  /** The answer to a request for information, with a document if one is attached. */
  @POST
  @Path("/{id}/requests/{requestId}/answer")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(hidden = true)
  public Response answer(
      @PathParam("id") UUID id,
      @PathParam("requestId") UUID requestId,
      @RestForm String answer,
      @RestForm String kind,
      @RestForm FileUpload file)
      throws IOException {
    FormState form = FormState.posted(Map.of("answer", listOf(answer), "kind", listOf(kind)));
    Answer text = new Answer(form.text("answer"), null);
    form.addViolations("", validator.validate(text));
    boolean withDocument = file != null && file.fileName() != null && !file.fileName().isBlank();
    Attachment.Kind documentKind = withDocument ? form.choice("kind", Attachment.Kind.class) : null;
    if (withDocument && documentKind == null) {
      form.reject("kind", "choice", null);
    }
    if (form.hasProblems()) {
      return Response.status(422).entity(fileView(id, form, "", "")).build();
    }
    Attachments.Document document =
        withDocument
            ? new Attachments.Document(
                documentKind, file.fileName(), Files.readAllBytes(file.uploadedFile()))
            : null;
    try {
      requests.answer(caller.get(), id, requestId, text, document);
    } catch (Refusal e) {
      if (!DocumentRefusal.onFileField(form, e)) {
        throw e;
      }
      return Response.status(422).entity(fileView(id, form, "", "")).build();
    }
    return seeFile(id, "answered");
  }

  /** A sealed decision document of the application, for its applicant. */
  @GET
  @Path("/{id}/decisions/{kind:DECISION|APPEAL_DECISION}")
  @Produces("application/pdf")
  @Operation(hidden = true)
  public Response decisionDocument(@PathParam("id") UUID id, @PathParam("kind") String kind) {
    DecisionDocuments.Download document = decisions.download(caller.get(), id, kind);
    return Downloads.of(
        document.fileName(), "application/pdf", document.sha256(), document.content());
  }

  /**
   * A document of the application: for its applicant, and for reviewers of the agencies that review
   * it (the desk links here), to whom only submitted documents open.
   */
  @GET
  @Path("/{id}/documents/{documentId}")
  @Produces({"application/pdf", "image/png", "image/jpeg"})
  @RolesAllowed({Roles.APPLICANT, Roles.REVIEWER})
  @Operation(hidden = true)
  public Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
    Caller me = caller.get();
    Attachments.Content document =
        me.hasRole(Roles.APPLICANT)
            ? attachments.content(me, id, documentId)
            : attachments.contentForReviewer(me, id, documentId);
    return Downloads.of(
        document.fileName(), document.mediaType(), document.sha256(), document.bytes());
  }

  private TemplateInstance fileView(UUID id, FormState form, String done, String confirm) {
    FileView view = new FileView(queries.file(caller.get(), id), form, page.lang());
    return page.render(Templates.file(view, done, confirm));
  }

  private static Response seeFile(UUID id, String done) {
    return Response.seeOther(URI.create("/applications/" + id + "?done=" + done)).build();
  }

  private static List<String> listOf(String value) {
    return value == null ? List.of() : List.of(value);
  }
}
