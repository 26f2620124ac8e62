package be.permits.review.service;

import be.permits.review.domain.Observation;
import be.permits.review.domain.Observation.Topic;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the public and the coordinating officials send to an inquiry, with their limits. */
public final class InquiryCommands {
  private InquiryCommands() {}

  /** The largest document an observation may carry: 5 MiB. */
  public static final int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

  /** An observation as its sender writes it; the document, if any, is a PDF. */
  public record NewObservation(
      @NotBlank @Size(max = 200) String observerName,
      @NotBlank @Size(max = 300) String observerAddress,
      @NotBlank
          @Email
          // As the events' contact schema reads an address: no space, one @.
          @Pattern(regexp = "[^@\\s]+@[^@\\s]+")
          @Size(max = 254)
          String observerEmail,
      @NotNull @Pattern(regexp = "fr|nl|de|en") String locale,
      @NotNull Observation.Stance stance,
      @NotNull @Size(max = 10) List<@NotNull Topic> topics,
      @NotBlank @Size(max = 5000) String observation,
      @Size(max = 200) String documentName,
      byte[] document) {}

  /** The redacted copy that the coordinating officials publish. */
  public record Redaction(@NotBlank @Size(max = 5000) String text) {}
}
