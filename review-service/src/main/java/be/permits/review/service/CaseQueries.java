package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.EventJson;
import be.permits.contracts.RevisionDiff;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.review.domain.CaseRevision;
import be.permits.review.domain.InterestDeclaration;
import be.permits.review.domain.Observation;
import be.permits.review.domain.ProcedureRegimes;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.review.service.CaseViews.CaseView;
import be.permits.review.service.CaseViews.Change;
import be.permits.review.service.CaseViews.StepView;
import be.permits.support.security.Caller;
import be.permits.support.security.Roles;
import be.permits.support.time.SuiteTime;
import be.permits.support.transaction.ReadOnly;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads cases for reviewers. Need-to-know: an agency sees only cases in which it has a step; any
 * other case answers 404 as if it did not exist; classified notes of other agencies are left out.
 */
@ApplicationScoped
public class CaseQueries {
  /** Fields of a revision that change with every revision and say nothing about the project. */
  /** Fields that change with every revision or name nothing a reviewer weighs. */
  private static final Set<String> BOOKKEEPING =
      Set.of("revision", "submittedAt", "applicant.subject", "applicant.locale");

  @Inject EntityManager em;
  @Inject Clock clock;

  @Inject StepAccess access;
  @Inject StepAssignment assignment;
  @Inject Notes notes;
  @Inject PeopleNames names;
  @Inject RoutingRulesSource rules;
  @Inject ProcedureClock procedure;
  @Inject Inquiries inquiries;
  @Inject Appeals appeals;
  @Inject InformationThreads threads;

  /**
   * A case as the desk shows it to one reviewer: the case, whether they declared that they have no
   * conflict of interest on their agency's step ({@code null}: not yet), and the colleagues the
   * step can be handed to.
   */
  public record ReviewerCase(
      CaseView view,
      Boolean noConflictDeclared,
      List<StepAssignment.Colleague> colleagues,
      boolean fourEyes) {}

  /** The case with the notes that the caller's agency may read. */
  @ReadOnly
  public CaseView caseFor(Caller caller, UUID caseId) {
    Agency agency = caller.agency();
    ReviewCase c = access.visibleCase(agency, caseId);
    LocalDate today = today();
    ReviewStep mine =
        c.steps.stream()
            .filter(s -> s.agency == agency)
            .reduce((first, later) -> later)
            .orElseThrow();
    List<Observation> observations = inquiries.confirmed(c.id);
    List<String> subjects = new java.util.ArrayList<>(PeopleNames.peopleOn(c.steps));
    observations.stream()
        .map(o -> o.redactedBy)
        .filter(java.util.Objects::nonNull)
        .forEach(subjects::add);
    Function<String, String> people = names.of(subjects);
    List<Change> changes =
        mine.actedOnRevision != null && mine.actedOnRevision < c.revision
            ? changes(c, mine.actedOnRevision, c.revision)
            : List.of();
    return new CaseView(
        c.id,
        c.applicationId,
        c.reference,
        c.revision,
        c.ruleVersion,
        c.status,
        c.openedAt,
        c.steps.stream().map(s -> StepView.of(s, today, people)).toList(),
        StepView.of(mine, today, people),
        changes,
        notes.readableBy(caller, caseId),
        threads.of(c.id, agency),
        application(c),
        c.regime == null
            ? null
            : new CaseViews.ProcedureView(
                c.regime,
                c.regimeVersion,
                procedure
                    .regimes()
                    .regime(c.regime)
                    .map(ProcedureRegimes.Regime::name)
                    .orElse(Map.of()),
                procedure
                    .phase(c, ProcedureRegimes.Phase.DECISION)
                    .map(ProcedureRegimes.PhaseRule::extensionDays)
                    .orElse(null)),
        CaseTimetable.of(c, inquiries.of(c.id), today, procedure.regimes().holidays()),
        CaseViews.InquiryView.of(inquiries.of(c.id), observations, people),
        AppealViews.AppealsView.of(
            c,
            appeals.windows(c),
            Appeals.READERS.contains(agency) ? appeals.lodged(c.id) : List.of(),
            today,
            agency == Agency.COORDINATION && caller.hasRole(Roles.COORDINATOR),
            appeals.rule(c) != null && appeals.rule(c).feeRequired(),
            appeals.feesPaid(c.id)),
        em
            .createQuery(
                "FROM Obligation WHERE caseId = :case ORDER BY firstDue, condition",
                be.permits.review.domain.Obligation.class)
            .setParameter("case", c.id)
            .getResultList()
            .stream()
            .map(CaseViews.ObligationView::of)
            .toList());
  }

  /** The case as the desk shows it to the caller. */
  @ReadOnly
  public ReviewerCase forDesk(Caller caller, UUID caseId) {
    CaseView view = caseFor(caller, caseId);
    InterestDeclaration declared = access.declaration(view.myStep().id(), caller.subject());
    return new ReviewerCase(
        view,
        declared == null ? null : !declared.conflict,
        assignment.colleagues(caller).stream()
            .filter(r -> !r.subject().equals(caller.subject()))
            .toList(),
        rules.current().fourEyesAgencies().contains(view.myStep().agency()));
  }

  private List<Change> changes(ReviewCase c, int from, int to) {
    List<Change> changes = new ArrayList<>();
    for (RevisionDiff.Change change :
        RevisionDiff.between(tree(revision(c, from)), tree(revision(c, to)))) {
      if (!BOOKKEEPING.contains(change.field()) && !change.field().startsWith("submitter.")) {
        changes.add(
            new Change(
                change.field(),
                change.before() == null ? null : change.before().toString(),
                change.after() == null ? null : change.after().toString()));
      }
    }
    return changes;
  }

  /** The application as its latest revision describes it. */
  PermitSubmitted application(ReviewCase c) {
    return EventJson.read(revision(c, c.revision).data, PermitSubmitted.class);
  }

  private CaseRevision revision(ReviewCase c, int number) {
    CaseRevision.Key key = new CaseRevision.Key();
    key.caseId = c.id;
    key.revision = number;
    return em.find(CaseRevision.class, key);
  }

  private static JsonNode tree(CaseRevision revision) {
    try {
      return EventJson.mapper().readTree(revision.data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Revision " + revision.revision + " is not JSON", e);
    }
  }

  private LocalDate today() {
    return SuiteTime.today(clock);
  }
}
