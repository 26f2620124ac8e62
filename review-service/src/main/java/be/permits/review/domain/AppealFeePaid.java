package be.permits.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An appeal's fee, paid: the appeal may be decided. */
@Entity
@Table(name = "appeal_fee_paid")
public class AppealFeePaid {
  @Id
  @Column(name = "appeal_id")
  public UUID appealId;

  /**
   * The invoice paid; null for an appeal lodged with a proof of payment before fees were invoiced.
   */
  @Column(name = "invoice_id")
  public UUID invoiceId;

  @Column(name = "paid_at", nullable = false)
  public Instant paidAt;
}
