package be.permits.notification.messaging;

import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitAppealFeeInvoiced;
import be.permits.contracts.permit.PermitEvidenceSubmitted;
import be.permits.contracts.permit.PermitInformationProvided;
import be.permits.contracts.permit.PermitSubmitted;
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

/**
 * The permit events that people are told of: a submission, an answer to a request, an appeal fee to
 * pay.
 */
@ApplicationScoped
public class PermitEventsConsumer {
  static final String CONSUMER = "notification-service.permit-events";

  @Inject EventDispatcher dispatcher;
  @Inject Notices notices;
  @Inject AppealNotices appealNotices;
  @Inject ObligationNotices obligationNotices;

  @Incoming("permit-events")
  @Blocking
  public CompletionStage<Void> onEvent(Message<String> message) {
    return dispatcher.dispatch(
        message,
        CONSUMER,
        Map.of(
            EventType.PERMIT_SUBMITTED,
            e ->
                notices.submitted(
                    e.id(), e.dataAs(EventType.PERMIT_SUBMITTED, PermitSubmitted.class)),
            EventType.PERMIT_INFORMATION_PROVIDED,
            e ->
                notices.informationProvided(
                    e.id(),
                    e.dataAs(
                        EventType.PERMIT_INFORMATION_PROVIDED, PermitInformationProvided.class)),
            EventType.PERMIT_APPEAL_FEE_INVOICED,
            e ->
                appealNotices.feeInvoiced(
                    e.id(),
                    e.dataAs(EventType.PERMIT_APPEAL_FEE_INVOICED, PermitAppealFeeInvoiced.class)),
            EventType.PERMIT_EVIDENCE_SUBMITTED,
            e ->
                obligationNotices.evidenceSubmitted(
                    e.id(),
                    e.dataAs(EventType.PERMIT_EVIDENCE_SUBMITTED, PermitEvidenceSubmitted.class))),
        notices::prepare);
  }
}
