package be.permits.notification.service;

import be.permits.contracts.Agency;
import be.permits.contracts.permit.PermitEvidenceSubmitted;
import be.permits.contracts.review.EvidenceOutcome;
import be.permits.contracts.review.ReviewEnforcementClosed;
import be.permits.contracts.review.ReviewObligationReminder;
import be.permits.contracts.review.ReviewObligationReviewed;
import be.permits.notification.config.NotificationsConfig;
import be.permits.notification.domain.Notification.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who is told what of a permit's obligations: the operator, before and after a due date and of each
 * finding; the agency that set the condition, of evidence to review and of evidence that did not
 * come; that agency and the deciding authority, of an enforcement case; the operator and that
 * agency, of how the case was closed. Each method runs in the consumer's transaction.
 */
@ApplicationScoped
public class ObligationNotices {
  @Inject Notifications notifications;
  @Inject NotificationsConfig config;
  @Inject Notices notices;

  /** The agency that set the condition has evidence to review. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void evidenceSubmitted(UUID eventId, PermitEvidenceSubmitted submitted) {
    notifications.notifyAgency(
        eventId,
        submitted.applicationId(),
        Kind.EVIDENCE_RECEIVED,
        submitted.agency(),
        reviewerData(submitted.reference(), submitted.agency(), null, submitted.obligationId()),
        people -> people);
  }

  /**
   * The operator is reminded before the due date; after it, the operator is told it is late and the
   * agency that it may be a breach.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reminded(UUID eventId, ReviewObligationReminder reminder) {
    boolean late = reminder.stage() == ReviewObligationReminder.Stage.OVERDUE;
    notifications.notify(
        eventId,
        reminder.applicationId(),
        late ? Kind.EVIDENCE_LATE : Kind.EVIDENCE_DUE_SOON,
        reminder.applicant(),
        Map.of(
            "reference", reminder.reference(),
            "condition", reminder.condition(),
            "due", Notices.longDate(reminder.due(), reminder.applicant().locale()),
            "link", conditionPage(reminder.applicationId(), reminder.obligationId())));
    if (late) {
      notifications.notifyAgency(
          eventId,
          reminder.applicationId(),
          Kind.EVIDENCE_OVERDUE,
          reminder.agency(),
          reviewerData(
              reminder.reference(), reminder.agency(), reminder.due(), reminder.obligationId()),
          people -> people);
    }
  }

  /**
   * The operator reads the finding; a breach also reaches the agency that found it and the deciding
   * authority, which acts on the permit.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reviewed(UUID eventId, ReviewObligationReviewed finding) {
    String locale = finding.applicant().locale();
    Map<String, Object> data = new HashMap<>();
    data.put("reference", finding.reference());
    data.put("outcome", finding.outcome().name());
    data.put(
        "nextDue", finding.nextDue() == null ? "" : Notices.longDate(finding.nextDue(), locale));
    data.put(
        "enforcement",
        finding.enforcementReference() == null ? "" : finding.enforcementReference());
    data.put("reason", finding.reason() == null ? "" : finding.reason());
    data.put("link", conditionPage(finding.applicationId(), finding.obligationId()));
    notifications.notify(
        eventId, finding.applicationId(), Kind.EVIDENCE_REVIEWED, finding.applicant(), data);
    if (finding.outcome() != EvidenceOutcome.BREACH) {
      return;
    }
    for (Agency agency :
        finding.agency() == Agency.DECIDING_AUTHORITY
            ? new Agency[] {Agency.DECIDING_AUTHORITY}
            : new Agency[] {finding.agency(), Agency.DECIDING_AUTHORITY}) {
      Map<String, Object> told =
          notices.reviewerData(finding.reference(), finding.agency(), null, null, null);
      told.put("reason", finding.reason() == null ? "" : finding.reason());
      told.put("link", config.publicUrl() + "/desk/enforcement");
      notifications.notifyAgency(
          eventId,
          finding.applicationId(),
          Kind.ENFORCEMENT_OPENED,
          agency,
          told,
          people -> people);
    }
  }

  /**
   * The operator reads how the enforcement case ended and why; the agency that found the breach
   * learns it too (the deciding authority closed it itself).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void enforcementClosed(UUID eventId, ReviewEnforcementClosed closed) {
    Map<String, Object> data = new HashMap<>();
    data.put("reference", closed.reference());
    data.put("enforcement", closed.enforcementReference());
    data.put("outcome", closed.outcome().name());
    data.put("reason", closed.reason());
    data.put("link", conditionPage(closed.applicationId(), closed.obligationId()));
    notifications.notify(
        eventId, closed.applicationId(), Kind.ENFORCEMENT_OUTCOME, closed.applicant(), data);
    if (closed.agency() == Agency.DECIDING_AUTHORITY) {
      return;
    }
    Map<String, Object> told =
        notices.reviewerData(closed.reference(), closed.agency(), null, null, null);
    told.put("enforcement", closed.enforcementReference());
    told.put("outcome", closed.outcome().name());
    told.put("reason", closed.reason());
    told.put("link", config.publicUrl() + "/desk/enforcement/" + closed.enforcementId());
    notifications.notifyAgency(
        eventId,
        closed.applicationId(),
        Kind.ENFORCEMENT_CLOSED,
        closed.agency(),
        told,
        people -> people);
  }

  private Map<String, Object> reviewerData(
      String reference, Agency agency, LocalDate due, UUID obligationId) {
    Map<String, Object> data = notices.reviewerData(reference, agency, due, null, null);
    data.put("link", config.publicUrl() + "/desk/obligations/" + obligationId);
    return data;
  }

  private String conditionPage(UUID applicationId, UUID obligationId) {
    return config.publicUrl() + "/applications/" + applicationId + "/obligations/" + obligationId;
  }
}
