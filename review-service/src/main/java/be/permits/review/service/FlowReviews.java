package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.review.domain.CaseCondition;
import be.permits.review.domain.FlowAssessment;
import be.permits.review.domain.FlowRules;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.review.domain.StandardConditions;
import be.permits.review.ledger.Ledger;
import be.permits.review.service.FlowViews.FlowReview;
import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
import be.permits.support.security.Caller;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The agencies' own review of an application's data flows: the flags their rules raise, their
 * assessment of each, and the conditions they propose. Need-to-know, as for classified notes: an
 * agency reads and writes its own assessments and conditions only; none of it enters an event, a
 * notification or a log, and the ledger learns that an assessment was made and a hash of it.
 */
@ApplicationScoped
public class FlowReviews {
  @Inject EntityManager em;
  @Inject StepAccess access;
  @Inject CaseLock caseLock;
  @Inject CaseQueries queries;
  @Inject FlowRulesSource source;
  @Inject Ledger ledger;
  @Inject Clock clock;

  /** An assessment as the reviewer records it. */
  public record Assessment(
      String flag,
      FlowAssessment.Level likelihood,
      FlowAssessment.Level impact,
      String justification,
      String condition,
      boolean shared) {}

  /** The case's flows as the caller's agency reviews them. */
  @ReadOnly
  public FlowReview of(Caller caller, UUID caseId) {
    Agency agency = caller.agency();
    ReviewCase c = access.visibleCase(agency, caseId);
    PermitSubmitted application = queries.application(c);
    return FlowViews.review(
        c,
        application,
        source.rules().flags(application, agency),
        assessments(c.id, agency),
        conditions(c.id, agency),
        source.conditions().of(agency),
        canWork(c, agency),
        sharedByOthers(c.id, agency));
  }

  /**
   * Records (or replaces) the agency's assessment of one flag; a condition it proposes joins the
   * agency's conditions.
   *
   * @throws Refusal not found for a case or flag the agency may not see; conflict once the agency's
   *     step is decided; incomplete for a condition the agency may not attach
   */
  @Transactional
  public void assess(Caller caller, UUID caseId, Assessment request) {
    ReviewCase c = lockWorkable(caller, caseId);
    Agency agency = caller.agency();
    FlowRules.Flag flag =
        source.rules().flags(queries.application(c), agency).stream()
            .filter(f -> f.key().equals(request.flag()))
            .findFirst()
            .orElseThrow(Refusal::notFound);
    StandardConditions.Condition condition =
        request.condition() == null ? null : attachable(agency, request.condition(), "condition");
    FlowAssessment a =
        assessments(c.id, agency).stream()
            .filter(existing -> existing.flagKey.equals(flag.key()))
            .findFirst()
            .orElseGet(FlowAssessment::new);
    boolean fresh = a.id == null;
    if (fresh) {
      a.id = UUID.randomUUID();
      a.caseId = c.id;
      a.agency = agency;
      a.flagKey = flag.key();
    }
    a.ruleId = flag.rule().id();
    a.ruleVersion = source.rules().version();
    a.likelihood = request.likelihood();
    a.impact = request.impact();
    a.justification = request.justification().strip();
    a.conditionId = condition == null ? null : condition.id();
    a.shared = request.shared();
    a.assessedBy = caller.subject();
    a.assessedByName = caller.name();
    a.assessedAt = clock.instant();
    if (fresh) {
      em.persist(a);
    }
    if (condition != null) {
      propose(caller, c, condition);
    }
    record(
        caller, c, "review.flow-assessed", a.likelihood + " " + a.impact + " " + a.justification);
  }

  /**
   * Adds standard conditions to the agency's proposals, in the applicant's language; one already
   * proposed stays as it is.
   */
  @Transactional
  public void pick(Caller caller, UUID caseId, List<String> conditionIds) {
    ReviewCase c = lockWorkable(caller, caseId);
    if (conditionIds.isEmpty()) {
      throw Refusal.incomplete(
          "Pick at least one condition.", List.of(new FieldError("conditions", "none picked")));
    }
    for (String id : conditionIds) {
      propose(caller, c, attachable(caller.agency(), id, "conditions"));
    }
  }

  /** Changes the wording of one of the agency's proposed conditions for this case. */
  @Transactional
  public void reword(Caller caller, UUID caseId, UUID conditionId, String text) {
    ReviewCase c = lockWorkable(caller, caseId);
    CaseCondition condition = ownCondition(caller, c, conditionId);
    condition.text = text.strip();
    record(caller, c, "review.condition-reworded", condition.text);
  }

  /** Withdraws one of the agency's proposed conditions. */
  @Transactional
  public void withdraw(Caller caller, UUID caseId, UUID conditionId) {
    ReviewCase c = lockWorkable(caller, caseId);
    CaseCondition condition = ownCondition(caller, c, conditionId);
    em.remove(condition);
    record(caller, c, "review.condition-withdrawn", condition.text);
  }

