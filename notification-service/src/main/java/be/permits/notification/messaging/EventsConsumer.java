package be.permits.notification.messaging;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitInformationProvided;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.contracts.review.ReviewDecisionOpened;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.contracts.review.ReviewOpened;
import be.permits.contracts.review.ReviewStepOverdue;
import be.permits.contracts.review.ReviewStepProposed;
import be.permits.notification.domain.Notification.Kind;
import be.permits.notification.service.Notifications;
import be.permits.support.inbox.EventDispatcher;
import be.permits.support.inbox.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Turns the events that matter to people into notifications: applicants from the event's contact,
 * reviewers and the deciding authority from the directory of their agency.
 */
@ApplicationScoped
public class EventsConsumer {
  static final String PERMIT_CONSUMER = "notification-service.permit-events";
  static final String REVIEW_CONSUMER = "notification-service.review-events";

  @Inject EventDispatcher dispatcher;
  @Inject Notifications notifications;

  /** The suite's address for people, for links in messages. */
  @ConfigProperty(name = "notifications.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Incoming("permit-events")
  @Blocking
  public CompletionStage<Void> onPermitEvent(Message<String> message) {
    return dispatcher.dispatch(
        message,
        PERMIT_CONSUMER,
        Map.of(
            EventType.PERMIT_SUBMITTED, this::submitted,
            EventType.PERMIT_INFORMATION_PROVIDED, this::answered));
  }

  @Incoming("review-events")
  @Blocking
  public CompletionStage<Void> onReviewEvent(Message<String> message) {
    return dispatcher.dispatch(
        message,
        REVIEW_CONSUMER,
        Map.of(
            EventType.REVIEW_OPENED, this::reviewOpened,
            EventType.REVIEW_INFORMATION_REQUESTED, this::informationRequested,
            EventType.REVIEW_CONCLUDED, this::concluded,
            EventType.REVIEW_STEP_OVERDUE, this::overdue,
            EventType.REVIEW_STEP_PROPOSED, this::proposed,
            EventType.REVIEW_DECISION_OPENED, this::decisionOpened));
  }

  // ---- reviewers and the deciding authority: the people of the agency, from the directory ----

  void stepsOpened(IncomingEvent event, ReviewOpened opened) {
    for (ReviewOpened.Step step : opened.steps()) {
      notifications.notifyAgency(
          event.id(),
          opened.applicationId(),
          Kind.STEP_OPENED,
          step.agency(),
          reviewerData(opened.reference(), step.agency(), step.dueDate(), null, opened.caseId()),
          people -> people);
    }
  }

  void overdue(IncomingEvent event) {
    ReviewStepOverdue late = event.dataAs(EventType.REVIEW_STEP_OVERDUE, ReviewStepOverdue.class);
    notifications.notifyAgency(
        event.id(),
        late.applicationId(),
        Kind.STEP_OVERDUE,
        late.agency(),
        reviewerData(late.reference(), late.agency(), late.dueDate(), null, late.caseId()),
        // The reviewer holding the step; the whole agency when nobody (known) holds it.
        people -> {
          List<Contact> holder =
              people.stream().filter(p -> p.subject().equals(late.assignee())).toList();
          return holder.isEmpty() ? people : holder;
        });
  }

  void proposed(IncomingEvent event) {
    ReviewStepProposed proposal =
        event.dataAs(EventType.REVIEW_STEP_PROPOSED, ReviewStepProposed.class);
    notifications.notifyAgency(
        event.id(),
        proposal.applicationId(),
        Kind.CONFIRMATION_NEEDED,
        proposal.agency(),
        reviewerData(proposal.reference(), proposal.agency(), null, null, proposal.caseId()),
        people -> people.stream().filter(p -> !p.subject().equals(proposal.proposedBy())).toList());
  }

  void decisionOpened(IncomingEvent event) {
    ReviewDecisionOpened opened =
        event.dataAs(EventType.REVIEW_DECISION_OPENED, ReviewDecisionOpened.class);
    notifications.notifyAgency(
        event.id(),
        opened.applicationId(),
        Kind.DECISION_OPENED,
        Agency.DECIDING_AUTHORITY,
        reviewerData(
            opened.reference(), Agency.DECIDING_AUTHORITY, opened.dueDate(), null, opened.caseId()),
        people -> people);
  }

  void answered(IncomingEvent event) {
    PermitInformationProvided answer =
        event.dataAs(EventType.PERMIT_INFORMATION_PROVIDED, PermitInformationProvided.class);
    notifications.notifyAgency(
        event.id(),
        answer.applicationId(),
        Kind.ANSWER_RECEIVED,
        answer.agency(),
        reviewerData(answer.reference(), answer.agency(), null, answer.revision(), null),
        people -> people);
  }

  private Map<String, Object> reviewerData(
      String reference, Agency agency, LocalDate dueDate, Integer revision, UUID caseId) {
    Map<String, Object> data = new HashMap<>();
    data.put("reference", reference);
    data.put("agency", agency.name());
    data.put("dueDate", dueDate == null ? "" : dueDate.toString());
    data.put("revision", revision == null ? "" : revision.toString());
    data.put("link", publicUrl + (caseId == null ? "/desk" : "/desk/cases/" + caseId));
    return data;
  }

  void submitted(IncomingEvent event) {
    PermitSubmitted submitted = event.dataAs(EventType.PERMIT_SUBMITTED, PermitSubmitted.class);
    notifications.notify(
        event.id(),
        submitted.applicationId(),
        Kind.SUBMISSION_RECEIVED,
        submitted.applicant(),
        Map.of("reference", submitted.reference()));
  }

  void informationRequested(IncomingEvent event) {
    ReviewInformationRequested request =
        event.dataAs(EventType.REVIEW_INFORMATION_REQUESTED, ReviewInformationRequested.class);
    notifications.notify(
        event.id(),
        request.applicationId(),
        Kind.INFORMATION_REQUESTED,
        request.applicant(),
        Map.of(
            "reference", request.reference(),
            "agency", request.agency().name(),
            "dueDate", request.dueDate().toString(),
            "questions", request.questions()));
  }

  void concluded(IncomingEvent event) {
    ReviewConcluded decision = event.dataAs(EventType.REVIEW_CONCLUDED, ReviewConcluded.class);
    notifications.notify(
        event.id(),
        decision.applicationId(),
        Kind.DECISION,
        decision.applicant(),
        Map.of(
            "reference", decision.reference(),
            "outcome", decision.outcome(),
            "items",
                "REJECTED".equals(decision.outcome())
                    ? decision.reasons()
                    : decision.conditions()));
  }

  void reviewOpened(IncomingEvent event) {
    ReviewOpened opened = event.dataAs(EventType.REVIEW_OPENED, ReviewOpened.class);
    stepsOpened(event, opened);
    notifications.notify(
        event.id(),
        opened.applicationId(),
        Kind.REVIEW_OPENED,
        opened.applicant(),
        Map.of(
            "reference",
            opened.reference(),
            "steps",
            opened.steps().stream()
                .map(s -> Map.of("agency", s.agency().name(), "dueDate", s.dueDate().toString()))
                .toList()));
  }
}
