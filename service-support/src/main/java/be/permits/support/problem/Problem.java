package be.permits.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, with the offending fields of a validation failure. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
    @Schema(maxLength = 200) String type,
    @Schema(maxLength = 200) String title,
    @Schema(minimum = "400", maximum = "599") int status,
    @Schema(maxLength = 2000) String detail,
    @Schema(maxLength = 200) String instance,
    @Schema(maxItems = 500) List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One field that failed validation, named by its JSON path (e.g. {@code site.municipality}). */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(maxLength = 300) String field, @Schema(maxLength = 500) String reason) {}

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null, List.of());
  }

  public static Problem invalid(List<FieldError> errors) {
    return new Problem(
        "urn:problem:validation",
        "Invalid request",
        400,
        "One or more fields are invalid.",
        null,
        errors);
  }
}
