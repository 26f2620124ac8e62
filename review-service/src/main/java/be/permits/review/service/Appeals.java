package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitFeePaid;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.review.ReviewAppealDecided;
import be.permits.review.domain.Appeal;
import be.permits.review.domain.AppealFeePaid;
import be.permits.review.domain.ProcedureRegimes.AppealRule;
import be.permits.review.domain.ProcedureRegimes.Appellant;
import be.permits.review.domain.ProcedureRegimes.Regime;
import be.permits.review.domain.ProcedureRegimes.WindowStart;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.support.clock.Deadlines.Running;
import be.permits.support.outbox.Outbox;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Actor;
import be.permits.support.security.Caller;
import be.permits.support.time.SuiteTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The decision in force and its appeal: the people the case's procedure names may appeal within its
 * window, counted by the clock engine from the day the decision was notified or posted ({@link
 * AppealLodging} takes the appeals); the appeal authority's decision replaces the first for the
 * applicant and for everyone told of it.
 */
@ApplicationScoped
public class Appeals {
  @Inject EntityManager em;
  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject ProcedureClock procedure;
  @Inject CaseLock caseLock;
  @Inject Inquiries inquiries;
  @Inject StepAccess access;

  /**
   * The case is decided today: the decision in force, and the last day anyone may appeal it. The
   * caller holds the case's lock.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void decisionTaken(ReviewCase c, String outcome, List<String> conditions, Instant now) {
    c.decidedOn = SuiteTime.day(now);
    c.decisionOutcome = outcome;
    c.decisionConditions = new ArrayList<>(conditions);
    // Kept as computed today: a later version of the procedures moves no window already running.
    Map<Appellant, LocalDate> windows = computedWindows(c);
    c.appealWindows = new HashMap<>();
    windows.forEach((who, last) -> c.appealWindows.put(who.name(), last.toString()));
    c.appealUntil = windows.values().stream().max(Comparator.naturalOrder()).orElse(null);
  }

  /** The decision a deciding step's outcome makes: APPROVED, APPROVED_WITH_CONDITIONS, REJECTED. */
  public static String outcomeOf(ReviewStep decisionStep, Collection<String> conditions) {
    return switch (StepCommands.Outcome.valueOf(decisionStep.decision)) {
      case APPROVE -> conditions.isEmpty() ? "APPROVED" : "APPROVED_WITH_CONDITIONS";
      case APPROVE_WITH_CONDITIONS -> "APPROVED_WITH_CONDITIONS";
      default -> "REJECTED";
    };
  }

  /**
   * The appeal authority decides once nobody can appeal any more: every window has closed and no
   * appeal sent in time waits for its sender's confirmation. Deciding earlier would shut out an
   * appeal sent in time.
   *
   * <p>Where the procedure asks a fee, every lodged appeal that owes it must have paid it.
   *
   * @throws Refusal conflict ({@code appeal-window-open}, {@code appeal-fee-unpaid}) otherwise
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void requireAppealsClosed(ReviewCase c) {
    Instant now = clock.instant();
    LocalDate today = SuiteTime.day(now);
    boolean windowOpen = windows(c).values().stream().anyMatch(last -> !today.isAfter(last));
    long pending =
        em.createQuery(
                "SELECT count(a) FROM Appeal a WHERE a.caseId = :case AND a.lodgedAt IS NULL"
                    + " AND a.confirmBy > :now",
                Long.class)
            .setParameter("case", c.id)
            .setParameter("now", now)
            .getSingleResult();
    if (windowOpen || pending > 0) {
      throw Refusal.conflict(
          "appeal-window-open",
          "Others may still appeal: the appeal is decided once every window has closed.");
    }
    AppealRule rule = rule(c);
    if (rule != null && rule.feeRequired() && !unpaid(c.id).isEmpty()) {
      throw Refusal.conflict(
          "appeal-fee-unpaid",
          "An appeal's fee is not paid yet: the appeal is decided once every fee is paid.");
    }
  }

  /** When each paid appeal fee of a case was paid, by appeal. */
  public Map<UUID, Instant> feesPaid(UUID caseId) {
    Map<UUID, Instant> paid = new HashMap<>();
    em.createQuery(
            "SELECT p.appealId, p.paidAt FROM AppealFeePaid p, Appeal a"
                + " WHERE a.id = p.appealId AND a.caseId = :case",
            Object[].class)
        .setParameter("case", caseId)
        .getResultStream()
        .forEach(row -> paid.put((UUID) row[0], (Instant) row[1]));
    return paid;
  }

