package be.permits.permit.web;

import be.permits.permit.domain.Attachment;
import be.permits.permit.service.ApplicationQueries;
import be.permits.permit.service.ApplicationService;
import be.permits.permit.service.ApplicationView;
import be.permits.permit.service.AttachmentView;
import be.permits.permit.service.Attachments;
import be.permits.permit.service.DraftView;
import be.permits.permit.service.FeeSchedule;
import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
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
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The application form, one step per page: organisation, site, project, data and IT, documents,
 * then review and submit. Every step saves the draft; a step with mistakes still saves its other
 * answers, keeps the stored value of each refused field, shows each mistake beside its field and
 * says what was saved. Plain forms and redirects: no script is needed.
 */
@Path("/applications/{id}/edit")
@RolesAllowed(Roles.APPLICANT)
@Produces(MediaType.TEXT_HTML)
public class ApplicationFormPages {
  @Inject CurrentCaller caller;
  @Inject ApplicationService applications;
  @Inject ApplicationQueries queries;
  @Inject Attachments attachments;
  @Inject Validator validator;
  @Inject PageContext page;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance step(
        ApplicationView application,
        FormStep step,
        List<FormStep> steps,
        FormView view,
        Notice notice);

    static native TemplateInstance documents(
        ApplicationView application,
        FormStep step,
        List<FormStep> steps,
        List<AttachmentView> documents,
        FormState form,
        List<be.permits.support.web.Option> kinds,
        Notice notice,
        AttachmentView deleting);

