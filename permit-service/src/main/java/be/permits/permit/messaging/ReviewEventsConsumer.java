package be.permits.permit.messaging;

import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewAppealDecided;
import be.permits.contracts.review.ReviewAppealLodged;
import be.permits.contracts.review.ReviewCompletenessOpened;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.contracts.review.ReviewDecisionSealed;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.contracts.review.ReviewInquiryOpened;
import be.permits.contracts.review.ReviewNoteShared;
import be.permits.contracts.review.ReviewObligationReviewed;
import be.permits.contracts.review.ReviewObligationsSet;
import be.permits.contracts.review.ReviewOpened;
import be.permits.contracts.review.ReviewScreeningOpened;
import be.permits.permit.service.DecisionDocuments;
import be.permits.permit.service.Fees;
import be.permits.permit.service.InformationRequests;
import be.permits.permit.service.Obligations;
import be.permits.permit.service.ReviewProgress;
import be.permits.support.incoming.EventDispatcher;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The application follows its review: opened, information requested, concluded, appealed and
 * decided on appeal, its sealed decision documents, the findings on its obligations' evidence; and
 * the notes that agencies write for the applicant.
 */
@ApplicationScoped
public class ReviewEventsConsumer {
  static final String CONSUMER = "permit-service.review-events";

  @Inject EventDispatcher dispatcher;
  @Inject ReviewProgress progress;
  @Inject InformationRequests informationRequests;
  @Inject DecisionDocuments decisions;
  @Inject Fees fees;
  @Inject Obligations obligations;

  @Incoming("review-events")
  @Blocking
  public CompletionStage<Void> onEvent(Message<String> message) {
    return dispatcher.dispatch(
        message,
        CONSUMER,
        Map.ofEntries(
            Map.entry(
                EventType.REVIEW_COMPLETENESS_OPENED,
                e ->
                    progress.completenessOpened(
                        e.dataAs(
                            EventType.REVIEW_COMPLETENESS_OPENED, ReviewCompletenessOpened.class))),
            Map.entry(
                EventType.REVIEW_INQUIRY_OPENED,
                e ->
                    progress.inquiryOpened(
                        e.dataAs(EventType.REVIEW_INQUIRY_OPENED, ReviewInquiryOpened.class))),
            Map.entry(
                EventType.REVIEW_OPENED,
                e -> progress.opened(e.dataAs(EventType.REVIEW_OPENED, ReviewOpened.class))),
            Map.entry(
                EventType.REVIEW_INFORMATION_REQUESTED,
                e ->
                    informationRequests.requested(
                        e.dataAs(
                            EventType.REVIEW_INFORMATION_REQUESTED,
                            ReviewInformationRequested.class))),
            Map.entry(
                EventType.REVIEW_CONCLUDED,
                e ->
                    progress.concluded(
                        e.dataAs(EventType.REVIEW_CONCLUDED, ReviewConcluded.class))),
            Map.entry(
                EventType.REVIEW_NOTE_SHARED,
                e ->
                    progress.noteShared(
                        e.dataAs(EventType.REVIEW_NOTE_SHARED, ReviewNoteShared.class))),
            Map.entry(
                EventType.REVIEW_SCREENING_OPENED,
                e ->
                    progress.screeningOpened(
                        e.dataAs(EventType.REVIEW_SCREENING_OPENED, ReviewScreeningOpened.class))),
            Map.entry(
                EventType.REVIEW_APPEAL_LODGED,
                e -> {
                  ReviewAppealLodged lodged =
                      e.dataAs(EventType.REVIEW_APPEAL_LODGED, ReviewAppealLodged.class);
                  progress.appealLodged(lodged);
                  fees.appealLodged(lodged);
                }),
            Map.entry(
                EventType.REVIEW_APPEAL_DECIDED,
                e ->
                    progress.appealDecided(
                        e.dataAs(EventType.REVIEW_APPEAL_DECIDED, ReviewAppealDecided.class))),
            Map.entry(
                EventType.REVIEW_DECISION_SEALED,
                e ->
                    decisions.sealed(
                        e.dataAs(EventType.REVIEW_DECISION_SEALED, ReviewDecisionSealed.class))),
            Map.entry(
                EventType.REVIEW_OBLIGATIONS_SET,
                e ->
                    obligations.set(
                        e.dataAs(EventType.REVIEW_OBLIGATIONS_SET, ReviewObligationsSet.class))),
            Map.entry(
                EventType.REVIEW_OBLIGATION_REVIEWED,
                e ->
                    obligations.reviewed(
                        e.dataAs(
                            EventType.REVIEW_OBLIGATION_REVIEWED,
                            ReviewObligationReviewed.class)))));
  }
}
