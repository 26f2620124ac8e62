package be.permits.permit.messaging;

import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.contracts.review.ReviewNoteShared;
import be.permits.contracts.review.ReviewOpened;
import be.permits.permit.domain.AgencyNote;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.ApplicationStatus;
import be.permits.permit.service.InformationRequests;
import be.permits.support.inbox.EventDispatcher;
import be.permits.support.inbox.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The application follows its review: opened, information requested, concluded; and the notes that
 * agencies write for the applicant.
 */
@ApplicationScoped
public class ReviewEventsConsumer {
  static final String CONSUMER = "permit-service.review-events";
  private static final Logger LOG = Logger.getLogger(ReviewEventsConsumer.class);

  @Inject EventDispatcher dispatcher;
  @Inject EntityManager em;
  @Inject InformationRequests informationRequests;

  @Incoming("review-events")
  @Blocking
  public CompletionStage<Void> onEvent(Message<String> message) {
    return dispatcher.dispatch(
        message,
        CONSUMER,
        Map.of(
            EventType.REVIEW_OPENED,
            this::reviewOpened,
            EventType.REVIEW_INFORMATION_REQUESTED,
            e ->
                informationRequests.requested(
                    e.dataAs(
                        EventType.REVIEW_INFORMATION_REQUESTED, ReviewInformationRequested.class)),
            EventType.REVIEW_CONCLUDED,
            e ->
                informationRequests.concluded(
                    e.dataAs(EventType.REVIEW_CONCLUDED, ReviewConcluded.class)),
            EventType.REVIEW_NOTE_SHARED,
            this::noteShared));
  }

  void noteShared(IncomingEvent event) {
    ReviewNoteShared shared = event.dataAs(EventType.REVIEW_NOTE_SHARED, ReviewNoteShared.class);
    if (em.find(Application.class, shared.applicationId()) == null) {
      LOG.warnf(
          "review.note-shared %s names unknown application %s", event.id(), shared.applicationId());
      return;
    }
    if (em.find(AgencyNote.class, shared.noteId()) != null) {
      return;
    }
    AgencyNote note = new AgencyNote();
    note.id = shared.noteId();
    note.applicationId = shared.applicationId();
    note.agency = shared.agency();
    note.text = shared.text();
    note.writtenAt = shared.writtenAt();
    em.persist(note);
  }

  void reviewOpened(IncomingEvent event) {
    ReviewOpened opened = event.dataAs(EventType.REVIEW_OPENED, ReviewOpened.class);
    Application a = em.find(Application.class, opened.applicationId());
    if (a == null) {
      LOG.warnf(
          "review.opened %s names unknown application %s", event.id(), opened.applicationId());
      return;
    }
    if (a.status == ApplicationStatus.SUBMITTED) {
      a.moveTo(ApplicationStatus.UNDER_REVIEW);
    }
  }
}
