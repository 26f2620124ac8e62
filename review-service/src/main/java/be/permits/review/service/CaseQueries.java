package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.EventJson;
import be.permits.contracts.RevisionDiff;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.review.api.CaseViews.CaseSummary;
import be.permits.review.api.CaseViews.CaseView;
import be.permits.review.api.CaseViews.Change;
import be.permits.review.api.CaseViews.NoteView;
import be.permits.review.api.CaseViews.StepView;
import be.permits.review.domain.CaseRevision;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewNote;
import be.permits.review.domain.ReviewStep;
import be.permits.support.problem.ProblemException;
import be.permits.support.transaction.ReadOnly;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads cases for reviewers. Need-to-know: an agency sees only cases in which it has a step; any
 * other case answers 404 as if it did not exist; classified notes of other agencies are left out.
 */
@ApplicationScoped
public class CaseQueries {
  /** Fields of a revision that change with every revision and say nothing about the project. */
  private static final Set<String> BOOKKEEPING = Set.of("revision", "submittedAt");

  @Inject EntityManager em;
  @Inject Clock clock;

  /** What a queue shows: every filter is optional. */
  public record QueueFilter(
      String reference, String status, LocalDate dueBefore, boolean overdueOnly, String assignee) {}

  @ReadOnly
  public List<CaseSummary> casesOf(Agency agency, QueueFilter filter, int limit) {
    if (agency == null) {
      return List.of();
    }
    LocalDate today = today();
    StringBuilder where = new StringBuilder("s.agency = :agency");
    if (filter.reference() != null) {
      where.append(" AND c.reference = :reference");
    }
    if (filter.status() != null) {
      where.append(" AND s.status = :status");
    }
    if (filter.dueBefore() != null) {
      where.append(" AND s.dueDate <= :dueBefore");
    }
    if (filter.overdueOnly()) {
      where.append(" AND s.status IN ('OPEN', 'PROPOSED') AND s.dueDate < :today");
    }
    if (filter.assignee() != null) {
      where.append(" AND s.assignee = :assignee");
    }
    var query =
        em.createQuery(
                "SELECT s FROM ReviewStep s JOIN FETCH s.reviewCase c WHERE "
                    + where
                    + " ORDER BY s.dueDate, c.openedAt, s.id",
                ReviewStep.class)
            .setParameter("agency", agency)
            .setMaxResults(limit);
    if (filter.reference() != null) {
      query.setParameter("reference", filter.reference());
    }
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    if (filter.dueBefore() != null) {
      query.setParameter("dueBefore", filter.dueBefore());
    }
    if (filter.overdueOnly()) {
      query.setParameter("today", today);
    }
    if (filter.assignee() != null) {
      query.setParameter("assignee", filter.assignee());
    }
    return query.getResultList().stream()
        .map(
            s ->
                new CaseSummary(
                    s.reviewCase.id,
                    s.reviewCase.applicationId,
                    s.reviewCase.reference,
                    s.reviewCase.siteName,
                    s.reviewCase.status,
                    s.reviewCase.openedAt,
                    stepView(s, today)))
        .toList();
  }

  /**
   * The case, if {@code agency} has a step in it.
   *
   * @throws ProblemException 404 otherwise
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ReviewCase visibleCase(Agency agency, UUID caseId) {
    ReviewCase c = em.find(ReviewCase.class, caseId);
    if (c == null || agency == null || c.steps.stream().noneMatch(s -> s.agency == agency)) {
      throw ProblemException.notFound();
    }
    return c;
  }

  @ReadOnly
  public CaseView caseFor(Agency agency, UUID caseId, List<ReviewNote> notes) {
    ReviewCase c = visibleCase(agency, caseId);
    LocalDate today = today();
    ReviewStep mine =
        c.steps.stream()
            .filter(s -> s.agency == agency)
            .reduce((first, later) -> later)
            .orElseThrow();
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
        c.steps.stream().map(s -> stepView(s, today)).toList(),
        stepView(mine, today),
        changes,
        notes.stream().map(NoteView::of).toList(),
        EventJson.read(revision(c, c.revision).data, PermitSubmitted.class));
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
    return clock.instant().atZone(CaseOpening.BRUSSELS).toLocalDate();
  }

  public static StepView stepView(ReviewStep s, LocalDate today) {
    return new StepView(
        s.id,
        s.agency,
        s.ruleId,
        s.reason,
        s.status,
        s.dueDate,
        s.isUndecided() && s.dueDate.isBefore(today),
        s.escalatedAt,
        s.assignee,
        s.decision,
        s.proposedBy,
        List.copyOf(s.conditions),
        List.copyOf(s.reasons),
        s.reviewedRevision,
        s.actedOnRevision);
  }

  /** The step as the API shows it, as of now. */
  public StepView stepView(ReviewStep s) {
    return stepView(s, today());
  }
}
