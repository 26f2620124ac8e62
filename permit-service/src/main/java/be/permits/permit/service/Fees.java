package be.permits.permit.service;

import be.permits.contracts.EventJson;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitAppealFeeInvoiced;
import be.permits.contracts.review.ReviewAppealLodged;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.Invoice;
import be.permits.permit.domain.StructuredCommunication;
import be.permits.support.data.DataFiles;
import be.permits.support.outbox.Outbox;
import be.permits.support.security.Actor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The fees of an application, from the fee schedule in force ({@code fees.schedule-location}, read
 * at start; a bad file stops it): shown before submitting, invoiced on submission, each invoice
 * with its own structured communication; a withdrawal before the review opens cancels, or marks for
 * refund, what the schedule says.
 */
@Startup
@ApplicationScoped
public class Fees {
  /** The fee schedule's kind of an appeal's fee. */
  public static final String APPEAL_FEE = "APPEAL_FEE";

  static final Actor SYSTEM = Actor.system("permit-service");

  @ConfigProperty(name = "fees.schedule-location", defaultValue = "fees/schedule.json")
  String location;

  @Inject EntityManager em;
  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject OwnedApplications owned;

  private FeeSchedule schedule;

  @PostConstruct
  void load() {
    try (InputStream in = DataFiles.open(location, "fee schedule")) {
      // Strict, unlike events: a misspelt key in the fees must stop the start.
      schedule =
          EventJson.mapper()
              .copy()
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readValue(in, FeeSchedule.class)
              .validated();
    } catch (IOException e) {
      throw new UncheckedIOException("The fee schedule at " + location + " cannot be read", e);
    }
  }

  public FeeSchedule schedule() {
    return schedule;
  }

  /** The fees the application will be asked on submission, as its answers stand. */
  public List<FeeSchedule.Fee> preview(Application a) {
    return schedule.forClass(a.project().environmentalClass);
  }

  /**
   * Invoices the fees of an application being submitted, in the submission's transaction.
   *
   * @return the invoices, each with its structured communication
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Invoice> invoice(Application a, Instant now) {
    return preview(a).stream().map(fee -> newInvoice(a.id, fee, now)).toList();
  }

  /**
   * An appeal was lodged where the procedure asks its fee: the appellant is invoiced, once per
   * appeal, and told how to pay. The coordinating officials owe no fee.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void appealLodged(ReviewAppealLodged lodged) {
    if (!lodged.feeRequired()
        || "OFFICIALS".equals(lodged.capacity())
        || schedule.appealFeeCents() <= 0
        || owned.lockNamedByEvent(lodged.applicationId()) == null
        || !em.createQuery("FROM Invoice WHERE appealId = :appeal", Invoice.class)
            .setParameter("appeal", lodged.appealId())
            .getResultList()
            .isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Invoice invoice =
        newInvoice(
            lodged.applicationId(),
            new FeeSchedule.Fee(APPEAL_FEE, schedule.appealFeeCents(), false),
            now);
    invoice.appealId = lodged.appealId();
    invoice.payerName = lodged.appellant().name();
    invoice.payerEmail = lodged.appellant().email();
    invoice.payerLocale = lodged.appellant().locale();
    FeeSchedule.Beneficiary to = schedule.beneficiary();
    outbox.publish(
        EventType.PERMIT_APPEAL_FEE_INVOICED,
        lodged.applicationId(),
        new PermitAppealFeeInvoiced(
            lodged.applicationId(),
            lodged.reference(),
            lodged.appealId(),
            invoice.id,
            invoice.amountCents,
            invoice.currency,
            invoice.structuredCommunication().toString(),
            to.name(),
            to.iban(),
            to.bic(),
            lodged.appellant(),
            now),
        SYSTEM);
  }

  private Invoice newInvoice(UUID applicationId, FeeSchedule.Fee fee, Instant now) {
    long number =
        ((Number) em.createNativeQuery("SELECT nextval('invoice_number')").getSingleResult())
            .longValue();
    Invoice invoice = new Invoice();
    invoice.id = UUID.randomUUID();
    invoice.applicationId = applicationId;
    invoice.kind = fee.kind();
    invoice.amountCents = fee.amountCents();
    invoice.currency = schedule.currency();
    invoice.communication = new StructuredCommunication(number).digits();
    invoice.scheduleVersion = schedule.version();
    invoice.refundable = fee.refundedOnEarlyWithdrawal();
    invoice.issuedAt = now;
    invoice.status = Invoice.Status.OPEN;
    em.persist(invoice);
    return invoice;
  }

  /**
   * The application is withdrawn before its review opened: the fees the schedule refunds are no
   * longer asked, and those already paid are to be paid back. The caller holds the application's
   * lock.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void withdrawnEarly(Application a) {
    for (Invoice invoice : of(a.id)) {
      if (invoice.refundable && invoice.status != Invoice.Status.CANCELLED) {
        invoice.status =
            invoice.paidCents > 0 ? Invoice.Status.REFUND_DUE : Invoice.Status.CANCELLED;
      }
    }
  }

  /**
   * The invoices of an application, oldest first: the applicant's, not the fees of others' appeals
   * against its decision.
   */
  public List<Invoice> of(UUID applicationId) {
    return em.createQuery(
            "FROM Invoice WHERE applicationId = :id AND appealId IS NULL"
                + " ORDER BY issuedAt, communication",
            Invoice.class)
        .setParameter("id", applicationId)
        .getResultList();
  }
}
