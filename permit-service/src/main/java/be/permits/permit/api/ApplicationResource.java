package be.permits.permit.api;

import be.permits.permit.service.ApplicationForm;
import be.permits.permit.service.ApplicationQueries;
import be.permits.permit.service.ApplicationService;
import be.permits.permit.service.ApplicationView;
import be.permits.permit.service.DecisionDocuments;
import be.permits.permit.service.InvoiceView;
import be.permits.permit.service.NoteView;
import be.permits.permit.service.RelatedView;
import be.permits.permit.service.Withdrawal;
import be.permits.support.http.Downloads;
import be.permits.support.problem.Problem;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Applications of the caller's organisation. Someone else's id answers 404. */
@Path("/api/applications")
@Tag(name = "Applications")
@RolesAllowed(Roles.APPLICANT)
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {
  @Inject ApplicationService applications;
  @Inject ApplicationQueries queries;
  @Inject DecisionDocuments decisions;
  @Inject CurrentCaller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a draft application, with as many fields as are known")
  @APIResponse(
      responseCode = "201",
      description = "Draft created",
      content = @Content(schema = @Schema(implementation = ApplicationView.class)))
  public Response create(@Valid @NotNull ApplicationForm form) {
    ApplicationView view = applications.create(caller.get(), form);
    return Response.created(URI.create("/api/applications/" + view.id())).entity(view).build();
  }

  @GET
  @Operation(summary = "List my organisation's applications, newest first")
  @APIResponse(
      responseCode = "200",
      description = "Applications",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = ApplicationView.class,
                      maxItems = 200)))
  public List<ApplicationView> list(
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return queries.list(caller.get(), limit);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Read one of my applications")
  @APIResponse(responseCode = "200", description = "The application")
  public ApplicationView get(@PathParam("id") UUID id) {
    return queries.get(caller.get(), id);
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save a draft; sections left out are kept as they are")
  @APIResponse(responseCode = "200", description = "Draft saved")
  @APIResponse(
      responseCode = "409",
      description = "Not a draft any more",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public ApplicationView update(@PathParam("id") UUID id, @Valid @NotNull ApplicationForm form) {
    return applications.update(caller.get(), id, form);
  }

  @GET
  @Path("/{id}/invoices")
  @Operation(
      summary =
          "The fees asked of my application: amount, structured communication and payment status")
  @APIResponse(
      responseCode = "200",
      description = "Invoices, oldest first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = InvoiceView.class,
                      maxItems = 20)))
  public List<InvoiceView> invoices(@PathParam("id") UUID id) {
    return queries.invoices(caller.get(), id);
  }

  @GET
  @Path("/{id}/decision-documents")
  @Operation(
      summary =
          "The sealed decision documents of my application: which decision, language, SHA-256,"
              + " when sealed")
  @APIResponse(
      responseCode = "200",
      description = "The decision first, then the decision on appeal if any",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = DecisionDocuments.DocumentView.class,
                      maxItems = 2)))
  public List<DecisionDocuments.DocumentView> decisionDocuments(@PathParam("id") UUID id) {
    return decisions.of(caller.get(), id);
  }

  @GET
  @Path("/{id}/decision-documents/{kind:DECISION|APPEAL_DECISION}")
  @Produces("application/pdf")
  @Operation(summary = "A sealed decision document of my application, as a PDF")
  @APIResponse(
      responseCode = "200",
      description = "The PDF, sealed (PAdES); Repr-Digest gives its SHA-256",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 4_000_000)))
  public Response decisionDocument(
      @PathParam("id") UUID id,
      @Parameter(
              description = "Which decision: the first, or the decision on appeal",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"DECISION", "APPEAL_DECISION"}))
          @PathParam("kind")
          String kind) {
    DecisionDocuments.Download document = decisions.download(caller.get(), id, kind);
    return Downloads.of(
        document.fileName(), "application/pdf", document.sha256(), document.content());
  }

  @GET
  @Path("/{id}/notes")
  @Operation(summary = "Notes that the reviewing agencies wrote for me, oldest first")
  @APIResponse(
      responseCode = "200",
      description = "Notes",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = NoteView.class,
                      maxItems = 500)))
  public List<NoteView> notes(@PathParam("id") UUID id) {
    return queries.notes(caller.get(), id);
  }

  @GET
  @Path("/{id}/related")
  @Operation(
      summary =
          "My other applications on the same site (municipality and a parcel in common), with the"
              + " cumulative requested floor area")
  @APIResponse(responseCode = "200", description = "Related applications")
  public RelatedView related(@PathParam("id") UUID id) {
    return queries.related(caller.get(), id);
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Delete a draft")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "409",
      description = "Submitted applications are withdrawn, not deleted",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public void delete(@PathParam("id") UUID id) {
    applications.delete(caller.get(), id);
  }

  @POST
  @Path("/{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Withdraw my application, with a reason; its review stops")
  @APIResponse(responseCode = "200", description = "Withdrawn")
  @APIResponse(
      responseCode = "409",
      description = "Already decided or withdrawn",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public ApplicationView withdraw(@PathParam("id") UUID id, @Valid @NotNull Withdrawal withdrawal) {
    return applications.withdraw(caller.get(), id, withdrawal);
  }

  @POST
  @Path("/{id}/submit")
  @Operation(summary = "Submit a complete draft for review")
  @APIResponse(responseCode = "200", description = "Submitted, with its reference")
  @APIResponse(
      responseCode = "409",
      description = "Not a draft",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "Incomplete: every missing field is listed",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public ApplicationView submit(@PathParam("id") UUID id) {
    return applications.submit(caller.get(), id);
  }
}
