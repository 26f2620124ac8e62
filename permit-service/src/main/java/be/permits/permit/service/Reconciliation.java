package be.permits.permit.service;

import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitFeePaid;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.BankPayment;
import be.permits.permit.domain.BankPayment.Outcome;
import be.permits.permit.domain.BankStatement;
import be.permits.permit.domain.Invoice;
import be.permits.permit.domain.StructuredCommunication;
import be.permits.support.outbox.Outbox;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Caller;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A finance officer imports the authority's camt.053 bank statements: each booked credit pays the
 * invoice its structured communication names, in full, in part or in excess; credits to an invoice
 * no longer due, to none, or booked before are listed for a person to resolve, and change nothing.
 * Imports run one at a time, each under the lock of the invoices it pays.
 */
@ApplicationScoped
public class Reconciliation {
  /** The largest statement read: 5 MiB. */
  public static final int MAX_STATEMENT_BYTES = 5 * 1024 * 1024;

  /** Any number the whole database agrees on names the imports' lock. */
  private static final long IMPORT_LOCK = 190_053L;

  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject Outbox outbox;

  /** A credit as the finance officer reads it, with the invoice and application it paid. */
  @Schema(name = "BankPayment")
  public record PaymentView(
      UUID id,
      @Schema(maxLength = 140) String entryReference,
      LocalDate bookedOn,
      @Schema(minimum = "1", maximum = "100000000000") long amountCents,
      @Schema(maxLength = 3) String currency,
      @Schema(maxLength = 140) String communication,
      @Schema(maxLength = 140) String debtor,
      Outcome outcome,
      @Schema(minimum = "0", maximum = "100000000000", description = "To be paid back")
          long excessCents,
      @Schema(maxLength = 14, description = "The application whose fee it paid") String reference,
      @Schema(maxLength = 40, description = "The fee it paid") String feeKind,
      Instant resolvedAt,
      @Schema(maxLength = 2000) String resolution) {}

  /** What an import did: the statement, and each of its credits. */
  @Schema(name = "StatementReport")
  public record Report(
      @Schema(maxLength = 35) String statementId,
      @Schema(description = "Credits by outcome")
          Map<
                  Outcome,
                  @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(100000)
                  Long>
              counts,
      @Schema(maxItems = 100000) List<PaymentView> payments) {}

  /** How a person resolved a payment that needed one. */
  @Schema(name = "PaymentResolution")
  public record Resolution(@NotBlank @Size(max = 2000) String note) {}

  /**
   * Imports a statement.
   *
   * @throws Refusal incomplete when it is not a camt.053 statement
   */
  @Transactional
  public Report importStatement(Caller officer, byte[] xml) {
    Camt053.Statement read = Camt053.read(xml);
    // One import at a time: each decides duplicates and dues from what the earlier ones recorded.
    em.createNativeQuery("SELECT pg_advisory_xact_lock(:lock)")
        .setParameter("lock", IMPORT_LOCK)
        .getSingleResult();
    BankStatement statement = new BankStatement();
    statement.id = UUID.randomUUID();
    statement.statementId = bounded(read.id(), 35);
    statement.account = bounded(read.account(), 34);
    statement.sha256 = Attachments.sha256(xml);
    statement.importedAt = clock.instant();
    statement.importedBy = officer.subject();
    statement.entries = read.credits().size();
    em.persist(statement);
    List<PaymentView> payments = new ArrayList<>();
    Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    for (Camt053.Credit credit : read.credits()) {
      BankPayment payment = apply(credit, statement.id);
      counts.merge(payment.outcome, 1L, Long::sum);
      payments.add(view(payment));
    }
    return new Report(statement.statementId, counts, payments);
  }

  private BankPayment apply(Camt053.Credit credit, UUID statementId) {
    BankPayment p = new BankPayment();
    p.id = UUID.randomUUID();
    p.statementId = statementId;
    p.entryReference = credit.entryReference();
    p.bookedOn = credit.bookedOn();
    p.amountCents = credit.amountCents();
    p.currency = credit.currency();
    p.communication = credit.communication();
    p.debtor = credit.debtor();
    long seen =
        em.createQuery(
                "SELECT count(p) FROM BankPayment p WHERE p.entryReference = :ref"
                    + " AND p.outcome <> :duplicate",
                Long.class)
            .setParameter("ref", credit.entryReference())
            .setParameter("duplicate", Outcome.DUPLICATE)
            .getSingleResult();
    Invoice invoice = seen > 0 ? null : invoiceNamedBy(credit);
    if (seen > 0) {
      p.outcome = Outcome.DUPLICATE;
    } else if (invoice == null || !invoice.currency.equals(credit.currency())) {
      p.outcome = Outcome.UNKNOWN;
    } else {
      p.invoiceId = invoice.id;
      pay(invoice, p);
    }
    em.persist(p);
    // Flushed now, so that the next credit of this statement sees it (a duplicate within it).
    em.flush();
    return p;
  }

