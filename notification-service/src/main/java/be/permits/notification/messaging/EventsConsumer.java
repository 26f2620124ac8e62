package be.permits.notification.messaging;

import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.contracts.review.ReviewOpened;
import be.permits.notification.domain.Notification.Kind;
import be.permits.notification.service.Notifications;
import be.permits.support.inbox.EventDispatcher;
import be.permits.support.inbox.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Turns the events that matter to people into notifications. */
@ApplicationScoped
public class EventsConsumer {
  static final String PERMIT_CONSUMER = "notification-service.permit-events";
  static final String REVIEW_CONSUMER = "notification-service.review-events";

  @Inject EventDispatcher dispatcher;
  @Inject Notifications notifications;

  @Incoming("permit-events")
  @Blocking
  public CompletionStage<Void> onPermitEvent(Message<String> message) {
    return dispatcher.dispatch(
        message, PERMIT_CONSUMER, Map.of(EventType.PERMIT_SUBMITTED, this::submitted));
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
            EventType.REVIEW_CONCLUDED, this::concluded));
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
