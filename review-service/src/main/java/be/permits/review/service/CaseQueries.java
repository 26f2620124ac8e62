package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.EventJson;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.review.api.CaseViews.CaseSummary;
import be.permits.review.api.CaseViews.CaseView;
import be.permits.review.api.CaseViews.StepView;
import be.permits.review.domain.CaseRevision;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Reads cases for reviewers. Need-to-know: an agency sees only cases in which it has a step; any
 * other case answers 404 as if it did not exist.
 */
@ApplicationScoped
public class CaseQueries {
  @Inject EntityManager em;

  @Transactional
  public List<CaseSummary> casesOf(Agency agency, String reference, int limit) {
    if (agency == null) {
      return List.of();
    }
    String byReference = reference == null ? "" : " AND c.reference = :reference";
    var query =
        em.createQuery(
                "SELECT s FROM ReviewStep s JOIN FETCH s.reviewCase c WHERE s.agency = :agency"
                    + byReference
                    + " ORDER BY s.dueDate, c.openedAt",
                ReviewStep.class)
            .setParameter("agency", agency)
            .setMaxResults(limit);
    if (reference != null) {
      query.setParameter("reference", reference);
    }
    List<ReviewStep> steps = query.getResultList();
    return steps.stream()
        .map(
            s ->
                new CaseSummary(
                    s.reviewCase.id,
                    s.reviewCase.applicationId,
                    s.reviewCase.reference,
                    s.reviewCase.status,
                    s.reviewCase.openedAt,
                    stepView(s)))
        .toList();
  }

  @Transactional
  public CaseView caseFor(Agency agency, UUID caseId) {
    ReviewCase c = em.find(ReviewCase.class, caseId);
    if (c == null || agency == null || c.steps.stream().noneMatch(s -> s.agency == agency)) {
      throw ProblemException.notFound();
    }
    CaseRevision.Key key = new CaseRevision.Key();
    key.caseId = c.id;
    key.revision = c.revision;
    CaseRevision revision = em.find(CaseRevision.class, key);
    return new CaseView(
        c.id,
        c.applicationId,
        c.reference,
        c.revision,
        c.ruleVersion,
        c.status,
        c.openedAt,
        c.steps.stream().map(CaseQueries::stepView).toList(),
        EventJson.read(revision.data, PermitSubmitted.class));
  }

  public static StepView stepView(ReviewStep s) {
    return new StepView(
        s.id,
        s.agency,
        s.ruleId,
        s.reason,
        s.status,
        s.dueDate,
        s.assignee,
        s.decision,
        s.proposedBy,
        List.copyOf(s.conditions),
        List.copyOf(s.reasons),
        s.reviewedRevision);
  }
}
