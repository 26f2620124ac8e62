package be.permits.permit.service;

import be.permits.contracts.EventJson;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.Invoice;
import be.permits.permit.domain.StructuredCommunication;
import be.permits.support.data.DataFiles;
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
  @ConfigProperty(name = "fees.schedule-location", defaultValue = "fees/schedule.json")
  String location;

  @Inject EntityManager em;

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
    return preview(a).stream()
        .map(
            fee -> {
              long number =
                  ((Number)
                          em.createNativeQuery("SELECT nextval('invoice_number')")
                              .getSingleResult())
                      .longValue();
              Invoice invoice = new Invoice();
              invoice.id = UUID.randomUUID();
              invoice.applicationId = a.id;
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
            })
        .toList();
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

  /** The invoices of an application, oldest first. */
  public List<Invoice> of(UUID applicationId) {
    return em.createQuery(
            "FROM Invoice WHERE applicationId = :id ORDER BY issuedAt, communication",
            Invoice.class)
        .setParameter("id", applicationId)
        .getResultList();
  }
}
