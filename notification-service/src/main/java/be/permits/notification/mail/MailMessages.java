package be.permits.notification.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of every email, in English here and in French, Dutch and German in {@code
 * messages/mail_*.properties}. Templates use them as {@code {mail:key(...)}}.
 */
@MessageBundle(value = "mail", locale = "en")
public interface MailMessages {
  @Message("Hello {name},")
  String greeting(String name);

  @Message("Application {reference} received")
  String submissionReceived_subject(String reference);

  @Message(
      "We received your application {reference}. The authorities that must review it will be"
          + " chosen now; we will tell you which.")
  String submissionReceived_body(String reference);

  @Message("Application {reference} is under review")
  String reviewOpened_subject(String reference);

  @Message("Your application {reference} is now being reviewed by:")
  String reviewOpened_body(String reference);

  @Message("Information requested on application {reference}")
  String informationRequested_subject(String reference);

  @Message(
      "The {mail:agency(agency)} asks for information on your application {reference}. Please"
          + " answer by {dueDate}:")
  String informationRequested_body(String agency, String reference, String dueDate);

  @Message("Decision on application {reference}")
  String decision_subject(String reference);

  @Message(
      "{#when outcome}{#is 'APPROVED'}Your application {reference} is approved.{#is"
          + " 'APPROVED_WITH_CONDITIONS'}Your application {reference} is approved, with these"
          + " conditions:{#else}Your application {reference} is rejected, for these"
          + " reasons:{/when}")
  String decision_body(String outcome, String reference);

  @Message("deadline {dueDate}")
  String deadline(String dueDate);

  @Message(
      "{#when agency}{#is 'URBAN_PLANNING'}Urban planning (municipality){#is 'ENVIRONMENT'}Regional"
          + " environment administration{#is 'CUSTOMS'}Customs{#is 'STATE_SECURITY'}State security"
          + " service{#is 'DATA_PROTECTION'}Data protection authority{#is 'FDI_SCREENING'}Foreign"
          + " investment screening committee{#is 'DECIDING_AUTHORITY'}Deciding authority{/when}")
  String agency(String agency);

  @Message("This message was sent automatically by the permit review service.")
  String footer();
}
