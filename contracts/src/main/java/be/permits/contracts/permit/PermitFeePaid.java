package be.permits.contracts.permit;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code permit.fee-paid.v1}: an invoice of an application is paid in full, as the authority's bank
 * statement shows; where the procedure waits for it (an appeal's fee), it goes on.
 *
 * @param kind the fee schedule's kind, e.g. APPEAL_FEE
 * @param appealId the appeal the fee is for, or null
 */
public record PermitFeePaid(
    UUID applicationId,
    String reference,
    UUID invoiceId,
    String kind,
    UUID appealId,
    long amountCents,
    Instant paidAt) {}
