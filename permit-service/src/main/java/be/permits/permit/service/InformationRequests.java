package be.permits.permit.service;

import be.permits.contracts.EventType;
import be.permits.contracts.RevisionDiff;
import be.permits.contracts.permit.PermitInformationProvided;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.permit.api.ApplicationForm;
import be.permits.permit.api.ApplicationMapper;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.ApplicationStatus;
import be.permits.permit.domain.InformationRequest;
import be.permits.permit.domain.SubmissionCheck;
import be.permits.support.outbox.Outbox;
import be.permits.support.problem.Problem.FieldError;
import be.permits.support.problem.ProblemException;
import be.permits.support.security.Caller;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The review as the applicant lives it: requests for information and their answers, and the
 * decision. Requests and decisions arrive as review events; answers leave as permit events.
 */
@ApplicationScoped
public class InformationRequests {
  private static final Logger LOG = Logger.getLogger(InformationRequests.class);

  @Inject EntityManager em;
  @Inject ApplicationService applications;
  @Inject Attachments attachments;
  @Inject Revisions revisions;
  @Inject Outbox outbox;
  @Inject Clock clock;

  /** Records an agency's request; the application waits for the applicant. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void requested(ReviewInformationRequested event) {
    Application a = em.find(Application.class, event.applicationId());
    if (a == null) {
      LOG.warnf("Information requested for unknown application %s", event.applicationId());
      return;
    }
    InformationRequest request = new InformationRequest();
    request.id = event.requestId();
    request.applicationId = a.id;
    request.stepId = event.stepId();
    request.agency = event.agency();
    request.questions = new ArrayList<>(event.questions());
    request.dueDate = event.dueDate();
    request.requestedAt = event.requestedAt();
    em.persist(request);
    // Another agency may already be waiting for an answer: then the status stays.
    if (a.status != ApplicationStatus.INFORMATION_REQUESTED) {
      a.moveTo(ApplicationStatus.INFORMATION_REQUESTED);
    }
    a.updatedAt = clock.instant();
  }

  /**
   * Records the decision.
   *
   * @throws ProblemException if the application is not under review: the event goes to the
   *     dead-letter topic, where an operator sees it
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void concluded(ReviewConcluded event) {
    Application a = em.find(Application.class, event.applicationId());
    if (a == null) {
      LOG.warnf("Decision for unknown application %s", event.applicationId());
      return;
    }
    a.moveTo(ApplicationStatus.valueOf(event.outcome()));
    a.decidedAt = event.concludedAt();
    a.decisionConditions = new ArrayList<>(event.conditions());
    a.decisionReasons = new ArrayList<>(event.reasons());
    a.updatedAt = clock.instant();
  }

  @ReadOnly
  public List<InformationRequest> of(Caller caller, UUID applicationId) {
    return forApplication(applications.owned(caller, applicationId).id);
  }

  /**
   * Answers a request: the text, changed fields and any documents added since make a new revision,
   * which only the requesting agency re-reviews.
   *
   * @throws ProblemException 404 for someone else's request, 409 if answered already, 422 if the
   *     changes leave the application incomplete
   */
  @Transactional
  public InformationRequest answer(
      Caller caller, UUID applicationId, UUID requestId, String answer, ApplicationForm changes) {
    Application a = applications.owned(caller, applicationId);
    InformationRequest request = em.find(InformationRequest.class, requestId);
    if (request == null || !request.applicationId.equals(a.id)) {
      throw ProblemException.notFound();
    }
    if (!request.isOpen() || a.status != ApplicationStatus.INFORMATION_REQUESTED) {
      throw ProblemException.conflict("This request has been answered already.");
    }
    ApplicationMapper.apply(changes, a);
    List<FieldError> missing = SubmissionCheck.missing(a);
    if (!missing.isEmpty()) {
      throw ProblemException.incomplete("The changes leave the application incomplete.", missing);
    }
    Instant now = clock.instant();
    a.revision++;
    a.updatedAt = now;
    attachments.markSubmitted(a);
    revisions.freeze(a, caller.subject(), now);
    List<String> changed =
        revisions.diff(a, a.revision - 1, a.revision).stream()
            .map(RevisionDiff.Change::field)
            .toList();
    request.answer = answer.trim();
    request.answeredAt = now;
    request.answeredBy = caller.subject();
    request.answerRevision = a.revision;
    if (forApplication(a.id).stream().noneMatch(InformationRequest::isOpen)) {
      a.moveTo(ApplicationStatus.UNDER_REVIEW);
    }
    outbox.publish(
        EventType.PERMIT_INFORMATION_PROVIDED,
        a.id,
        new PermitInformationProvided(
            a.id,
            a.reference,
            request.id,
            request.stepId,
            request.agency,
            request.answer,
            a.revision,
            changed,
            now,
            ApplicationService.submittedEvent(a, caller.contact(), attachments.of(a))),
        caller.subject());
    return request;
  }

  private List<InformationRequest> forApplication(UUID applicationId) {
    return em.createQuery(
            "FROM InformationRequest WHERE applicationId = :id ORDER BY requestedAt",
            InformationRequest.class)
        .setParameter("id", applicationId)
        .getResultList();
  }
}
