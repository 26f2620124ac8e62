package be.permits.review.service;

import be.permits.review.document.DecisionSeal;
import be.permits.review.service.DecisionDocuments.Issued;
import be.permits.support.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Checks a decision document that anyone sends: its seal as DSS validates it against the
 * authority's anchor, and that its bytes are exactly those of a document the suite issued (which
 * application it belongs to and whether its decision is still in force). Every document sealed with
 * the authority's key is issued here, so a seal that holds on bytes the suite never issued means a
 * change outside the signed byte range. Validation costs a fraction of a second of processor time:
 * a few run at once, the next caller is told to come back.
 */
@ApplicationScoped
public class DocumentVerification {
  /** The largest file checked: a decision document is a few tens of kilobytes. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  @Inject DecisionSeal seal;
  @Inject DecisionDocuments documents;

  private final Semaphore running;

  DocumentVerification(
      @ConfigProperty(name = "documents.verifications-at-once", defaultValue = "2") int atOnce) {
    this.running = new Semaphore(atOnce);
  }

  /**
   * What a check found.
   *
   * @param issued the document the suite issued with these very bytes, or null
   */
  @Schema(name = "DecisionVerification")
  public record Verification(
      @Schema(description = "Whether the file carries a seal at all") boolean sealed,
      @Schema(
              description =
                  "Intact, made with the authority's certificate, covering the file, and byte for"
                      + " byte as issued")
          boolean valid,
      @Schema(description = "Not one byte changed since it was sealed") boolean intact,
      @Schema(description = "Sealed with a certificate of the authority's chain") boolean trusted,
      @Schema(description = "Nothing was added to the file after its seal") boolean wholeDocument,
      @Schema(
              description =
                  "Byte for byte a document the suite issued: nothing changed, not even outside"
                      + " the sealed byte range")
          boolean asIssued,
      @Schema(maxLength = 500, description = "The seal certificate's common name") String sealedBy,
      @Schema(maxLength = 500, description = "The seal certificate's organisation")
          String organisation,
      Instant sealedAt,
      @Schema(description = "Whether the time comes from a timestamp authority")
          boolean trustedTime,
      @Schema(maxLength = 40, description = "The PAdES level, e.g. PAdES_BASELINE_B") String level,
      @Schema(maxLength = 120, description = "DSS's own indication and sub-indication")
          String dssIndication,
      Issued issued) {}

  /**
   * @throws Refusal busy when as many checks run as the service takes at once
   */
  public Verification verify(byte[] pdf) {
    if (!running.tryAcquire()) {
      throw Refusal.busy("As many documents are being checked as the service takes at once.");
    }
    try {
      DecisionSeal.Check check = seal.check(pdf);
      Issued issued =
          check.valid() ? documents.issued(DocumentSealing.sha256(pdf)).orElse(null) : null;
      // A seal leaves its own signature field's padding outside what it signs: a byte changed there
      // keeps the seal intact, so a file is valid only when it is byte for byte one issued here.
      return new Verification(
          check.sealed(),
          check.valid() && issued != null,
          check.intact(),
          check.trusted(),
          check.wholeDocument(),
          issued != null,
          check.sealedBy(),
          check.organisation(),
          check.sealedAt(),
          check.trustedTime(),
          check.level(),
          check.dssIndication(),
          issued);
    } finally {
      running.release();
    }
  }
}
