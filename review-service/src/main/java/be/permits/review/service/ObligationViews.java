package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.review.EnforcementOutcome;
import be.permits.contracts.review.EvidenceOutcome;
import be.permits.review.domain.EnforcementCase;
import be.permits.review.domain.Obligation;
import be.permits.review.domain.ObligationEvidence;
import be.permits.review.domain.ReviewCase;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Caller;
import be.permits.support.time.SuiteTime;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the desk shows of obligations and enforcement: an agency sees the obligations it set and the
 * enforcement cases they opened; the deciding authority sees every enforcement case, since it acts
 * on the permit. Anything else answers not found.
 */
@ApplicationScoped
public class ObligationViews {
  static final int MOST_ROWS = 200;

  @Inject EntityManager em;
  @Inject Clock clock;

  /** One obligation in the agency's list. */
  public record Row(
      UUID id,
      String reference,
      String site,
      String condition,
      LocalDate nextDue,
      Obligation.State state,
      boolean overdue) {}

  /** One obligation whole, as its agency reviews it. */
  public record Detail(
      UUID id,
      UUID caseId,
      UUID applicationId,
      String reference,
      String site,
      String operator,
      Agency agency,
      String condition,
      String evidenceAsked,
      Integer everyMonths,
      LocalDate firstDue,
      LocalDate nextDue,
      Obligation.State state,
      boolean overdue,
      List<Evidence> evidence,
      List<EnforcementRow> enforcement) {

    /** The evidence the agency may review now, if any: the latest, not reviewed yet. */
    public Evidence toReview() {
      return state == Obligation.State.TO_REVIEW && !evidence.isEmpty() ? evidence.get(0) : null;
    }

    /** Whether the agency may find a breach without evidence: the due date has passed. */
    public boolean canFindMissing() {
      return overdue;
    }
  }

  /** Evidence as handed in, and its review. */
  public record Evidence(
      UUID id,
      LocalDate due,
      String statement,
      String fileName,
      long sizeBytes,
      String sha256,
      Instant submittedAt,
      EvidenceOutcome outcome,
      String reason,
      Instant reviewedAt,
      String reviewedBy) {}

  /** One enforcement case in a list. */
  public record EnforcementRow(
      UUID id,
      String reference,
      String applicationReference,
      String site,
      Agency agency,
      LocalDate due,
      Instant openedAt,
      EnforcementOutcome outcome,
      Instant closedAt) {

    /** {@code OPEN}, or how it was closed. */
    public String state() {
      return outcome == null ? "OPEN" : outcome.name();
    }
  }

  /**
   * An enforcement case whole.
   *
   * @param closedBy who closed it ({@code null}: open, or a name not known)
   * @param mayClose the caller decides, and the case is open
   */
  public record EnforcementDetail(
      EnforcementRow row,
      String reason,
      String openedBy,
      String operator,
      UUID caseId,
      Detail obligation,
      Evidence evidence,
      boolean ownAgency,
      String outcomeReason,
      String closedBy,
      boolean mayClose) {}

  /**
   * The caller's agency's obligations: evidence to review first, then the overdue, then by date.
   */
  @ReadOnly
  public List<Row> ofAgency(Caller caller) {
    LocalDate today = SuiteTime.today(clock);
    if (caller.agency() == null) {
      return List.of();
    }
    return em.createQuery(
            "SELECT o, c FROM Obligation o, ReviewCase c WHERE c.id = o.caseId"
                + " AND o.agency = :agency AND (c.decisionOutcome IS NULL"
                + " OR c.decisionOutcome <> 'REJECTED') ORDER BY CASE o.state WHEN :toReview THEN 0"
                + " WHEN :awaited THEN (CASE WHEN o.nextDue < :today THEN 1 ELSE 2 END) ELSE 3"
                + " END, o.nextDue, c.reference, o.id",
            Object[].class)
        .setParameter("agency", caller.agency())
        .setParameter("toReview", Obligation.State.TO_REVIEW)
        .setParameter("awaited", Obligation.State.AWAITED)
        .setParameter("today", today)
        .setMaxResults(MOST_ROWS)
        .getResultStream()
        .map(
            r -> {
              Obligation o = (Obligation) r[0];
              ReviewCase c = (ReviewCase) r[1];
              return new Row(
                  o.id,
                  c.reference,
                  c.siteName,
                  o.condition,
                  o.nextDue,
                  o.state,
                  o.isOverdue(today));
            })
        .toList();
  }

