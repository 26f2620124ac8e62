package be.permits.contracts;

import be.permits.contracts.ledger.LedgerCheckpointSigned;
import be.permits.contracts.notification.NotificationFailed;
import be.permits.contracts.notification.NotificationSent;
import be.permits.contracts.permit.PermitAppealFeeInvoiced;
import be.permits.contracts.permit.PermitEvidenceSubmitted;
import be.permits.contracts.permit.PermitFeePaid;
import be.permits.contracts.permit.PermitInformationProvided;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.permit.PermitWithdrawn;
import be.permits.contracts.review.ReviewAbsenceRecorded;
import be.permits.contracts.review.ReviewAppealDecided;
import be.permits.contracts.review.ReviewAppealLodged;
import be.permits.contracts.review.ReviewAppealReceived;
import be.permits.contracts.review.ReviewCompletenessOpened;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.contracts.review.ReviewDecisionExtended;
import be.permits.contracts.review.ReviewDecisionOpened;
import be.permits.contracts.review.ReviewDecisionSealed;
import be.permits.contracts.review.ReviewEnforcementClosed;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.contracts.review.ReviewInquiryOpened;
import be.permits.contracts.review.ReviewNoteShared;
import be.permits.contracts.review.ReviewObligationReminder;
import be.permits.contracts.review.ReviewObligationReviewed;
import be.permits.contracts.review.ReviewObligationsSet;
import be.permits.contracts.review.ReviewObservationPublished;
import be.permits.contracts.review.ReviewObservationReceived;
import be.permits.contracts.review.ReviewOpened;
import be.permits.contracts.review.ReviewProposalReturned;
import be.permits.contracts.review.ReviewScreeningOpened;
import be.permits.contracts.review.ReviewStepDecided;
import be.permits.contracts.review.ReviewStepHandedOver;
import be.permits.contracts.review.ReviewStepOverdue;
import be.permits.contracts.review.ReviewStepProposed;
import be.permits.contracts.witness.WitnessCosigned;
import be.permits.contracts.witness.WitnessRefused;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every CloudEvents {@code type} of the suite, with its topic, payload record and JSON Schema.
 * Adding an event means adding a constant here, a record and a schema file named after the type.
 */
