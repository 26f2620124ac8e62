package be.permits.notification.service;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.permit.PermitAppealFeeInvoiced;
import be.permits.contracts.review.ReviewAppealDecided;
import be.permits.contracts.review.ReviewAppealLodged;
import be.permits.contracts.review.ReviewAppealReceived;
import be.permits.notification.config.NotificationsConfig;
import be.permits.notification.domain.Notification.Kind;
import be.permits.support.time.SuiteTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/**
 * Who is told what of an appeal: its sender, who may have no account, confirms it and gets a
 * receipt; the applicant learns that the decision is not final; the appeal authority, that an
 * appeal waits; everyone, the decision on appeal. Each method runs in the consumer's transaction.
 */
@ApplicationScoped
public class AppealNotices {
  @Inject Notifications notifications;
  @Inject NotificationsConfig config;
  @Inject Notices notices;

  /**
   * The appellant is told how to pay the appeal fee: the amount, the account, the communication.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void feeInvoiced(UUID eventId, PermitAppealFeeInvoiced fee) {
    java.text.NumberFormat money =
        java.text.NumberFormat.getCurrencyInstance(
            java.util.Locale.forLanguageTag(fee.payer().locale()));
    money.setCurrency(java.util.Currency.getInstance(fee.currency()));
    notifications.notify(
        eventId,
        fee.applicationId(),
        Kind.APPEAL_FEE,
        fee.payer(),
        Map.of(
            "reference", fee.reference(),
            "amount", money.format(fee.amountCents() / 100.0),
            "beneficiary", fee.beneficiaryName(),
            "iban", fee.iban(),
            "bic", fee.bic(),
            "communication", fee.communication()));
  }

  /** The sender of an appeal is asked to confirm it, by a link sent to that address alone. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void appealReceived(UUID eventId, ReviewAppealReceived received) {
    String locale = received.appellant().locale();
    notifications.notify(
        eventId,
        received.applicationId(),
        Kind.APPEAL_TO_CONFIRM,
        received.appellant(),
        Map.of(
            "reference", received.reference(),
            "until",
                Notices.longDate(received.confirmBy().atZone(SuiteTime.ZONE).toLocalDate(), locale),
            "link", config.publicUrl() + "/appeals/confirmations/" + received.confirmationToken()));
  }

  /**
   * An appeal is lodged: the appellant gets a receipt, the applicant learns that the decision is
   * not final, and the appeal authority's reviewers that an appeal waits for them.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void appealLodged(UUID eventId, ReviewAppealLodged lodged) {
    String link = config.publicUrl() + "/appeals/" + lodged.reference();
    String appellantLocale = lodged.appellant().locale();
    notifications.notify(
        eventId,
        lodged.applicationId(),
        Kind.APPEAL_RECEIPT,
        lodged.appellant(),
        Map.of(
            "reference", lodged.reference(),
            "sent", Notices.longDate(lodged.sentOn(), appellantLocale),
            "due", Notices.longDate(lodged.decisionDueDate(), appellantLocale)));
    String locale = lodged.applicant().locale();
    notifications.notify(
        eventId,
        lodged.applicationId(),
        Kind.APPEAL_LODGED,
        lodged.applicant(),
        Map.of(
            "reference", lodged.reference(),
            "sent", Notices.longDate(lodged.sentOn(), locale),
            "due", Notices.longDate(lodged.decisionDueDate(), locale),
            "capacity", lodged.capacity(),
            "link", link));
    if (!lodged.opensTheAppeal()) {
      return;
    }
    notifications.notifyAgency(
        eventId,
        lodged.applicationId(),
        Kind.STEP_OPENED,
        Agency.APPEAL_AUTHORITY,
        notices.reviewerData(
            lodged.reference(),
            Agency.APPEAL_AUTHORITY,
            lodged.decisionDueDate(),
            null,
            lodged.caseId()),
        people -> people);
  }

  /**
   * The applicant and every appellant are told the decision on appeal, which replaces the first.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void appealDecided(UUID eventId, ReviewAppealDecided decided) {
    String publicPage = config.publicUrl() + "/appeals/" + decided.reference();
    // The applicant downloads the sealed decision on appeal from the file; appellants read the
    // public page.
    Map<String, Object> data =
        Map.of(
            "reference",
            decided.reference(),
            "outcome",
            decided.outcome(),
            "link",
            publicPage,
            "document",
            "");
    notifications.notify(
        eventId,
        decided.applicationId(),
        Kind.APPEAL_DECIDED,
        decided.applicant(),
        Map.of(
            "reference",
            decided.reference(),
            "outcome",
            decided.outcome(),
            "link",
            publicPage,
            "document",
            config.publicUrl()
                + "/applications/"
                + decided.applicationId()
                + "/decisions/APPEAL_DECISION"));
    for (Contact appellant : decided.appellants()) {
      // An applicant who appealed is told once, as the applicant.
      if (appellant.email() == null
          || !appellant.email().equalsIgnoreCase(String.valueOf(decided.applicant().email()))) {
        notifications.notify(
            eventId, decided.applicationId(), Kind.APPEAL_DECIDED, appellant, data);
      }
    }
  }
}
