package be.permits.notification.mail;

import be.permits.notification.domain.Notification.Kind;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;

/** Writes a notification in the recipient's language, as a subject, plain text and HTML. */
@ApplicationScoped
public class MailRenderer {
  @Inject Engine engine;

  public record Rendered(String subject, String text, String html) {}

  /**
   * @param data the template's data: at least {@code name} and {@code reference}
   */
  public Rendered render(Kind kind, String locale, Map<String, Object> data) {
    MailMessages words = MessageBundles.get(MailMessages.class, Localized.Literal.of(locale));
    String reference = String.valueOf(data.get("reference"));
    String subject =
        switch (kind) {
          case SUBMISSION_RECEIVED -> words.submissionReceived_subject(reference);
          case REVIEW_OPENED -> words.reviewOpened_subject(reference);
          case INFORMATION_REQUESTED -> words.informationRequested_subject(reference);
          case DECISION -> words.decision_subject(reference);
          case INQUIRY_OPENED -> words.inquiryOpened_subject(reference);
          case DECISION_EXTENDED -> words.decisionExtended_subject(reference);
          case SCREENING_OPENED -> words.screeningOpened_subject(reference);
          case OBSERVATION_TO_CONFIRM -> words.observationToConfirm_subject(reference);
          case APPEAL_TO_CONFIRM -> words.appealToConfirm_subject(reference);
          case APPEAL_RECEIPT -> words.appealReceipt_subject(reference);
          case APPEAL_FEE -> words.appealFee_subject(reference);
          case EVIDENCE_DUE_SOON -> words.evidenceDueSoon_subject(reference);
          case EVIDENCE_LATE -> words.evidenceLate_subject(reference);
          case EVIDENCE_REVIEWED -> words.evidenceReviewed_subject(reference);
          case APPEAL_LODGED -> words.appealLodged_subject(reference);
          case APPEAL_DECIDED -> words.appealDecided_subject(reference);
          case DAILY_DIGEST -> words.digest_subject(String.valueOf(data.get("day")));
          default -> words.reviewer_subject(kind.name(), reference);
        };
    String template = kind.isForReviewers() && kind != Kind.DAILY_DIGEST ? "REVIEWER" : kind.name();
    data.put("kind", kind.name());
    return new Rendered(
        subject,
        instance(template + ".txt", locale, data),
        instance(template + ".html", locale, data));
  }

  private String instance(String template, String locale, Map<String, Object> data) {
    TemplateInstance instance = engine.getTemplate("mail/" + template).instance();
    data.forEach(instance::data);
    instance.data("locale", locale);
    return instance.setLocale(Locale.forLanguageTag(locale)).render();
  }
}