    static native TemplateInstance review(
        ApplicationView application,
        FormStep step,
        List<FormStep> steps,
        FormView view,
        List<AttachmentView> documents,
        FormState missing,
        List<FeeSchedule.Fee> fees);
  }

  @GET
  @Path("/{step}")
  @Operation(hidden = true)
  public Response show(
      @PathParam("id") UUID id,
      @PathParam("step") String slug,
      @RestQuery String done,
      @RestQuery String saved) {
    FormStep step = FormStep.ofSlug(slug).orElseThrow(Refusal::notFound);
    Notice notice =
        switch (done == null ? "" : done) {
          case "saved" ->
              FormStep.ofSlug(saved == null ? "" : saved)
                  .filter(FormStep::holdsFields)
                  .map(s -> new Notice("saved", s))
                  .orElse(Notice.NONE);
          case "uploaded", "document-deleted" -> new Notice(done, step);
          default -> Notice.NONE;
        };
    return Response.ok(render(queries.draft(caller.get(), id), step, null, notice)).build();
  }

  @POST
  @Path("/{step}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response save(
      @PathParam("id") UUID id,
      @PathParam("step") String slug,
      MultivaluedMap<String, String> posted) {
    FormStep step =
        FormStep.ofSlug(slug).filter(FormStep::holdsFields).orElseThrow(Refusal::notFound);
    FormState form = FormState.posted(posted);
    var section = step.read(form, validator);
    if (section.isEmpty()) {
      return keepWhatIsValid(id, step, form);
    }
    applications.update(caller.get(), id, section.get());
    FormStep target =
        switch (form.value("go")) {
          case "previous" -> step.previous();
          case "stay" -> step;
          default -> step.next();
        };
    return Response.seeOther(
            URI.create(
                "/applications/" + id + "/edit/" + target.slug() + "?done=saved&saved=" + slug))
        .build();
  }

  /**
   * A step with mistakes: the answers that passed are saved, each refused field keeps the value
   * stored before, and the page shows what was typed with its problems. When a mistake is not on
   * one field of the step (or every field is wrong), nothing is saved, and the page says so.
   */
  private Response keepWhatIsValid(UUID id, FormStep step, FormState typed) {
    Set<String> refused = typed.fieldsWithProblems();
    Set<String> fields =
        step.fields().stream().map(FormStep.Field::name).collect(Collectors.toSet());
    boolean saved = false;
    if (fields.containsAll(refused) && refused.size() < fields.size()) {
      FormState stored = FormState.of(queries.draft(caller.get(), id).form());
      var kept = step.read(typed.withValuesOf(stored, refused), validator);
      if (kept.isPresent()) {
        applications.update(caller.get(), id, kept.get());
        saved = true;
      }
    }
    Notice notice = new Notice(saved ? "partly-saved" : "nothing-saved", step);
    return Response.status(422)
        .entity(render(queries.draft(caller.get(), id), step, typed, notice))
        .build();
  }

  @POST
  @Path("/documents")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(hidden = true)
  public Response upload(
      @PathParam("id") UUID id, @RestForm("kind") String kind, @RestForm("file") FileUpload file)
      throws java.io.IOException {
    FormState form = FormState.empty();
    Attachment.Kind documentKind = null;
    try {
      documentKind = kind == null ? null : Attachment.Kind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (documentKind == null) {
      form.reject("kind", "choice", null);
    }
    if (file == null || file.fileName() == null || file.fileName().isBlank() || file.size() == 0) {
      form.reject("file", "document_missing", null);
    }
    if (form.hasProblems()) {
      return invalid(id, FormStep.DOCUMENTS, form);
    }
    try {
      attachments.upload(
          caller.get(),
          id,
          new Attachments.Document(
              documentKind, file.fileName(), Files.readAllBytes(file.uploadedFile())),
          null);
    } catch (Refusal e) {
      if (!DocumentRefusal.onFileField(form, e)) {
        throw e;
      }
      return invalid(id, FormStep.DOCUMENTS, form);
    }
    return seeOther(id, FormStep.DOCUMENTS, "uploaded");
  }

  /** Removes a document of the draft, once the applicant has confirmed it on the page. */
  @POST
  @Path("/documents/{documentId}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response deleteDocument(
      @PathParam("id") UUID id,
      @PathParam("documentId") UUID documentId,
      @RestForm String confirmed) {
    if (!"yes".equals(confirmed)) {
      DraftView draft = queries.draft(caller.get(), id);
      AttachmentView deleting =
          draft.documents().stream()
              .filter(d -> d.id().equals(documentId))
              .findFirst()
              .orElseThrow(Refusal::notFound);
      return Response.ok(
              page.render(
                  Templates.documents(
                      draft.application(),
                      FormStep.DOCUMENTS,
                      List.of(FormStep.values()),
                      draft.documents(),
                      FormState.empty(),
                      Choices.documentKinds(page.lang()),
                      Notice.NONE,
                      deleting)))
          .build();
    }
    attachments.delete(caller.get(), id, documentId);
    return seeOther(id, FormStep.DOCUMENTS, "document-deleted");
  }

  @POST
  @Path("/submit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response submit(@PathParam("id") UUID id) {
    try {
      applications.submit(caller.get(), id);
    } catch (Refusal e) {
      if (e.reason() == Refusal.Reason.INCOMPLETE) {
        return invalid(id, FormStep.REVIEW, FormState.empty());
      }
      throw e;
    }
    return Response.seeOther(URI.create("/applications/" + id + "?done=submitted")).build();
  }

  /** Renders the step again with the person's input and problems, changing nothing. */
  private Response invalid(UUID id, FormStep step, FormState form) {
    return Response.status(422)
        .entity(render(queries.draft(caller.get(), id), step, form, Notice.NONE))
        .build();
  }

  /** What the page confirms on top: the code of what was just done, and on which step. */
  public record Notice(String code, FormStep step) {
    static final Notice NONE = new Notice("", FormStep.REVIEW);

    public boolean shown() {
      return !code.isEmpty();
    }
  }

  private TemplateInstance render(DraftView draft, FormStep step, FormState posted, Notice notice) {
    ApplicationView a = draft.application();
    List<FormStep> steps = List.of(FormStep.values());
    String lang = page.lang();
    TemplateInstance template =
        switch (step) {
          case DOCUMENTS ->
              Templates.documents(
                  a,
                  step,
                  steps,
                  draft.documents(),
                  posted == null ? FormState.empty() : posted,
                  Choices.documentKinds(lang),
                  notice,
                  null);
          case REVIEW -> {
            FormState missing = FormState.empty();
            for (FieldError e : draft.missing()) {
              missing.reject(e.field(), "needed_to_submit", null);
            }
            yield Templates.review(
                a,
                step,
                steps,
                FormView.of(draft.form(), lang),
                draft.documents(),
                missing,
                draft.fees());
          }
          default ->
              Templates.step(
                  a,
                  step,
                  steps,
                  new FormView(
                      posted != null
                          ? posted
                          : step == FormStep.SYSTEMS
                              ? SystemsStep.formOf(draft.form().systems())
                              : FormState.of(draft.form()),
                      lang,
                      draft.form().systems()),
                  notice);
        };
    return page.render(template);
  }

  private static Response seeOther(UUID id, FormStep step, String done) {
    return Response.seeOther(
            URI.create("/applications/" + id + "/edit/" + step.slug() + "?done=" + done))
        .build();
  }
}
