package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.permit.PermitInformationProvided;
import be.permits.review.domain.InformationRequest;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.review.service.CaseViews.RequestView;
import be.permits.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Requests for information as threads: what an agency asked, and what the applicant answered. Runs
 * in the transaction of the step work or the read that calls it.
 */
@ApplicationScoped
public class InformationThreads {
  @Inject EntityManager em;
  @Inject PeopleNames names;

  @Transactional(Transactional.TxType.MANDATORY)
  public void asked(
      ReviewStep step, Caller caller, List<String> questions, LocalDate dueDate, Instant now) {
    ReviewCase c = step.reviewCase;
    InformationRequest request = new InformationRequest();
    request.id = step.openRequestId;
    request.caseId = c.id;
    request.stepId = step.id;
    request.agency = step.agency;
    request.questions = new ArrayList<>(questions);
    request.dueDate = dueDate;
    request.askedAt = now;
    request.askedBy = caller.subject();
    request.askedOnRevision = c.revision;
    em.persist(request);
  }

  /** Records the answer on its thread; a request asked before threads were kept has none. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void answered(PermitInformationProvided answer, Instant now) {
    InformationRequest request = em.find(InformationRequest.class, answer.requestId());
    if (request != null && request.answeredAt == null) {
      request.answer = answer.answer();
      request.answeredAt = now;
      request.answerRevision = answer.revision();
    }
  }

  /** The threads of {@code agency} on the case, the latest first. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<RequestView> of(UUID caseId, Agency agency) {
    List<InformationRequest> requests =
        em.createQuery(
                "FROM InformationRequest WHERE caseId = :caseId AND agency = :agency"
                    + " ORDER BY askedAt DESC",
                InformationRequest.class)
            .setParameter("caseId", caseId)
            .setParameter("agency", agency)
            .setMaxResults(100)
            .getResultList();
    Function<String, String> people = names.of(requests.stream().map(r -> r.askedBy).toList());
    return requests.stream()
        .map(
            r ->
                new RequestView(
                    r.id,
                    r.agency,
                    List.copyOf(r.questions),
                    r.dueDate,
                    r.askedAt,
                    r.askedBy,
                    people.apply(r.askedBy),
                    r.askedOnRevision,
                    r.answer,
                    r.answeredAt,
                    r.answerRevision))
        .toList();
  }
}
