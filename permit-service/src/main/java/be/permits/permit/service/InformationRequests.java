package be.permits.permit.service;

import be.permits.contracts.Agency;
import be.permits.contracts.EventType;
import be.permits.contracts.RevisionDiff;
import be.permits.contracts.permit.PermitInformationProvided;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.ApplicationStatus;
import be.permits.permit.domain.InformationRequest;
import be.permits.permit.domain.SubmissionCheck;
import be.permits.support.outbox.Outbox;
import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
import be.permits.support.security.Actor;
import be.permits.support.security.Caller;
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
 * Requests for information as the applicant lives them: they arrive as review events, and the
 * applicant's answer, with a document if one comes with it, leaves as a permit event.
 */
@ApplicationScoped
public class InformationRequests {
  private static final Logger LOG = Logger.getLogger(InformationRequests.class);

  @Inject EntityManager em;
  @Inject OwnedApplications owned;
  @Inject Attachments attachments;
  @Inject Revisions revisions;
  @Inject Outbox outbox;
  @Inject Clock clock;

  /** Records an agency's request; the application waits for the applicant. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void requested(ReviewInformationRequested event) {
    Application a = owned.lockNamedByEvent(event.applicationId());
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
   * Answers a request: the text, changed fields and the document, if one comes with the answer,
   * make a new revision, which only the requesting agency re-reviews. All of it commits together or
   * not at all.
   *
   * @throws Refusal not found for someone else's request; conflict if answered already; incomplete
   *     if the changes leave the application incomplete; too large or unsupported type for a
   *     document refused
   */
  @Transactional
  public RequestView answer(
      Caller caller,
      UUID applicationId,
      UUID requestId,
      Answer answer,
      Attachments.Document document) {
    Application a = owned.lock(caller, applicationId);
    InformationRequest request = em.find(InformationRequest.class, requestId);
    if (request == null || !request.applicationId.equals(a.id)) {
      throw Refusal.notFound();
    }
    if (!request.isOpen() || a.status != ApplicationStatus.INFORMATION_REQUESTED) {
      throw Refusal.conflict("request-answered", "This request has been answered already.");
    }
    if (document != null) {
      attachments.add(a, caller.subject(), document, null);
    }
    ApplicationMapper.apply(answer.changes(), a);
    List<FieldError> missing = SubmissionCheck.missing(a);
    if (!missing.isEmpty()) {
      throw Refusal.incomplete("The changes leave the application incomplete.", missing);
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
    request.answer = answer.answer().trim();
    request.answeredAt = now;
    request.answeredBy = caller.subject();
    request.answerRevision = a.revision;
    if (stillOpen(a).isEmpty()) {
      // The missing items of an incomplete file go back to the completeness check; an answer to
      // an agency goes back to the review.
      a.moveTo(
          request.agency == Agency.COORDINATION
              ? ApplicationStatus.SUBMITTED
              : ApplicationStatus.UNDER_REVIEW);
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
        Actor.applicant(caller));
    return RequestView.of(request);
  }

  private List<InformationRequest> stillOpen(Application a) {
    return em.createQuery(
            "FROM InformationRequest WHERE applicationId = :id AND answeredAt IS NULL",
            InformationRequest.class)
        .setParameter("id", a.id)
        .getResultList();
  }
}