  /** The lodged appeals whose fee is owed and not paid; the officials owe none. */
  public List<Appeal> unpaid(UUID caseId) {
    return em.createQuery(
            "FROM Appeal a WHERE a.caseId = :case AND a.lodgedAt IS NOT NULL"
                + " AND a.capacity <> :officials"
                + " AND NOT EXISTS (FROM AppealFeePaid p WHERE p.appealId = a.id)"
                + " ORDER BY a.sentAt",
            Appeal.class)
        .setParameter("case", caseId)
        .setParameter("officials", Appellant.OFFICIALS)
        .getResultList();
  }

  /**
   * An appeal's fee is paid, as permit-service read it on the authority's bank statement: kept
   * once. A fee for an appeal this service does not know is left alone.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void feePaid(PermitFeePaid paid) {
    if (paid.appealId() == null
        || em.find(Appeal.class, paid.appealId()) == null
        || em.find(AppealFeePaid.class, paid.appealId()) != null) {
      return;
    }
    AppealFeePaid row = new AppealFeePaid();
    row.appealId = paid.appealId();
    row.invoiceId = paid.invoiceId();
    row.paidAt = paid.paidAt();
    em.persist(row);
  }

  /**
   * What the public reads of a decision: who applied, where, the decision in force and its
   * conditions, whether it was taken on appeal or is under appeal, and until when each may appeal.
   */
  public record PublicDecision(
      String reference,
      String applicant,
      PermitSubmitted.Site site,
      LocalDate decidedOn,
      String outcome,
      List<String> conditions,
      boolean decidedOnAppeal,
      boolean underAppeal,
      LocalDate appealDecisionDue,
      Map<Appellant, LocalDate> windows,
      List<Appellant> mayAppealToday,
      boolean feeRequired,
      Map<String, String> appealedTo,
      Map<String, String> afterAppeal) {

    /** To whom the appeal goes, in {@code language}. */
    public String appealedToIn(String language) {
      return appealedTo.getOrDefault(language, "");
    }

    /** What remains once the appeal is decided, in {@code language}. */
    public String afterAppealIn(String language) {
      return afterAppeal.getOrDefault(language, "");
    }
  }

  /**
   * The public page's content for the decision on {@code reference}.
   *
   * @throws Refusal not found while that reference has no decision
   */
  @be.permits.support.transaction.ReadOnly
  public PublicDecision publicView(String reference) {
    ReviewCase c = em.find(ReviewCase.class, caseOf(reference));
    PermitSubmitted application = inquiries.latestApplication(c.id);
    LocalDate today = SuiteTime.today(clock);
    Map<Appellant, LocalDate> windows = windows(c);
    ReviewStep step = appealStep(c);
    AppealRule rule = rule(c);
    return new PublicDecision(
        c.reference,
        application.organisation().legalName(),
        application.site(),
        c.decidedOn,
        c.decisionOutcome,
        List.copyOf(c.decisionConditions),
        c.decidedOnAppeal,
        c.status == ReviewCase.Status.APPEALED,
        step == null ? null : step.dueDate,
        windows,
        windows.entrySet().stream()
            // The officials appeal from the desk, not from the public page.
            .filter(w -> w.getKey() != Appellant.OFFICIALS && !today.isAfter(w.getValue()))
            .map(Map.Entry::getKey)
            .toList(),
        rule != null && rule.feeRequired(),
        rule == null ? Map.of() : rule.appealedTo(),
        rule == null ? Map.of() : rule.afterAppeal());
  }

  /** The case's procedure's appeal, if it has one. */
  public AppealRule rule(ReviewCase c) {
    return c.regime == null
        ? null
        : procedure.regimes().regime(c.regime).map(Regime::appeal).orElse(null);
  }

  /**
   * The last day each appellant the procedure names may appeal the decision in force; none before a
   * decision, or once the appeal authority decided (its decision is not appealed here).
   */
  public Map<Appellant, LocalDate> windows(ReviewCase c) {
    if (c.decidedOnAppeal || c.decidedOn == null) {
      return Map.of();
    }
    if (c.appealWindows != null && !c.appealWindows.isEmpty()) {
      Map<Appellant, LocalDate> kept = new EnumMap<>(Appellant.class);
      c.appealWindows.forEach(
          (who, last) -> kept.put(Appellant.valueOf(who), LocalDate.parse(last)));
      return kept;
    }
    return computedWindows(c);
  }

