package be.permits.permit.web;

import be.permits.contracts.RevisionDiff;
import be.permits.permit.api.ApplicationForm;
import be.permits.permit.api.AttachmentResource;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.ApplicationStatus;
import be.permits.permit.domain.Attachment;
import be.permits.permit.domain.InformationRequest;
import be.permits.permit.service.ApplicationService;
import be.permits.permit.service.Attachments;
import be.permits.permit.service.InformationRequests;
import be.permits.support.problem.ProblemException;
import be.permits.support.security.Caller;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import be.permits.support.web.FormState;
import be.permits.support.web.PageContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private static final int MAX_TEXT = 5000;
  private static final int DASHBOARD_SIZE = 200;

  @Inject CurrentCaller caller;
  @Inject ApplicationService applications;
  @Inject Attachments attachments;
  @Inject InformationRequests requests;
  @Inject PageContext page;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance dashboard(List<Application> applications);

    static native TemplateInstance file(FileView file, boolean submitted);
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance dashboard() {
    return page.render(Templates.dashboard(applications.list(caller.get(), DASHBOARD_SIZE)));
  }

  @POST
  @Path("/new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response create() {
    Application draft =
        applications.create(caller.get(), new ApplicationForm(null, null, null, null));
    return Response.seeOther(URI.create("/applications/" + draft.id + "/edit/organisation"))
        .build();
  }

  @GET
  @Path("/{id}")
  @Operation(hidden = true)
  public TemplateInstance file(@PathParam("id") UUID id, @RestQuery boolean submitted) {
    return fileView(id, FormState.empty(), submitted);
  }

  @POST
  @Path("/{id}/withdraw")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response withdraw(@PathParam("id") UUID id, @RestForm String reason) {
    FormState form =
        FormState.posted(Map.of("reason", reason == null ? List.of() : List.of(reason)));
    String text = form.text("reason");
    if (text == null) {
      form.reject("reason", "required", null);
    } else if (text.length() > 1000) {
      form.reject("reason", "too_long", "1000");
    }
    if (form.hasProblems()) {
      return Response.status(422).entity(fileView(id, form, false)).build();
    }
    applications.withdraw(caller.get(), id, text);
    return seeFile(id);
  }

  @POST
  @Path("/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response delete(@PathParam("id") UUID id) {
    applications.delete(caller.get(), id);
    return Response.seeOther(URI.create("/applications")).build();
  }

  /**
   * The answer to a request for information, with a document if one is attached: both commit
   * together or not at all.
   */
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
    FormState form =
        FormState.posted(
            Map.of(
                "answer", answer == null ? List.of() : List.of(answer),
                "kind", kind == null ? List.of() : List.of(kind)));
    String text = form.text("answer");
    if (text == null) {
      form.reject("answer", "required", null);
    } else if (text.length() > MAX_TEXT) {
      form.reject("answer", "too_long", String.valueOf(MAX_TEXT));
    }
    boolean withDocument = file != null && file.fileName() != null && !file.fileName().isBlank();
    Attachment.Kind documentKind = withDocument ? form.choice("kind", Attachment.Kind.class) : null;
    if (withDocument && documentKind == null) {
      form.reject("kind", "choice", null);
    }
    if (form.hasProblems()) {
      return Response.status(422).entity(fileView(id, form, false)).build();
    }
    Caller me = caller.get();
    byte[] content = withDocument ? Files.readAllBytes(file.uploadedFile()) : null;
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                if (withDocument) {
                  attachments.upload(me, id, documentKind, file.fileName(), content, null);
                }
                requests.answer(me, id, requestId, text, null);
              });
    } catch (ProblemException e) {
      if (!DocumentRefusal.onFileField(form, e)) {
        throw e;
      }
      return Response.status(422).entity(fileView(id, form, false)).build();
    }
    return seeFile(id);
  }

  @GET
  @Path("/{id}/documents/{documentId}")
  @Produces({"application/pdf", "image/png", "image/jpeg"})
  @Operation(hidden = true)
  public Response download(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
    return AttachmentResource.asDownload(attachments.content(caller.get(), id, documentId));
  }

  private TemplateInstance fileView(UUID id, FormState form, boolean submitted) {
    Caller me = caller.get();
    FileView view =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  Application a = applications.get(me, id);
                  List<InformationRequest> all = requests.of(me, id);
                  Map<Integer, List<RevisionDiff.Change>> diffs = new HashMap<>();
                  for (InformationRequest r : all) {
                    if (r.answerRevision != null && r.answerRevision > 1) {
                      diffs.put(
                          r.answerRevision,
                          applications.diff(me, id, r.answerRevision - 1, r.answerRevision));
                    }
                  }
                  return new FileView(
                      a,
                      attachments.of(a),
                      all.stream()
                          .filter(
                              r ->
                                  r.isOpen() && a.status == ApplicationStatus.INFORMATION_REQUESTED)
                          .toList(),
                      FileView.timeline(a, all, applications.notes(me, id), diffs),
                      applications.site(me, id),
                      form,
                      page.lang());
                });
    return page.render(Templates.file(view, submitted));
  }

  private static Response seeFile(UUID id) {
    return Response.seeOther(URI.create("/applications/" + id)).build();
  }
}
