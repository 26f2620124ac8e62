package be.permits.review.messaging;

import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitEvidenceSubmitted;
import be.permits.contracts.permit.PermitFeePaid;
import be.permits.contracts.permit.PermitInformationProvided;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.permit.PermitWithdrawn;
import be.permits.review.service.Appeals;
import be.permits.review.service.CaseOpening;
import be.permits.review.service.CaseWithdrawal;
import be.permits.review.service.ObligationReviews;
import be.permits.review.service.StepWork;
import be.permits.support.incoming.EventDispatcher;
import be.permits.support.incoming.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A submitted application opens a review case; a withdrawn one stops it; an answer makes a new
 * revision; an appeal's fee, paid, lets the appeal be decided; evidence for an obligation waits for
 * its agency's review.
 */
@ApplicationScoped
public class PermitEventsConsumer {
  static final String CONSUMER = "review-service.permit-events";

  @Inject EventDispatcher dispatcher;
  @Inject CaseOpening caseOpening;
  @Inject CaseWithdrawal caseWithdrawal;
  @Inject StepWork stepWork;
  @Inject Appeals appeals;
  @Inject ObligationReviews obligations;

  @Incoming("permit-events")
  @Blocking
  public CompletionStage<Void> onEvent(Message<String> message) {
    return dispatcher.dispatch(
        message,
        CONSUMER,
        Map.of(
            EventType.PERMIT_SUBMITTED,
            this::submitted,
            EventType.PERMIT_WITHDRAWN,
            this::withdrawn,
            EventType.PERMIT_INFORMATION_PROVIDED,
            e ->
                stepWork.informationProvided(
                    e.dataAs(
                        EventType.PERMIT_INFORMATION_PROVIDED, PermitInformationProvided.class)),
            EventType.PERMIT_FEE_PAID,
            e -> appeals.feePaid(e.dataAs(EventType.PERMIT_FEE_PAID, PermitFeePaid.class)),
            EventType.PERMIT_EVIDENCE_SUBMITTED,
            e ->
                obligations.evidenceSubmitted(
                    e.dataAs(EventType.PERMIT_EVIDENCE_SUBMITTED, PermitEvidenceSubmitted.class))));
  }

  void withdrawn(IncomingEvent event) {
    caseWithdrawal.withdraw(event.dataAs(EventType.PERMIT_WITHDRAWN, PermitWithdrawn.class));
  }

  void submitted(IncomingEvent event) {
    caseOpening.open(event.dataAs(EventType.PERMIT_SUBMITTED, PermitSubmitted.class));
  }
}
