package be.permits.notification.mail;

import be.permits.notification.domain.Notification.Kind;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Writes a notification in the recipient's language, as a subject, plain text and HTML. */
@ApplicationScoped
public class MailRenderer {
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @Inject Engine engine;

  public record Rendered(String subject, String text, String html) {}

  /**
   * @param data the template's data: at least {@code name} and {@code reference}
   */
  public Rendered render(Kind kind, String locale, Map<String, Object> given) {
    Map<String, Object> data = inWords(given, Locale.forLanguageTag(locale));
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
          case ENFORCEMENT_OUTCOME ->
              words.enforcementOutcome_subject(
                  String.valueOf(data.get("enforcement")),
                  reference,
                  String.valueOf(data.get("outcome")));
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

  /**
   * The data with every day in the reader's words ("1 februari 2027"): days travel as ISO dates,
   * since one message goes to an agency's reviewers in their several languages and the inbox keeps
   * them as dates. A copy, so that the caller's data stays as it was.
   */
  static Map<String, Object> inWords(Map<String, Object> data, Locale locale) {
    Map<String, Object> copy = new HashMap<>();
    data.forEach((key, value) -> copy.put(key, dayInWords(value, locale)));
    return copy;
  }

  private static Object dayInWords(Object value, Locale locale) {
    if (value instanceof String text && ISO_DAY.matcher(text).matches()) {
      return LocalDate.parse(text)
          .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new HashMap<>();
      map.forEach((key, inner) -> copy.put(key, dayInWords(inner, locale)));
      return copy;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(inner -> dayInWords(inner, locale)).toList();
    }
    return value;
  }

  private String instance(String template, String locale, Map<String, Object> data) {
    TemplateInstance instance = engine.getTemplate("mail/" + template).instance();
    data.forEach(instance::data);
    instance.data("locale", locale);
    return instance.setLocale(Locale.forLanguageTag(locale)).render();
  }
}
