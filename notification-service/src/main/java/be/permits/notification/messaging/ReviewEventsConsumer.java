package be.permits.notification.messaging;

import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewAbsenceRecorded;
import be.permits.contracts.review.ReviewAppealDecided;
import be.permits.contracts.review.ReviewAppealLodged;
import be.permits.contracts.review.ReviewAppealReceived;
import be.permits.contracts.review.ReviewCompletenessOpened;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.contracts.review.ReviewDecisionExtended;
import be.permits.contracts.review.ReviewDecisionOpened;
import be.permits.contracts.review.ReviewEnforcementClosed;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.contracts.review.ReviewInquiryOpened;
import be.permits.contracts.review.ReviewObligationReminder;
import be.permits.contracts.review.ReviewObligationReviewed;
import be.permits.contracts.review.ReviewObservationReceived;
import be.permits.contracts.review.ReviewOpened;
import be.permits.contracts.review.ReviewProposalReturned;
import be.permits.contracts.review.ReviewScreeningOpened;
import be.permits.contracts.review.ReviewStepHandedOver;
import be.permits.contracts.review.ReviewStepOverdue;
import be.permits.contracts.review.ReviewStepProposed;
import be.permits.notification.service.Absences;
import be.permits.notification.service.AppealNotices;
import be.permits.notification.service.Notices;
import be.permits.notification.service.ObligationNotices;
import be.permits.support.incoming.EventDispatcher;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The review events that people are told of, applicants and reviewers alike. */
@ApplicationScoped
public class ReviewEventsConsumer {
  static final String CONSUMER = "notification-service.review-events";

  @Inject EventDispatcher dispatcher;
  @Inject Notices notices;
  @Inject AppealNotices appealNotices;
  @Inject ObligationNotices obligationNotices;
  @Inject Absences absences;

  @Incoming("review-events")
  @Blocking
  public CompletionStage<Void> onEvent(Message<String> message) {
    return dispatcher.dispatch(
        message,
        CONSUMER,
        Map.ofEntries(
            Map.entry(
                EventType.REVIEW_OPENED,
                e ->
                    notices.reviewOpened(
                        e.id(), e.dataAs(EventType.REVIEW_OPENED, ReviewOpened.class))),
            Map.entry(
                EventType.REVIEW_INFORMATION_REQUESTED,
                e ->
                    notices.informationRequested(
                        e.id(),
                        e.dataAs(
                            EventType.REVIEW_INFORMATION_REQUESTED,
                            ReviewInformationRequested.class))),
            Map.entry(
                EventType.REVIEW_CONCLUDED,
                e ->
                    notices.concluded(
                        e.id(), e.dataAs(EventType.REVIEW_CONCLUDED, ReviewConcluded.class))),
            Map.entry(
                EventType.REVIEW_STEP_OVERDUE,
                e ->
                    notices.stepOverdue(
                        e.id(), e.dataAs(EventType.REVIEW_STEP_OVERDUE, ReviewStepOverdue.class))),
            Map.entry(
                EventType.REVIEW_STEP_PROPOSED,
                e ->
                    notices.stepProposed(
                        e.id(),
                        e.dataAs(EventType.REVIEW_STEP_PROPOSED, ReviewStepProposed.class))),
            Map.entry(
                EventType.REVIEW_PROPOSAL_RETURNED,
                e ->
                    notices.proposalReturned(
                        e.id(),
                        e.dataAs(
                            EventType.REVIEW_PROPOSAL_RETURNED, ReviewProposalReturned.class))),
            Map.entry(
                EventType.REVIEW_COMPLETENESS_OPENED,
                e ->
                    notices.completenessOpened(
                        e.id(),
                        e.dataAs(
                            EventType.REVIEW_COMPLETENESS_OPENED, ReviewCompletenessOpened.class))),
            Map.entry(
                EventType.REVIEW_DECISION_OPENED,
                e ->
                    notices.decisionOpened(
                        e.id(),
                        e.dataAs(EventType.REVIEW_DECISION_OPENED, ReviewDecisionOpened.class))),
            Map.entry(
                EventType.REVIEW_INQUIRY_OPENED,
                e ->
                    notices.inquiryOpened(
                        e.id(),
                        e.dataAs(EventType.REVIEW_INQUIRY_OPENED, ReviewInquiryOpened.class))),
            Map.entry(
                EventType.REVIEW_OBSERVATION_RECEIVED,
                e ->
                    notices.observationReceived(
                        e.id(),
                        e.dataAs(
                            EventType.REVIEW_OBSERVATION_RECEIVED,
                            ReviewObservationReceived.class))),
            Map.entry(
                EventType.REVIEW_DECISION_EXTENDED,
                e ->
                    notices.decisionExtended(
                        e.id(),
                        e.dataAs(
                            EventType.REVIEW_DECISION_EXTENDED, ReviewDecisionExtended.class))),
            Map.entry(
                EventType.REVIEW_SCREENING_OPENED,
                e ->
                    notices.screeningOpened(
                        e.id(),
                        e.dataAs(EventType.REVIEW_SCREENING_OPENED, ReviewScreeningOpened.class))),
            Map.entry(
                EventType.REVIEW_APPEAL_RECEIVED,
                e ->
                    appealNotices.appealReceived(
                        e.id(),
                        e.dataAs(EventType.REVIEW_APPEAL_RECEIVED, ReviewAppealReceived.class))),
            Map.entry(
                EventType.REVIEW_APPEAL_LODGED,
                e ->
                    appealNotices.appealLodged(
                        e.id(),
                        e.dataAs(EventType.REVIEW_APPEAL_LODGED, ReviewAppealLodged.class))),
            Map.entry(
                EventType.REVIEW_OBLIGATION_REMINDER,
                e ->
                    obligationNotices.reminded(
                        e.id(),
                        e.dataAs(
                            EventType.REVIEW_OBLIGATION_REMINDER, ReviewObligationReminder.class))),
            Map.entry(
                EventType.REVIEW_OBLIGATION_REVIEWED,
                e ->
                    obligationNotices.reviewed(
                        e.id(),
                        e.dataAs(
                            EventType.REVIEW_OBLIGATION_REVIEWED, ReviewObligationReviewed.class))),
            Map.entry(
                EventType.REVIEW_ENFORCEMENT_CLOSED,
                e ->
                    obligationNotices.enforcementClosed(
                        e.id(),
                        e.dataAs(
                            EventType.REVIEW_ENFORCEMENT_CLOSED, ReviewEnforcementClosed.class))),
            Map.entry(
                EventType.REVIEW_STEP_HANDED_OVER,
                e ->
                    notices.stepHandedOver(
                        e.id(),
                        e.dataAs(EventType.REVIEW_STEP_HANDED_OVER, ReviewStepHandedOver.class))),
            Map.entry(
                EventType.REVIEW_ABSENCE_RECORDED,
                e ->
                    absences.recorded(
                        e.dataAs(EventType.REVIEW_ABSENCE_RECORDED, ReviewAbsenceRecorded.class))),
            Map.entry(
                EventType.REVIEW_APPEAL_DECIDED,
                e ->
                    appealNotices.appealDecided(
                        e.id(),
                        e.dataAs(EventType.REVIEW_APPEAL_DECIDED, ReviewAppealDecided.class)))),
        notices::prepare);
  }
}