  /**
   * Applies the payment to its invoice, which the caller has locked; an invoice paid in full is
   * told to the services that wait for it (an appeal's fee).
   */
  private void pay(Invoice invoice, BankPayment p) {
    boolean due =
        invoice.status == Invoice.Status.OPEN || invoice.status == Invoice.Status.PARTLY_PAID;
    long left = due ? invoice.amountCents - invoice.paidCents : 0;
    if (left <= 0) {
      p.outcome = Outcome.NOT_DUE;
      p.excessCents = p.amountCents;
      return;
    }
    long applied = Math.min(left, p.amountCents);
    invoice.paidCents += applied;
    invoice.status =
        invoice.paidCents >= invoice.amountCents ? Invoice.Status.PAID : Invoice.Status.PARTLY_PAID;
    if (invoice.status == Invoice.Status.PAID) {
      Application a = em.find(Application.class, invoice.applicationId);
      outbox.publish(
          EventType.PERMIT_FEE_PAID,
          invoice.applicationId,
          new PermitFeePaid(
              invoice.applicationId,
              a.reference,
              invoice.id,
              invoice.kind,
              invoice.appealId,
              invoice.amountCents,
              clock.instant()),
          Fees.SYSTEM);
    }
    p.excessCents = p.amountCents - applied;
    p.outcome =
        p.amountCents < left
            ? Outcome.PARTIAL
            : p.amountCents == left ? Outcome.MATCHED : Outcome.EXCESS;
  }

  private Invoice invoiceNamedBy(Camt053.Credit credit) {
    if (credit.communication() == null
        || !StructuredCommunication.isValid(credit.communication())) {
      return null;
    }
    String digits = StructuredCommunication.parse(credit.communication()).digits();
    return em.createQuery("FROM Invoice WHERE communication = :c", Invoice.class)
        .setParameter("c", digits)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The payments that a person must still look at, oldest first. */
  @ReadOnly
  public List<PaymentView> toResolve() {
    return em.createQuery(
            "FROM BankPayment WHERE outcome IN :outcomes AND resolvedAt IS NULL"
                + " ORDER BY bookedOn, entryReference",
            BankPayment.class)
        .setParameter("outcomes", Outcome.TO_RESOLVE)
        .setMaxResults(1000)
        .getResultStream()
        .map(this::view)
        .toList();
  }

  /**
   * A finance officer records how a payment that needed it was resolved (paid back, assigned by
   * hand, …).
   *
   * @throws Refusal not found for an unknown payment; conflict when it needs no resolution or has
   *     one already
   */
  @Transactional
  public PaymentView resolve(Caller officer, UUID paymentId, Resolution how) {
    BankPayment p = em.find(BankPayment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
    if (p == null) {
      throw Refusal.notFound();
    }
    if (!Outcome.TO_RESOLVE.contains(p.outcome) || p.resolvedAt != null) {
      throw Refusal.conflict("payment-resolved", "This payment needs no resolution.");
    }
    p.resolvedAt = clock.instant();
    p.resolvedBy = officer.subject();
    p.resolution = how.note().strip();
    return view(p);
  }

  private PaymentView view(BankPayment p) {
    Invoice invoice = p.invoiceId == null ? null : em.find(Invoice.class, p.invoiceId);
    Application application =
        invoice == null ? null : em.find(Application.class, invoice.applicationId);
    return new PaymentView(
        p.id,
        p.entryReference,
        p.bookedOn,
        p.amountCents,
        p.currency,
        p.communication,
        p.debtor,
        p.outcome,
        p.excessCents,
        application == null ? null : application.reference,
        invoice == null ? null : invoice.kind,
        p.resolvedAt,
        p.resolution);
  }

  private static String bounded(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
