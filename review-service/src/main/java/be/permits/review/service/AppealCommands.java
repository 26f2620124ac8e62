package be.permits.review.service;

import be.permits.review.domain.ProcedureRegimes.Appellant;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an appellant sends, with its limits. */
public final class AppealCommands {
  private AppealCommands() {}

  /** The largest document an appeal may carry, and the largest proof of payment: 5 MiB each. */
  public static final int MAX_DOCUMENT_BYTES = InquiryCommands.MAX_DOCUMENT_BYTES;

  /**
   * An appeal as its appellant writes it: in which capacity, who, their interest in the decision,
   * the grounds, an optional PDF, and the proof that the fee was paid (a PDF) where the procedure
   * asks for it.
   */
  public record NewAppeal(
      @NotNull Appellant capacity,
      @NotBlank @Size(max = 200) String appellantName,
      @NotBlank @Size(max = 300) String appellantAddress,
      @NotBlank
          @Email
          // As the events' contact schema reads an address: no space, one @.
          @Pattern(regexp = "[^@\\s]+@[^@\\s]+")
          @Size(max = 254)
          String appellantEmail,
      @NotNull @Pattern(regexp = "fr|nl|de|en") String locale,
      @NotBlank @Size(max = 2000) String interest,
      @NotBlank @Size(max = 10000) String grounds,
      @Size(max = 200) String documentName,
      byte[] document,
      @Size(max = 200) String feeProofName,
      byte[] feeProof) {}
}
