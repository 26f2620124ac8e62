package be.permits.permit.web;

import be.permits.permit.domain.Attachment;
import be.permits.permit.service.ApplicationQueries;
import be.permits.permit.service.ApplicationService;
import be.permits.permit.service.ApplicationView;
import be.permits.permit.service.AttachmentView;
import be.permits.permit.service.Attachments;
import be.permits.permit.service.DraftView;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The application form, one step per page: organisation, site, project, data and IT, documents,
 * then review and submit. Every step saves the draft; a step with mistakes saves nothing and shows
 * each mistake beside its field. Plain forms and redirects: no script is needed.
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
        ApplicationView application, FormStep step, List<FormStep> steps, FormView view);

    static native TemplateInstance documents(
        ApplicationView application,
        FormStep step,
        List<FormStep> steps,
        List<AttachmentView> documents,
        FormState form,
        List<be.permits.support.web.Option> kinds);

    static native TemplateInstance review(
        ApplicationView application,
        FormStep step,
        List<FormStep> steps,
        FormView view,
        List<AttachmentView> documents,
        FormState missing);
  }

  @GET
  @Path("/{step}")
  @Operation(hidden = true)
  public Response show(@PathParam("id") UUID id, @PathParam("step") String slug) {
    FormStep step = FormStep.ofSlug(slug).orElseThrow(Refusal::notFound);
    return Response.ok(render(queries.draft(caller.get(), id), step, null)).build();
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
      return invalid(id, step, form);
    }
    applications.update(caller.get(), id, section.get());
    FormStep target =
        switch (form.value("go")) {
          case "previous" -> step.previous();
          case "stay" -> step;
          default -> step.next();
        };
    return seeOther(id, target);
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
    return seeOther(id, FormStep.DOCUMENTS);
  }

  @POST
  @Path("/documents/{documentId}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response deleteDocument(
      @PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
    attachments.delete(caller.get(), id, documentId);
    return seeOther(id, FormStep.DOCUMENTS);
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
    return Response.seeOther(URI.create("/applications/" + id + "?submitted=true")).build();
  }

  /** Renders the step again with the person's input and problems, changing nothing. */
  private Response invalid(UUID id, FormStep step, FormState form) {
    return Response.status(422).entity(render(queries.draft(caller.get(), id), step, form)).build();
  }

  private TemplateInstance render(DraftView draft, FormStep step, FormState posted) {
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
                  Choices.documentKinds(lang));
          case REVIEW -> {
            FormState missing = FormState.empty();
            for (FieldError e : draft.missing()) {
              missing.reject(e.field(), "needed_to_submit", null);
            }
            yield Templates.review(
                a,
                step,
                steps,
                new FormView(FormState.of(draft.form()), lang),
                draft.documents(),
                missing);
          }
          default ->
              Templates.step(
                  a,
                  step,
                  steps,
                  new FormView(posted == null ? FormState.of(draft.form()) : posted, lang));
        };
    return page.render(template);
  }

  private static Response seeOther(UUID id, FormStep step) {
    return Response.seeOther(URI.create("/applications/" + id + "/edit/" + step.slug())).build();
  }
}