  /** The conditions the agency proposes on the case, as its opinion's form starts from. */
  @ReadOnly
  public List<String> proposedTexts(Caller caller, UUID caseId) {
    ReviewCase c = access.visibleCase(caller.agency(), caseId);
    return conditions(c.id, caller.agency()).stream().map(cc -> cc.text).toList();
  }

  private void propose(Caller caller, ReviewCase c, StandardConditions.Condition standard) {
    boolean known =
        conditions(c.id, caller.agency()).stream()
            .anyMatch(existing -> standard.id().equals(existing.standardId));
    if (known) {
      return;
    }
    String lang = c.applicant().locale() == null ? "en" : c.applicant().locale();
    CaseCondition condition = new CaseCondition();
    condition.id = UUID.randomUUID();
    condition.caseId = c.id;
    condition.agency = caller.agency();
    condition.standardId = standard.id();
    condition.text = standard.textIn(lang);
    condition.everyMonths = standard.obligation().everyMonths();
    condition.firstDueMonths = standard.obligation().firstDueMonths();
    condition.evidence = standard.obligation().evidenceIn(lang);
    condition.proposedBy = caller.subject();
    condition.proposedAt = clock.instant();
    em.persist(condition);
    record(caller, c, "review.condition-proposed", condition.text);
  }

  private StandardConditions.Condition attachable(Agency agency, String id, String field) {
    return source.conditions().of(agency).stream()
        .filter(condition -> condition.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                Refusal.incomplete(
                    "No such standard condition for this agency.",
                    List.of(new FieldError(field, "is no standard condition of the agency"))));
  }

  private CaseCondition ownCondition(Caller caller, ReviewCase c, UUID conditionId) {
    CaseCondition condition = em.find(CaseCondition.class, conditionId);
    if (condition == null
        || !condition.caseId.equals(c.id)
        || condition.agency != caller.agency()) {
      throw Refusal.notFound();
    }
    return condition;
  }

  /**
   * The case, locked, if the caller's agency has a step in it that is not decided yet.
   *
   * @throws Refusal not found, or conflict once the agency has given its opinion
   */
  private ReviewCase lockWorkable(Caller caller, UUID caseId) {
    if (caller.agency() == null || caseLock.lock(caseId) == null) {
      throw Refusal.notFound();
    }
    ReviewCase c = access.visibleCase(caller.agency(), caseId);
    access.seen(caller);
    if (!canWork(c, caller.agency())) {
      throw Refusal.conflict(
          "step-decided", "The agency has given its opinion; its assessment is closed.");
    }
    // Who recused from the agency's step does not shape its opinion either.
    c.steps.stream()
        .filter(s -> s.agency == caller.agency())
        .forEach(s -> access.requireNotRecused(s, caller.subject()));
    return c;
  }

  private static boolean canWork(ReviewCase c, Agency agency) {
    return c.status == ReviewCase.Status.OPEN
        && c.steps.stream()
            .anyMatch(
                s ->
                    s.agency == agency
                        && (s.isUndecided()
                            || s.status == ReviewStep.Status.INFORMATION_REQUESTED));
  }

  private void record(Caller caller, ReviewCase c, String action, String content) {
    // The ledger proves that the agency acted, and when; what it wrote enters as a hash only.
    ledger.append(
        new Ledger.Fact(
            null,
            "review-service",
            action,
            c.applicationId,
            caller.subject(),
            "reviewer",
            caller.agency().name(),
            content));
  }

  private List<FlowAssessment> assessments(UUID caseId, Agency agency) {
    return em.createQuery(
            "FROM FlowAssessment WHERE caseId = :case AND agency = :agency ORDER BY assessedAt",
            FlowAssessment.class)
        .setParameter("case", caseId)
        .setParameter("agency", agency)
        .getResultList();
  }

  /** What the other reviewing agencies chose to share of their assessments, oldest first. */
  private List<FlowViews.SharedAssessment> sharedByOthers(UUID caseId, Agency agency) {
    return em
        .createQuery(
            "FROM FlowAssessment WHERE caseId = :case AND agency <> :agency AND shared = true"
                + " ORDER BY assessedAt",
            FlowAssessment.class)
        .setParameter("case", caseId)
        .setParameter("agency", agency)
        .getResultList()
        .stream()
        .map(a -> FlowViews.shared(a, source.rules()))
        .toList();
  }

  private List<CaseCondition> conditions(UUID caseId, Agency agency) {
    return em.createQuery(
            "FROM CaseCondition WHERE caseId = :case AND agency = :agency ORDER BY proposedAt, id",
            CaseCondition.class)
        .setParameter("case", caseId)
        .setParameter("agency", agency)
        .getResultList();
  }
}
