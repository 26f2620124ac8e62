package be.permits.review.api;

import be.permits.review.service.DocumentVerification;
import be.permits.review.service.DocumentVerification.Verification;
import be.permits.support.problem.Problem;
import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Anyone checks a decision document: whether its seal is valid, who sealed it and when, which
 * application it belongs to and whether its decision is still in force. No login; the file is read
 * and not kept; the calls per address are limited like every call without a token.
 */
@Path("/api/decisions/verifications")
@Tag(name = "Decision documents")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class DecisionVerificationResource {
  static final String PDF = "application/pdf";

  @Inject DocumentVerification verification;

  @POST
  @Consumes(PDF)
  // Anyone, without a token: an empty security requirement says so in the OpenAPI document.
  @SecurityRequirementsSet
  @Operation(
      summary =
          "Check a decision document (PDF, at most 5 MiB): its seal, who sealed it when, and the"
              + " decision it states")
  @RequestBody(
      content =
          @Content(
              mediaType = PDF,
              schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 5_242_880)))
  @APIResponse(
      responseCode = "200",
      description = "Checked: valid or not, and why; the decision when the suite issued it")
  @APIResponse(
      responseCode = "413",
      description = "Larger than 5 MiB",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "422",
      description = "No file was sent",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @APIResponse(
      responseCode = "503",
      description = "As many checks run as the service takes at once; try again (Retry-After)",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  public Verification verify(byte[] document) {
    if (document == null || document.length == 0) {
      throw Refusal.incomplete(
          "The document is empty.", List.of(new FieldError("document", "empty")));
    }
    if (document.length > DocumentVerification.MAX_BYTES) {
      throw Refusal.tooLarge(
          "A decision document is at most 5 MiB.", new FieldError("document", "larger than 5 MiB"));
    }
    return verification.verify(document);
  }
}
