package be.permits.permit.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the applicant withdraws: the same limits for the API, the page and the database. */
@Schema(name = "Withdrawal")
public record Withdrawal(@NotBlank @Size(max = MAX_REASON) String reason) {
  /** The length of the {@code withdrawal_reason} column. */
  public static final int MAX_REASON = 2000;
}
