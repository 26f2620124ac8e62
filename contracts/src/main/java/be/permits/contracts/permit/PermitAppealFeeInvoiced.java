package be.permits.contracts.permit;

import be.permits.contracts.Contact;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code permit.appeal-fee-invoiced.v1}: an appeal was lodged and its fee is asked of the
 * appellant: how much, to which account, with which structured communication.
 *
 * @param communication the Belgian structured communication, as {@code +++ddd/dddd/ddddd+++}
 * @param payer the appellant, who is told how to pay
 */
public record PermitAppealFeeInvoiced(
    UUID applicationId,
    String reference,
    UUID appealId,
    UUID invoiceId,
    long amountCents,
    String currency,
    String communication,
    String beneficiaryName,
    String iban,
    String bic,
    Contact payer,
    Instant issuedAt) {}
