package be.permits.permit.service;

import be.permits.permit.domain.Invoice;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fee as the applicant sees it: what for, how much, how to pay it, and where it stands. */
@Schema(name = "Invoice")
public record InvoiceView(
    @Schema(maxLength = 40, description = "What the fee is for, as the fee schedule names it")
        String kind,
    @Schema(minimum = "1", maximum = "100000000", description = "In cents") long amountCents,
    @Schema(minLength = 3, maxLength = 3) String currency,
    @Schema(
            pattern = "^\\+\\+\\+[0-9]{3}/[0-9]{4}/[0-9]{5}\\+\\+\\+$",
            maxLength = 20,
            description = "The structured communication to give with the transfer")
        String communication,
    Invoice.Status status,
    @Schema(minimum = "0", maximum = "100000000", description = "Paid so far, in cents")
        long paidCents,
    Instant issuedAt) {

  static InvoiceView of(Invoice invoice) {
    return new InvoiceView(
        invoice.kind,
        invoice.amountCents,
        invoice.currency,
        invoice.structuredCommunication().toString(),
        invoice.status,
        invoice.paidCents,
        invoice.issuedAt);
  }

  /** What is left to pay, in cents. */
  public long dueCents() {
    return status == Invoice.Status.OPEN || status == Invoice.Status.PARTLY_PAID
        ? Math.max(0, amountCents - paidCents)
        : 0;
  }
}
