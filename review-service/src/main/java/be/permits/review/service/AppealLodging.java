package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewAppealLodged;
import be.permits.contracts.review.ReviewAppealReceived;
import be.permits.review.domain.Appeal;
import be.permits.review.domain.ProcedureRegimes.Appellant;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.review.service.AppealCommands.NewAppeal;
import be.permits.support.outbox.Outbox;
import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
import be.permits.support.security.Actor;
import be.permits.support.security.Caller;
import be.permits.support.security.Roles;
import be.permits.support.time.SuiteTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lodging an appeal: the public (the applicant, anyone with an interest) sends it with its grounds,
 * documents and proof of the fee, and it is lodged once the sender confirms the address; the
 * coordinating officials lodge theirs from the desk. It must be sent within the sender's window
 * ({@link Appeals#windows}); a late one is refused and nothing is kept. The first appeal opens the
 * appeal authority's step. Floods are refused as for observations.
 */
@ApplicationScoped
public class AppealLodging {
  @Inject EntityManager em;
  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject ProcedureClock procedure;
  @Inject CaseLock caseLock;
  @Inject Appeals appeals;

  /** Appeals one email address may send against one decision. */
  static final int PER_EMAIL = 3;

  /** Appeals one network address may send in an hour, against any decision. */
  static final int PER_SENDER_PER_HOUR = 10;

  /** How long a sender has to confirm the address. */
  static final Duration CONFIRM_WITHIN = Duration.ofHours(48);

  @ConfigProperty(name = "inquiry.sender-key", defaultValue = "local-only-sender-key")
  String senderKey;

  /**
   * Takes an appeal against the decision on {@code reference} and asks its sender to confirm the
   * address. The applicant appeals from the address their account uses; the officials, from the
   * desk.
   *
   * @throws Refusal not found without a decision on that reference; conflict when the window has
   *     closed ({@code appeal-late}), when the appeal authority has decided ({@code
   *     appeal-decided}), or a limit is reached ({@code appeal-limit}); incomplete naming each
   *     field that is wrong (capacity, email, document, fee proof)
   */
  @Transactional
  public UUID lodge(String reference, NewAppeal sent, String senderAddress) {
    ReviewCase c = caseLock.lock(appeals.caseOf(reference));
    Instant now = clock.instant();
    openWindow(c, sent.capacity(), SuiteTime.day(now));
    List<FieldError> errors = new ArrayList<>();
    if (sent.capacity() == Appellant.OFFICIALS) {
      errors.add(new FieldError("capacity", "the officials appeal from the desk"));
    }
    if (sent.capacity() == Appellant.APPLICANT
        && !sent.appellantEmail().strip().equalsIgnoreCase(String.valueOf(c.applicantEmail))) {
      errors.add(new FieldError("appellantEmail", "not the address of the applicant's account"));
    }
    if (sent.document() != null && !PublicSenders.isPdf(sent.document())) {
      errors.add(new FieldError("document", "must be a PDF"));
    }
    // The fee is invoiced once the appeal is lodged, and the appeal decided once it is paid
    // (ADR 0019); a proof of a payment made before is kept for the authority, if given.
    if (sent.feeProof() != null && !PublicSenders.isPdf(sent.feeProof())) {
      errors.add(new FieldError("feeProof", "must be a PDF"));
    }
    if (!errors.isEmpty()) {
      throw Refusal.incomplete("The appeal cannot be taken as sent.", errors);
    }
    String sender = PublicSenders.sha256(senderKey + "|" + senderAddress);
    // The case's lock keeps this count exact. Appeals never confirmed, once their time to confirm
    // has passed, do not count: a stranger cannot use up someone's appeals with their address.
    long fromEmail =
        em.createQuery(
                "SELECT count(a) FROM Appeal a WHERE a.caseId = :case AND lower(a.email) = :email"
                    + " AND (a.lodgedAt IS NOT NULL OR a.confirmBy > :now)",
                Long.class)
            .setParameter("case", c.id)
            .setParameter("email", sent.appellantEmail().strip().toLowerCase(Locale.ROOT))
            .setParameter("now", now)
            .getSingleResult();
    // Across cases, so no lock makes it exact: a burst may pass the hourly limit by a few.
    long fromSender =
        em.createQuery(
                "SELECT count(a) FROM Appeal a WHERE a.senderHash = :sender AND a.sentAt > :since",
                Long.class)
            .setParameter("sender", sender)
            .setParameter("since", now.minus(Duration.ofHours(1)))
            .getSingleResult();
    if (fromEmail >= PER_EMAIL || fromSender >= PER_SENDER_PER_HOUR) {
      throw Refusal.conflict("appeal-limit", "This address has sent as many appeals as it may.");
    }
    String confirmation = PublicSenders.newToken();
    Appeal a = new Appeal();
    a.id = UUID.randomUUID();
    a.caseId = c.id;
    a.capacity = sent.capacity();
    a.sentAt = now;
    a.name = sent.appellantName().strip();
    a.address = sent.appellantAddress().strip();
    a.email = sent.appellantEmail().strip();
    a.locale = sent.locale();
    a.interest = sent.interest().strip();
    a.grounds = sent.grounds().strip();
    if (sent.document() != null) {
      a.document = sent.document();
      a.documentName = sent.documentName();
      a.documentSha256 = PublicSenders.sha256(sent.document());
    }
    if (sent.feeProof() != null) {
      a.feeProof = sent.feeProof();
      a.feeProofName = sent.feeProofName();
      a.feeProofSha256 = PublicSenders.sha256(sent.feeProof());
    }
    a.senderHash = sender;
    a.tokenHash = PublicSenders.sha256(confirmation);
    a.confirmBy = now.plus(CONFIRM_WITHIN);
    em.persist(a);
    outbox.publish(
        EventType.REVIEW_APPEAL_RECEIVED,
        c.applicationId,
        new ReviewAppealReceived(
            c.id,
            c.applicationId,
            c.reference,
            a.id,
            Appeals.contact(a),
            confirmation,
            a.confirmBy,
            now),
        Actor.publicPerson("appeal-" + a.id));
    return a.id;
  }

  /**
   * A coordinating official lodges the officials' appeal against the decision, from the desk:
   * signed in, so lodged at once, without a fee.
   *
   * @throws Refusal not found unless the caller is a coordinating official and the case is decided;
   *     conflict as for {@link #lodge}
   */
  @Transactional
  public void lodgeForOfficials(Caller official, UUID caseId, String grounds) {
    if (official.agency() != Agency.COORDINATION || !official.hasRole(Roles.COORDINATOR)) {
      throw Refusal.notFound();
    }
    ReviewCase c = caseLock.lock(caseId);
    if (c == null || c.decidedOn == null) {
      throw Refusal.notFound();
    }
    Instant now = clock.instant();
    openWindow(c, Appellant.OFFICIALS, SuiteTime.day(now));
    Appeal a = new Appeal();
    a.id = UUID.randomUUID();
    a.caseId = c.id;
    a.capacity = Appellant.OFFICIALS;
    a.sentAt = now;
    a.name = bounded(official.name() == null ? official.subject() : official.name(), 200);
    a.address = "";
    a.email = official.email() == null ? "" : bounded(official.email(), 254);
    a.locale = official.locale() == null ? "fr" : official.locale();
    a.interest = "";
    a.grounds = grounds.strip();
    a.senderHash = PublicSenders.sha256(senderKey + "|" + official.subject());
    // Signed in: nothing to confirm; the hash of a token nobody receives keeps the column unique.
    a.tokenHash = PublicSenders.sha256(PublicSenders.newToken());
    a.confirmBy = now;
    a.lodgedAt = now;
    em.persist(a);
    lodged(c, a, now, Actor.reviewer(official));
  }

  private static String bounded(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  /**
   * The last day {@code who} may appeal the case's decision, which is not past {@code today}.
   *
   * @throws Refusal as for {@link #lodge}
   */
  private LocalDate openWindow(ReviewCase c, Appellant who, LocalDate today) {
    if (c.decidedOnAppeal) {
      throw Refusal.conflict(
          "appeal-decided", "The appeal authority has decided: its decision is not appealed here.");
    }
    LocalDate last = appeals.windows(c).get(who);
    if (last == null) {
      throw Refusal.incomplete(
          "The procedure does not let them appeal.",
          List.of(new FieldError("capacity", "this procedure does not let them appeal")));
    }
    if (today.isAfter(last)) {
      throw Refusal.conflict("appeal-late", "The time to appeal ended on " + last + ".");
    }
    return last;
  }

  /** The reference of the decision that {@code token} confirms an appeal against. */
  @be.permits.support.transaction.ReadOnly
  public String referenceToConfirm(String token) {
    return em.find(ReviewCase.class, byToken(token).caseId).reference;
  }

  /**
   * The sender confirms the address: the appeal is lodged, on the day it was sent, and the appeal
   * authority's step opens if it is the first. Confirming twice changes nothing.
   *
   * @throws Refusal not found for an unknown token; conflict once {@code confirmBy} has passed or
   *     the appeal authority has decided
   */
  @Transactional
  public String confirm(String token) {
    // The case's lock first, as every appeal of the case takes it: the appeal is then read as is.
    ReviewCase c = caseLock.lock(byToken(token).caseId);
    Appeal a = byToken(token);
    em.refresh(a);
    if (a.lodgedAt == null) {
      Instant now = clock.instant();
      if (now.isAfter(a.confirmBy)) {
        throw Refusal.conflict(
            "confirmation-expired", "The time to confirm this appeal has passed.");
      }
      if (c.decidedOnAppeal) {
        throw Refusal.conflict(
            "appeal-decided", "The appeal authority decided before this appeal was confirmed.");
      }
      a.lodgedAt = now;
      lodged(c, a, now, Actor.publicPerson("appeal-" + a.id));
    }
    return c.reference;
  }

  private void lodged(ReviewCase c, Appeal a, Instant now, Actor actor) {
    ReviewStep step = Appeals.appealStep(c);
    boolean first = step == null;
    if (first) {
      step = openStep(c, SuiteTime.day(a.sentAt), now);
    }
    c.status = ReviewCase.Status.APPEALED;
    outbox.publish(
        EventType.REVIEW_APPEAL_LODGED,
        c.applicationId,
        new ReviewAppealLodged(
            c.id,
            c.applicationId,
            c.reference,
            a.id,
            a.capacity.name(),
            SuiteTime.day(a.sentAt),
            step.dueDate,
            first,
            Appeals.contact(a),
            c.applicant(),
            now,
            appeals.rule(c).feeRequired()),
        actor);
  }

  /** The appeal authority's step: its period runs from the day the first appeal was sent. */
  private ReviewStep openStep(ReviewCase c, LocalDate sentOn, Instant now) {
    Map<String, String> why = procedure.regimes().appealReason();
    ReviewStep step = new ReviewStep();
    step.id = UUID.randomUUID();
    step.reviewCase = c;
    step.agency = Agency.APPEAL_AUTHORITY;
    step.ruleId = "appeal";
    step.reason = why.get("en");
    step.reasonTexts = new HashMap<>(why);
    step.status = ReviewStep.Status.OPEN;
    step.periodStart = sentOn;
    step.periodDays = appeals.rule(c).decision().days();
    step.dueDate = procedure.due(step);
    step.openedAt = now;
    step.reviewedRevision = c.revision;
    c.steps.add(step);
    em.persist(step);
    return step;
  }

  private Appeal byToken(String token) {
    return em.createQuery("FROM Appeal WHERE tokenHash = :hash", Appeal.class)
        .setParameter("hash", PublicSenders.tokenHash(token))
        .getResultStream()
        .findFirst()
        .orElseThrow(Refusal::notFound);
  }
}
