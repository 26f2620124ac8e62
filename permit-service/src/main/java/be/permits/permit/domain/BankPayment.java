package be.permits.permit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A credit on the authority's account, from a bank statement, and what it did to the invoices. */
@Entity
@Table(name = "bank_payment")
public class BankPayment {
  /** What a payment did. */
  public enum Outcome {
    /** It paid its invoice in full. */
    MATCHED,
    /** It paid less than was due; the invoice waits for the rest. */
    PARTIAL,
    /** It paid more than was due; the invoice is paid and the excess is to be paid back. */
    EXCESS,
    /** Its invoice was no longer due (paid already, or cancelled): it is to be paid back. */
    NOT_DUE,
    /** It names no invoice the suite knows. */
    UNKNOWN,
    /** The bank booked this entry before: it is not counted again. */
    DUPLICATE;

    /** The outcomes that a person must look at and resolve. */
    public static final Set<Outcome> TO_RESOLVE =
        Set.of(PARTIAL, EXCESS, NOT_DUE, UNKNOWN, DUPLICATE);
  }

  @Id public UUID id;

  @Column(name = "statement_id", nullable = false)
  public UUID statementId;

  /** The bank's own reference of the entry, which makes it unique. */
  @Column(name = "entry_reference", nullable = false)
  public String entryReference;

  @Column(name = "booked_on", nullable = false)
  public LocalDate bookedOn;

  @Column(name = "amount_cents", nullable = false)
  public long amountCents;

  @Column(nullable = false)
  public String currency;

  /** The remittance information as the payer gave it. */
  public String communication;

  public String debtor;

  @Column(name = "invoice_id")
  public UUID invoiceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Outcome outcome;

  @Column(name = "excess_cents", nullable = false)
  public long excessCents;

  @Column(name = "resolved_at")
  public Instant resolvedAt;

  @Column(name = "resolved_by")
  public String resolvedBy;

  public String resolution;

  @Version public int version;
}