  /**
   * @throws Refusal not found unless the caller's agency set the obligation
   */
  @ReadOnly
  public Detail obligation(Caller caller, UUID id) {
    Obligation o = em.find(Obligation.class, id);
    if (o == null
        || caller.agency() == null
        || o.agency != caller.agency()
        || "REJECTED".equals(em.find(ReviewCase.class, o.caseId).decisionOutcome)) {
      // Refused on appeal: the permit's conditions bind no one any more.
      throw Refusal.notFound();
    }
    return detail(o);
  }

  /** The enforcement cases the caller's agency may see: the open ones first, the latest first. */
  @ReadOnly
  public List<EnforcementRow> enforcement(Caller caller) {
    if (caller.agency() == null) {
      return List.of();
    }
    boolean all = caller.agency() == Agency.DECIDING_AUTHORITY;
    return em.createQuery(
            "FROM EnforcementCase WHERE (:all = true OR agency = :agency)"
                + " ORDER BY CASE WHEN outcome IS NULL THEN 0 ELSE 1 END, openedAt DESC,"
                + " reference",
            EnforcementCase.class)
        .setParameter("all", all)
        .setParameter("agency", caller.agency())
        .setMaxResults(MOST_ROWS)
        .getResultStream()
        .map(this::row)
        .toList();
  }

  /**
   * @throws Refusal not found unless the caller's agency set the obligation, or decides
   */
  @ReadOnly
  public EnforcementDetail enforcementCase(Caller caller, UUID id) {
    EnforcementCase e = em.find(EnforcementCase.class, id);
    if (e == null
        || caller.agency() == null
        || (caller.agency() != e.agency && caller.agency() != Agency.DECIDING_AUTHORITY)) {
      throw Refusal.notFound();
    }
    ReviewCase c = em.find(ReviewCase.class, e.caseId);
    Detail obligation = detail(em.find(Obligation.class, e.obligationId));
    return new EnforcementDetail(
        row(e),
        e.reason,
        e.openedByName,
        c.applicantName,
        c.id,
        obligation,
        obligation.evidence().stream()
            .filter(ev -> ev.id().equals(e.evidenceId))
            .findFirst()
            .orElse(null),
        caller.agency() == e.agency,
        e.outcomeReason,
        e.closedByName,
        caller.agency() == Agency.DECIDING_AUTHORITY && e.isOpen());
  }

  private Detail detail(Obligation o) {
    ReviewCase c = em.find(ReviewCase.class, o.caseId);
    List<Evidence> evidence =
        em.createQuery(
                "FROM ObligationEvidence WHERE obligationId = :o ORDER BY submittedAt DESC, id",
                ObligationEvidence.class)
            .setParameter("o", o.id)
            .setMaxResults(MOST_ROWS)
            .getResultStream()
            .map(
                ev ->
                    new Evidence(
                        ev.id,
                        ev.due,
                        ev.statement,
                        ev.fileName,
                        ev.sizeBytes,
                        ev.sha256,
                        ev.submittedAt,
                        ev.outcome,
                        ev.reason,
                        ev.reviewedAt,
                        ev.reviewedByName))
            .toList();
    List<EnforcementRow> enforcement =
        em.createQuery(
                "FROM EnforcementCase WHERE obligationId = :o ORDER BY openedAt DESC",
                EnforcementCase.class)
            .setParameter("o", o.id)
            .setMaxResults(MOST_ROWS)
            .getResultStream()
            .map(this::row)
            .toList();
    return new Detail(
        o.id,
        c.id,
        c.applicationId,
        c.reference,
        c.siteName,
        c.applicantName,
        o.agency,
        o.condition,
        o.evidence,
        o.everyMonths,
        o.firstDue,
        o.nextDue,
        o.state,
        o.isOverdue(SuiteTime.today(clock)),
        evidence,
        enforcement);
  }

  private EnforcementRow row(EnforcementCase e) {
    ReviewCase c = em.find(ReviewCase.class, e.caseId);
    return new EnforcementRow(
        e.id,
        e.reference,
        c.reference,
        c.siteName,
        e.agency,
        e.due,
        e.openedAt,
        e.outcome,
        e.closedAt);
  }
}