public enum EventType {
  PERMIT_SUBMITTED("permit.submitted.v1", Topics.PERMIT_EVENTS, PermitSubmitted.class),
  PERMIT_WITHDRAWN("permit.withdrawn.v1", Topics.PERMIT_EVENTS, PermitWithdrawn.class),
  PERMIT_INFORMATION_PROVIDED(
      "permit.information-provided.v1", Topics.PERMIT_EVENTS, PermitInformationProvided.class),
  PERMIT_APPEAL_FEE_INVOICED(
      "permit.appeal-fee-invoiced.v1", Topics.PERMIT_EVENTS, PermitAppealFeeInvoiced.class),
  PERMIT_FEE_PAID("permit.fee-paid.v1", Topics.PERMIT_EVENTS, PermitFeePaid.class),
  PERMIT_EVIDENCE_SUBMITTED(
      "permit.evidence-submitted.v1", Topics.PERMIT_EVENTS, PermitEvidenceSubmitted.class),
  REVIEW_COMPLETENESS_OPENED(
      "review.completeness-opened.v1", Topics.REVIEW_EVENTS, ReviewCompletenessOpened.class),
  REVIEW_OPENED("review.opened.v1", Topics.REVIEW_EVENTS, ReviewOpened.class),
  REVIEW_INFORMATION_REQUESTED(
      "review.information-requested.v1", Topics.REVIEW_EVENTS, ReviewInformationRequested.class),
  REVIEW_CONCLUDED("review.concluded.v1", Topics.REVIEW_EVENTS, ReviewConcluded.class),
  REVIEW_STEP_PROPOSED("review.step-proposed.v1", Topics.REVIEW_EVENTS, ReviewStepProposed.class),
  REVIEW_PROPOSAL_RETURNED(
      "review.proposal-returned.v1", Topics.REVIEW_EVENTS, ReviewProposalReturned.class),
  REVIEW_STEP_DECIDED("review.step-decided.v1", Topics.REVIEW_EVENTS, ReviewStepDecided.class),
  REVIEW_STEP_OVERDUE("review.step-overdue.v1", Topics.REVIEW_EVENTS, ReviewStepOverdue.class),
  REVIEW_DECISION_OPENED(
      "review.decision-opened.v1", Topics.REVIEW_EVENTS, ReviewDecisionOpened.class),
  REVIEW_NOTE_SHARED("review.note-shared.v1", Topics.REVIEW_EVENTS, ReviewNoteShared.class),
  REVIEW_DECISION_EXTENDED(
      "review.decision-extended.v1", Topics.REVIEW_EVENTS, ReviewDecisionExtended.class),
  REVIEW_INQUIRY_OPENED(
      "review.inquiry-opened.v1", Topics.REVIEW_EVENTS, ReviewInquiryOpened.class),
  REVIEW_OBSERVATION_RECEIVED(
      "review.observation-received.v1", Topics.REVIEW_EVENTS, ReviewObservationReceived.class),
  REVIEW_OBSERVATION_PUBLISHED(
      "review.observation-published.v1", Topics.REVIEW_EVENTS, ReviewObservationPublished.class),
  REVIEW_APPEAL_RECEIVED(
      "review.appeal-received.v1", Topics.REVIEW_EVENTS, ReviewAppealReceived.class),
  REVIEW_APPEAL_LODGED("review.appeal-lodged.v1", Topics.REVIEW_EVENTS, ReviewAppealLodged.class),
  REVIEW_APPEAL_DECIDED(
      "review.appeal-decided.v1", Topics.REVIEW_EVENTS, ReviewAppealDecided.class),
  REVIEW_SCREENING_OPENED(
      "review.screening-opened.v1", Topics.REVIEW_EVENTS, ReviewScreeningOpened.class),
  REVIEW_DECISION_SEALED(
      "review.decision-sealed.v1", Topics.REVIEW_EVENTS, ReviewDecisionSealed.class),
  REVIEW_OBLIGATIONS_SET(
      "review.obligations-set.v1", Topics.REVIEW_EVENTS, ReviewObligationsSet.class),
  REVIEW_OBLIGATION_REVIEWED(
      "review.obligation-reviewed.v1", Topics.REVIEW_EVENTS, ReviewObligationReviewed.class),
  REVIEW_OBLIGATION_REMINDER(
      "review.obligation-reminder.v1", Topics.REVIEW_EVENTS, ReviewObligationReminder.class),
  REVIEW_ENFORCEMENT_CLOSED(
      "review.enforcement-closed.v1", Topics.REVIEW_EVENTS, ReviewEnforcementClosed.class),
  REVIEW_STEP_HANDED_OVER(
      "review.step-handed-over.v1", Topics.REVIEW_EVENTS, ReviewStepHandedOver.class),
  REVIEW_ABSENCE_RECORDED(
      "review.absence-recorded.v1", Topics.REVIEW_EVENTS, ReviewAbsenceRecorded.class),
  NOTIFICATION_SENT("notification.sent.v1", Topics.NOTIFICATION_EVENTS, NotificationSent.class),
  NOTIFICATION_FAILED(
      "notification.failed.v1", Topics.NOTIFICATION_EVENTS, NotificationFailed.class),
  LEDGER_CHECKPOINT_SIGNED(
      "ledger.checkpoint-signed.v1", Topics.LEDGER_EVENTS, LedgerCheckpointSigned.class),
  WITNESS_COSIGNED("witness.cosigned.v1", Topics.WITNESS_EVENTS, WitnessCosigned.class),
  WITNESS_REFUSED("witness.refused.v1", Topics.WITNESS_EVENTS, WitnessRefused.class);

  private final String type;
  private final String topic;
  private final Class<? extends Record> payloadType;

  EventType(String type, String topic, Class<? extends Record> payloadType) {
    this.type = type;
    this.topic = topic;
    this.payloadType = payloadType;
  }

  /** The CloudEvents {@code type} attribute. */
  public String type() {
    return type;
  }

  public String topic() {
    return topic;
  }

  public Class<? extends Record> payloadType() {
    return payloadType;
  }

  /** Classpath location of the JSON Schema of this event's data. */
  public String schemaResource() {
    return "/schemas/" + type + ".json";
  }

  /** Whether the event is about one application (its subject is then the application's id). */
  public boolean aboutAnApplication() {
    return !topic.equals(Topics.LEDGER_EVENTS)
        && !topic.equals(Topics.WITNESS_EVENTS)
        && this != REVIEW_ABSENCE_RECORDED;
  }

  /** The aggregate type of the outbox row (Debezium's outbox router derives the topic from it). */
  public String aggregateType() {
    return topic.substring(0, topic.indexOf('-'));
  }

  public static Optional<EventType> fromType(String type) {
    return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
  }
}
