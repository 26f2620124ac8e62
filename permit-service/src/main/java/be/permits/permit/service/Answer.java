package be.permits.permit.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a request: text, and the fields that change (sections left out stay as they are).
 */
@Schema(name = "InformationAnswer")
public record Answer(
    @NotBlank @Size(max = MAX_TEXT) String answer, @Valid ApplicationForm changes) {
  public static final int MAX_TEXT = 5000;
}
