package be.permits.notification.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the inbox pages, in English here and in French, Dutch and German in {@code
 * messages/msg_*.properties}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface InboxMessages {
  @Message("Inbox")
  String inbox_title();

  @Message("Search my messages")
  String inbox_search();

  @Message("A reference, or words of the subject.")
  String inbox_search_hint();

  @Message("Only unread messages")
  String inbox_unread_only();

  @Message("Search")
  String inbox_search_button();

  @Message("No message matches.")
  String inbox_none_found();

  @Message(
      "{#when count}{#is 0}Nothing unread.{#is 1}1 unread message.{#else}{count} unread messages.{/when}")
  String unread(int count);

  @Message("Mark all as read")
  String read_all();

  @Message("Mark as read")
  String read_one();

  @Message("unread")
  String unread_tag();

  @Message("No messages yet.")
  String empty();

  @Message("Email: {status}")
  String delivery(String status);

  @Message(
      "{#when status}{#is 'PENDING'}being sent{#is 'SENT'}sent{#is 'FAILED'}failed"
          + "{#is 'SKIPPED'}not sent{#is 'DIGEST'}in the next daily summary"
          + "{#is 'DIGESTED'}sent in a daily summary{#else}{status}{/when}")
  String delivery_status(String status);

  @Message("My choices")
  String preferences_title();

  @Message("Your choices are saved.")
  String saved();

  @Message("Language of my messages")
  String field_locale();

  @Message("As in my profile")
  String locale_profile();

  @Message(
      "{#when lang}{#is 'fr'}Français{#is 'nl'}Nederlands{#is 'de'}Deutsch{#else}English{/when}")
  String language_name(String lang);

  @Message("Send me by email")
  String field_emailed();

  @Message("Messages I do not choose here still appear in my inbox.")
  String emailed_hint();

  @Message(
      "{#when kind}{#is 'SUBMISSION_RECEIVED'}My application was received"
          + "{#is 'REVIEW_OPENED'}The review of my application started"
          + "{#is 'INFORMATION_REQUESTED'}An agency asks me for information"
          + "{#is 'DECISION'}The decision on my application"
          + "{#is 'INQUIRY_OPENED'}A public inquiry on my application"
          + "{#is 'DECISION_EXTENDED'}The decision period on my application is extended"
          + "{#is 'OBSERVATION_TO_CONFIRM'}My observation to confirm"
          + "{#is 'SCREENING_OPENED'}A foreign investment screening of my application"
          + "{#is 'APPEAL_TO_CONFIRM'}My appeal to confirm{#is 'APPEAL_RECEIPT'}My appeal is lodged{#is 'APPEAL_LODGED'}An appeal against the decision on my application{#is 'APPEAL_DECIDED'}The decision on appeal{#is 'APPEAL_FEE'}The fee of my appeal"
          + "{#is 'STEP_OPENED'}A new case for my agency{#is 'STEP_OVERDUE'}A step is overdue"
          + "{#is 'ANSWER_RECEIVED'}The applicant answered my agency"
          + "{#is 'CONFIRMATION_NEEDED'}A decision awaits my confirmation"
          + "{#is 'PROPOSAL_RETURNED'}My proposed decision was returned to me"
          + "{#is 'DECISION_OPENED'}A case is ready for the decision"
          + "{#is 'EVIDENCE_RECEIVED'}Evidence to review for a condition my agency set"
          + "{#is 'EVIDENCE_OVERDUE'}Evidence overdue for a condition my agency set"
          + "{#is 'ENFORCEMENT_OPENED'}An enforcement case is open"
          + "{#is 'ENFORCEMENT_CLOSED'}An enforcement case is closed"
          + "{#is 'ENFORCEMENT_OUTCOME'}How the enforcement case on my permit ended"
          + "{#is 'STEP_HANDED_OVER'}A step is now in my hands"
          + "{#is 'EVIDENCE_DUE_SOON'}Evidence due soon for a condition of my permit"
          + "{#is 'EVIDENCE_LATE'}Evidence overdue for a condition of my permit"
          + "{#is 'EVIDENCE_REVIEWED'}The authority's finding on my evidence"
          + "{#is 'DAILY_DIGEST'}The daily summary{#else}{kind}{/when}")
  String kind(String kind);

  @Message("My agency receives new cases")
  String field_dailyDigest();

  @Message("in one email per case")
  String digest_off();

  @Message("in one daily summary")
  String digest_on();

  @Message("Save my choices")
  String save();

  @Message(
      "{#when kind}"
          + "{#is 'SUBMISSION_RECEIVED'}Nothing to do for now: the review starts once the"
          + " file is found complete."
          + "{#is 'INQUIRY_OPENED'}Read the observations on the inquiry's public page as"
          + " they are published."
          + "{#is 'OBSERVATION_TO_CONFIRM'}Confirm the observation on the page of the link."
          + "{#is 'SCREENING_OPENED'}Nothing to do: the committee's opinion comes by its new date."
          + "{#is 'APPEAL_TO_CONFIRM'}Confirm the appeal on the page of the link.{#is 'APPEAL_RECEIPT'}Nothing to do: the appeal authority will send its decision.{#is 'APPEAL_LODGED'}Nothing to do: the appeal authority decides by the date given; the decision is not final until then.{#is 'APPEAL_DECIDED'}Read the decision on appeal, which replaces the first one, on its public page.{#is 'APPEAL_FEE'}Pay the appeal fee with its structured communication."
          + "{#is 'DECISION_EXTENDED'}Nothing to do: the decision comes by its new date."
          + "{#is 'REVIEW_OPENED'}The agencies review your application; you will be told of"
          + " any question and of the decision."
          + "{#is 'INFORMATION_REQUESTED'}Answer the questions on your application's"
          + " page."
          + "{#is 'DECISION'}Read the decision, its conditions and its reasons on your"
          + " application's page."
          + "{#is 'STEP_OPENED'}Claim the step on the desk and review the case."
          + "{#is 'STEP_OVERDUE'}Decide the step or hand it to a colleague: it is past its"
          + " deadline.{#is 'ANSWER_RECEIVED'}Read the answer and review the case again."
          + "{#is 'CONFIRMATION_NEEDED'}Confirm the proposed decision, or return it with"
          + " your reason.{#is 'PROPOSAL_RETURNED'}Read why, then propose again."
          + "{#is 'DECISION_OPENED'}Decide the case: every agency has given its opinion."
          + "{#is 'EVIDENCE_RECEIVED'}Review the evidence on the desk."
          + "{#is 'EVIDENCE_OVERDUE'}Decide on the desk whether the missing evidence is a breach."
          + "{#is 'ENFORCEMENT_OPENED'}Read the enforcement case on the desk."
          + "{#is 'ENFORCEMENT_CLOSED'}Read how it ended on the desk."
          + "{#is 'ENFORCEMENT_OUTCOME'}Nothing to do: the authority's reason follows."
          + "{#is 'STEP_HANDED_OVER'}Open the case on the desk and work the step."
          + "{#is 'EVIDENCE_DUE_SOON'}Hand in the evidence on the condition's page."
          + "{#is 'EVIDENCE_LATE'}Hand in the evidence now on the condition's page."
          + "{#is 'EVIDENCE_REVIEWED'}Read the finding on the condition's page."
          + "{#is 'DAILY_DIGEST'}Open the new cases on the desk.{#else}Open it to see what"
          + " is asked.{/when}")
  String todo(String kind);

  @Message("By {date}.")
  String due_by(String date);

  @Message("Open application {reference}")
  String open_reference(String reference);

  @Message("Open")
  String open();

  @Message("{#if total == 1}One message.{#else}{count} messages; {from} to {to} shown.{/if}")
  String inbox_count(long total, String count, String from, String to);

  @Message("Pages of my messages")
  String pagination();

  @Message("Newer messages")
  String page_newer();

  @Message("Older messages")
  String page_older();
}
