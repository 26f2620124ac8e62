package be.permits.review.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of a decision's public page, its appeal form, and the appeals on the desk, in English here
 * and in French, Dutch and German in {@code messages/appeal_*.properties}. The form's field labels
 * are in {@link DeskMessages}, where the shared error summary looks them up by key.
 */
@MessageBundle(value = "appeal", locale = "en")
public interface AppealMessages {

  @Message("Decision on application {reference}")
  String title(String reference);

  @Message("{applicant} applied for a permit for this site.")
  String lead(String applicant);

  @Message(
      "{#when outcome}{#is 'APPROVED'}The permit is granted."
          + "{#is 'APPROVED_WITH_CONDITIONS'}The permit is granted, with conditions."
          + "{#is 'REJECTED'}The permit is refused.{#else}{outcome}{/when}")
  String outcome(String outcome);

  @Message("Decided on {date}.")
  String decided_on(String date);

  @Message("Decided on appeal: this decision replaces the first one.")
  String decided_on_appeal();

  @Message(
      "An appeal is lodged. The appeal authority decides by {date}; until then, this decision"
          + " is not final.")
  String under_appeal(String date);

  @Message("Conditions")
  String conditions_title();

  @Message("Who may appeal, and until when")
  String windows_title();

  @Message("{who}: until {date}, included")
  String window(String who, String date);

  @Message(
      "{#when who}{#is 'APPLICANT'}The applicant"
          + "{#is 'OFFICIALS'}The coordinating officials"
          + "{#is 'THIRD_PARTIES'}Anyone with an interest (neighbours, associations)"
          + "{#else}{who}{/when}")
  String capacity(String who);

  @Message("The time to appeal this decision has ended.")
  String windows_closed();

  @Message("Appeal against the decision")
  String form_title();

  @Message(
      "Write the grounds of your appeal. You then receive an email to confirm the appeal: it is"
          + " lodged on the day you send it, once confirmed.{#if fee} Once lodged, you receive by"
          + " email how to pay the appeal fee (the amount, the account and a structured"
          + " communication); the appeal is decided once it is paid.{/if}")
  String form_lead(boolean fee);

  @Message(
      "Your name, address and grounds go to the appeal authority, the deciding authority and the"
          + " coordinating officials; they are not published. As the applicant, use the email"
          + " address of your account.")
  String form_privacy();

  @Message("Send the appeal")
  String form_send();

  @Message(
      "{#when code}{#is 'sent'}Your appeal is received. Open the link in the email we sent you"
          + " to confirm it: it is lodged once confirmed."
          + "{#is 'confirmed'}Your appeal is lodged. The appeal authority will tell you its"
          + " decision."
          + "{#else}Done.{/when}")
  String done(String code);

  @Message(
      "{#when code}{#is 'appeal-late'}The time to appeal has ended: this appeal cannot be taken."
          + "{#is 'appeal-decided'}The appeal authority has already decided."
          + "{#is 'appeal-limit'}This address has sent as many appeals as it may."
          + "{#is 'confirmation-expired'}The time to confirm this appeal has passed."
          + "{#else}This is not possible now.{/when}")
  String refusal(String code);

  @Message("Confirm your appeal")
  String confirm_title();

  @Message(
      "You sent an appeal against the decision on application {reference}. Confirm that it is yours:")
  String confirm_text(String reference);

  @Message("Confirm")
  String confirm_button();

  @Message("The application's timetable")
  String timetable_link();

  // ---- on the desk ----
  @Message("Decision and appeals")
  String desk_title();

  @Message("{outcome} Decided on {date}.")
  String desk_decision(String outcome, String date);

  @Message("No appeal is lodged.")
  String desk_none();

  @Message("{name}, {capacity}, sent on {date}")
  String desk_appeal(String name, String capacity, String date);

  @Message("Interest")
  String desk_interest();

  @Message("Grounds")
  String desk_grounds();

  @Message("Address")
  String desk_address();

  @Message("Attached document")
  String desk_document();

  @Message("Proof that the fee was paid")
  String desk_fee_proof();

  @Message("Appeal fee")
  String desk_fee();

  @Message(
      "{#if paidOn}Paid on {paidOn}.{#else}Not paid yet: the appeal is decided once it is.{/if}")
  String desk_fee_status(String paidOn);

  @Message("The decision's public page")
  String desk_public_page();

  @Message("The officials' appeal")
  String desk_officials_title();

  @Message("Lodge the officials' appeal")
  String desk_officials_send();
}