  /** The windows as the case's procedure computes them from the day of the decision. */
  private Map<Appellant, LocalDate> computedWindows(ReviewCase c) {
    AppealRule rule = rule(c);
    if (rule == null || c.decidedOn == null) {
      return Map.of();
    }
    Map<Appellant, LocalDate> windows = new EnumMap<>(Appellant.class);
    rule.who()
        .forEach(
            (who, from) ->
                windows.put(
                    who,
                    procedure
                        .deadlines()
                        .dueDate(
                            Running.from(startOf(c, from), rule.window().period())
                                .suspendedDuring(rule.window().suspensionPeriods()))
                        .orElseThrow()));
    return windows;
  }

  /**
   * The day a window starts. The suite emails the decision to the applicant and the officials, and
   * posts it on its public page, on the day it is taken: notification and posting fall on the same
   * day here (ADR 0018); a posting on site recorded later would move only the third parties'.
   */
  private static LocalDate startOf(ReviewCase c, WindowStart from) {
    return switch (from) {
      case NOTIFICATION, POSTING -> c.decidedOn;
    };
  }

  /**
   * The appeal authority decided: its decision replaces the first, and the applicant and every
   * appellant are told. The caller holds the case's lock.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void decided(ReviewCase c, ReviewStep step, String outcome, Actor actor, Instant now) {
    c.status = ReviewCase.Status.CONCLUDED;
    c.decisionOutcome = outcome;
    c.decisionConditions =
        "REJECTED".equals(outcome) ? new ArrayList<>() : new ArrayList<>(step.conditions);
    c.decidedOnAppeal = true;
    // The decision in force is now the appeal's, taken today; no window runs from it here.
    c.decidedOn = SuiteTime.day(now);
    Map<String, Contact> appellants = new LinkedHashMap<>();
    lodged(c.id).forEach(a -> appellants.putIfAbsent(a.email.toLowerCase(Locale.ROOT), contact(a)));
    outbox.publish(
        EventType.REVIEW_APPEAL_DECIDED,
        c.applicationId,
        new ReviewAppealDecided(
            c.id,
            c.applicationId,
            c.reference,
            outcome,
            List.copyOf(c.decisionConditions),
            List.copyOf(step.reasons),
            now,
            c.applicant(),
            List.copyOf(appellants.values())),
        actor);
  }

  /** The lodged appeals of a case, oldest first. */
  public List<Appeal> lodged(UUID caseId) {
    return em.createQuery(
            "FROM Appeal WHERE caseId = :case AND lodgedAt IS NOT NULL ORDER BY sentAt",
            Appeal.class)
        .setParameter("case", caseId)
        .getResultList();
  }

  /** Who reads the appeals as sent: who decides on them, and the coordinating officials. */
  static final Set<Agency> READERS =
      EnumSet.of(Agency.APPEAL_AUTHORITY, Agency.DECIDING_AUTHORITY, Agency.COORDINATION);

  /** A file that came with an appeal. */
  public record AppealFile(String name, String sha256, byte[] content) {}

  /**
   * The document, or the proof of payment, of a lodged appeal, for those who read appeals.
   *
   * @throws Refusal not found unless the reader's agency reads the case's appeals and the appeal
   *     has that file
   */
  @be.permits.support.transaction.ReadOnly
  public AppealFile file(Caller reader, UUID caseId, UUID appealId, boolean feeProof) {
    if (!READERS.contains(reader.agency())) {
      throw Refusal.notFound();
    }
    access.visibleCase(reader.agency(), caseId);
    Appeal a = em.find(Appeal.class, appealId);
    if (a == null || !a.caseId.equals(caseId) || a.lodgedAt == null) {
      throw Refusal.notFound();
    }
    byte[] content = feeProof ? a.feeProof : a.document;
    if (content == null) {
      throw Refusal.notFound();
    }
    return feeProof
        ? new AppealFile(a.feeProofName, a.feeProofSha256, content)
        : new AppealFile(a.documentName, a.documentSha256, content);
  }

  static ReviewStep appealStep(ReviewCase c) {
    return c.steps.stream()
        .filter(s -> s.agency == Agency.APPEAL_AUTHORITY)
        .findFirst()
        .orElse(null);
  }

  /** The case decided under {@code reference}. */
  UUID caseOf(String reference) {
    return em.createQuery(
            "SELECT c.id FROM ReviewCase c WHERE c.reference = :reference"
                + " AND c.decidedOn IS NOT NULL AND c.status IN :decided",
            UUID.class)
        .setParameter("reference", reference)
        .setParameter("decided", List.of(ReviewCase.Status.CONCLUDED, ReviewCase.Status.APPEALED))
        .getResultStream()
        .findFirst()
        .orElseThrow(Refusal::notFound);
  }

  static Contact contact(Appeal a) {
    return new Contact(
        "appellant-" + a.id,
        a.name,
        a.email == null || a.email.isBlank() ? null : a.email,
        a.locale);
  }
}
