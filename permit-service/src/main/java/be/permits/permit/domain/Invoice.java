package be.permits.permit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A fee asked of an applicant, paid by bank transfer with its structured communication. */
@Entity
@Table(name = "invoice")
public class Invoice {
  /** Where a fee stands. */
  public enum Status {
    /** Nothing paid yet. */
    OPEN,
    /** Less than the amount paid. */
    PARTLY_PAID,
    /** Paid in full. */
    PAID,
    /** No longer asked (the application was withdrawn before its review), nothing paid. */
    CANCELLED,
    /** No longer asked, but paid: the authority pays it back. */
    REFUND_DUE
  }

  @Id public UUID id;

  @Column(name = "application_id", nullable = false)
  public UUID applicationId;

  /** What the fee is for, as the fee schedule names it. */
  @Column(nullable = false)
  public String kind;

  @Column(name = "amount_cents", nullable = false)
  public long amountCents;

  @Column(nullable = false)
  public String currency;

  /** The structured communication's twelve digits. */
  @Column(nullable = false)
  public String communication;

  @Column(name = "schedule_version", nullable = false)
  public String scheduleVersion;

  /** Whether a withdrawal before the review opens cancels (or refunds) it. */
  @Column(nullable = false)
  public boolean refundable;

  @Column(name = "issued_at", nullable = false)
  public Instant issuedAt;

  @Column(name = "paid_cents", nullable = false)
  public long paidCents;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  /** The appeal the fee is for, or null; an appeal's fee is paid by its appellant. */
  @Column(name = "appeal_id")
  public java.util.UUID appealId;

  @Column(name = "payer_name")
  public String payerName;

  @Column(name = "payer_email")
  public String payerEmail;

  @Column(name = "payer_locale")
  public String payerLocale;

  @Version public int version;

  /** The communication as banks print it. */
  public StructuredCommunication structuredCommunication() {
    return StructuredCommunication.parse(communication);
  }
}
