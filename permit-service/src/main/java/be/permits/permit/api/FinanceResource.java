package be.permits.permit.api;

import be.permits.permit.service.Reconciliation;
import be.permits.permit.service.Reconciliation.PaymentView;
import be.permits.permit.service.Reconciliation.Report;
import be.permits.permit.service.Reconciliation.Resolution;
import be.permits.support.problem.Problem;
import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
import be.permits.support.security.CurrentCaller;
import be.permits.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The finance officers' reconciliation of the authority's bank statements with the fees asked. */
@Path("/api/finance")
@Tag(name = "Finance")
@RolesAllowed(Roles.FINANCE)
@Produces(MediaType.APPLICATION_JSON)
public class FinanceResource {
  @Inject Reconciliation reconciliation;
  @Inject CurrentCaller caller;

  @POST
  @Path("/statements")
  @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Operation(
      summary =
          "Import an ISO 20022 camt.053 statement (at most 5 MiB): each booked credit pays the"
              + " invoice its structured communication names; the others are listed to resolve")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_XML,
              schema = @Schema(type = SchemaType.STRING, maxLength = 5_242_880)))
  @APIResponse(responseCode = "200", description = "Imported: what each credit did")
  @APIResponse(
      responseCode = "413",
      description = "Larger than 5 MiB",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "Not a camt.053 statement this service reads",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Report importStatement(byte[] statement) {
    if (statement == null || statement.length == 0) {
      throw Refusal.incomplete(
          "The statement is empty.", List.of(new FieldError("statement", "empty")));
    }
    if (statement.length > Reconciliation.MAX_STATEMENT_BYTES) {
      throw Refusal.tooLarge(
          "A statement is at most 5 MiB.", new FieldError("statement", "larger than 5 MiB"));
    }
    return reconciliation.importStatement(caller.get(), statement);
  }

  @GET
  @Path("/payments")
  @Operation(
      summary =
          "The payments a person must still resolve: partial, excess, not due, unknown, duplicate")
  @APIResponse(
      responseCode = "200",
      description = "Payments, oldest first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      implementation = PaymentView.class,
                      maxItems = 1000)))
  public List<PaymentView> toResolve() {
    return reconciliation.toResolve();
  }

  @POST
  @Path("/payments/{paymentId}/resolution")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record how a payment that needed it was resolved")
  @APIResponse(responseCode = "200", description = "Resolved")
  @APIResponse(
      responseCode = "404",
      description = "No such payment",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "409",
      description = "It needs no resolution, or has one",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public PaymentView resolve(
      @PathParam("paymentId") UUID paymentId, @Valid @NotNull Resolution resolution) {
    return reconciliation.resolve(caller.get(), paymentId, resolution);
  }
}
