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
      "We received your application {reference}. The coordinating officials first check that the"
          + " file is complete: we will tell you if anything is missing, and then which"
          + " authorities review it.")
  String submissionReceived_body(String reference);

  @Message("Public inquiry on application {reference}")
  String inquiryOpened_subject(String reference);

  @Message(
      "A public inquiry on your application {reference} runs from {from} to {to}. Anyone may read"
          + " the project on its public page and send an observation; you will read them there,"
          + " once published:")
  String inquiryOpened_body(String reference, String from, String to);

  @Message("Decision period extended on application {reference}")
  String decisionExtended_subject(String reference);

  @Message(
      "The decision period on your application {reference} is extended by {days} days. The"
          + " decision is now due by {until}. The reason given:")
  String decisionExtended_body(String reference, String days, String until);

  @Message("Foreign investment screening on application {reference}")
  String screeningOpened_subject(String reference);

  @Message(
      "The foreign investment screening committee has opened a screening of your application"
          + " {reference}, for {days} more days: its opinion is now due by {until}. The reason"
          + " given:")
  String screeningOpened_body(String reference, String days, String until);

  @Message("Confirm your observation on {reference}")
  String observationToConfirm_subject(String reference);

  @Message(
      "You sent an observation to the public inquiry {reference}. It counts once you confirm it,"
          + " by {until}, on this page:")
  String observationToConfirm_body(String reference, String until);

  @Message("If you did not send it, ignore this message: nothing will be done with it.")
  String observationToConfirm_ignore();

  @Message("Confirm your appeal against the decision on {reference}")
  String appealToConfirm_subject(String reference);

  @Message(
      "You sent an appeal against the decision on application {reference}. It is lodged, on the"
          + " day you sent it, once you confirm it, by {until}, on this page:")
  String appealToConfirm_body(String reference, String until);

  @Message("Your appeal against the decision on {reference} is lodged")
  String appealReceipt_subject(String reference);

  @Message(
      "Your appeal against the decision on application {reference}, sent on {sent}, is lodged."
          + " The appeal authority decides by {due}; we will send you its decision.")
  String appealReceipt_body(String reference, String sent, String due);

  @Message("Pay the fee of your appeal on application {reference}")
  String appealFee_subject(String reference);

  @Message(
      "For your appeal against the decision on application {reference} to be decided, pay the"
          + " appeal fee of {amount} to {beneficiary}, IBAN {iban}, BIC {bic}, with this structured"
          + " communication: {communication}. The appeal authority decides once the payment is"
          + " on the authority's account.")
  String appealFee_body(
      String reference,
      String amount,
      String beneficiary,
      String iban,
      String bic,
      String communication);

  @Message("An appeal against the decision on application {reference}")
  String appealLodged_subject(String reference);

  @Message(
      "An appeal was lodged on {sent} against the decision on your application {reference}, by"
          + " {capacity}. The appeal authority decides by {due}; until then the decision is not"
          + " final. Its public page:")
  String appealLodged_body(String reference, String sent, String capacity, String due);

  @Message(
      "{#when capacity}{#is 'APPLICANT'}the applicant{#is 'OFFICIALS'}the coordinating officials"
          + "{#else}a person with an interest{/when}")
  String appellant(String capacity);

  @Message("Decision on appeal on application {reference}")
  String appealDecided_subject(String reference);

  @Message(
      "The appeal authority decided on the appeal against the decision on application"
          + " {reference}: {#when outcome}{#is 'APPROVED'}the permit is granted"
          + "{#is 'APPROVED_WITH_CONDITIONS'}the permit is granted, with conditions"
          + "{#else}the permit is refused{/when}. This decision replaces the first one. Read it,"
          + " with its conditions, on its public page:")
  String appealDecided_body(String reference, String outcome);

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

  @Message(
      "The sealed decision document (PDF) will be on your file within minutes, to download once"
          + " signed in:")
  String decision_document();

  @Message("deadline {dueDate}")
  String deadline(String dueDate);

  @Message(
      "{#when agency}{#is 'URBAN_PLANNING'}Urban planning (municipality){#is 'ENVIRONMENT'}Regional"
          + " environment administration{#is 'CUSTOMS'}Customs{#is 'STATE_SECURITY'}State security"
          + " service{#is 'DATA_PROTECTION'}Data protection authority{#is 'FDI_SCREENING'}Foreign"
          + " investment screening committee{#is 'DECIDING_AUTHORITY'}Deciding authority"
          + "{#is 'APPEAL_AUTHORITY'}Appeal authority{#is 'COORDINATION'}Coordinating officials{/when}")
  String agency(String agency);

  @Message(
      "{#when kind}{#is 'STEP_OPENED'}New case {reference} for your agency"
          + "{#is 'STEP_OVERDUE'}Case {reference}: your agency's step is overdue"
          + "{#is 'ANSWER_RECEIVED'}Case {reference}: the applicant answered"
          + "{#is 'CONFIRMATION_NEEDED'}Case {reference}: a decision awaits your confirmation"
          + "{#is 'PROPOSAL_RETURNED'}Case {reference}: your proposal was returned"
          + "{#is 'DECISION_OPENED'}Case {reference} is ready for the decision"
          + "{#is 'EVIDENCE_RECEIVED'}Permit {reference}: evidence to review"
          + "{#is 'EVIDENCE_OVERDUE'}Permit {reference}: evidence overdue"
          + "{#is 'ENFORCEMENT_OPENED'}Permit {reference}: an enforcement case is open"
          + "{#is 'ENFORCEMENT_CLOSED'}Permit {reference}: the enforcement case is closed"
          + "{#is 'STEP_HANDED_OVER'}Case {reference}: a step is now in your hands"
          + "{#else}Case {reference}{/when}")
  String reviewer_subject(String kind, String reference);

  @Message(
      "{#when kind}{#is 'STEP_OPENED'}Application {reference} needs the review of the"
          + " {mail:agency(agency)}, by {dueDate}."
          + "{#is 'STEP_OVERDUE'}The step of the {mail:agency(agency)} on application {reference}"
          + " passed its deadline of {dueDate} undecided and is escalated."
          + "{#is 'ANSWER_RECEIVED'}The applicant answered the request of the"
          + " {mail:agency(agency)} on application {reference} (revision {revision}); the step is"
          + " open again."
          + "{#is 'CONFIRMATION_NEEDED'}A reviewer of the {mail:agency(agency)} proposed a"
          + " decision on application {reference}; a second reviewer must confirm it."
          + "{#is 'PROPOSAL_RETURNED'}A reviewer of the {mail:agency(agency)} did not confirm your"
          + " proposed decision on application {reference} and returned it to you; the step is"
          + " open again for you. Their reason:"
          + "{#is 'DECISION_OPENED'}Every advisory step on application {reference} is decided;"
          + " the decision is due by {dueDate}."
          + "{#is 'EVIDENCE_RECEIVED'}The operator handed in evidence for a condition the"
          + " {mail:agency(agency)} set on permit {reference}; review it on the desk."
          + "{#is 'EVIDENCE_OVERDUE'}The evidence due on {dueDate} for a condition the"
          + " {mail:agency(agency)} set on permit {reference} has not come; decide on the desk"
          + " whether it is a breach."
          + "{#is 'ENFORCEMENT_OPENED'}The {mail:agency(agency)} found a breach of a condition of"
          + " permit {reference} and opened an enforcement case. Its reason:"
          + "{#is 'ENFORCEMENT_CLOSED'}The deciding authority closed the enforcement case that the"
          + " breach found by the {mail:agency(agency)} opened on permit {reference}."
          + "{#is 'STEP_HANDED_OVER'}The step of the {mail:agency(agency)} on application"
          + " {reference}, due by {dueDate}, is now in your hands.{/when}")
  String reviewer_body(
      String kind, String reference, String agency, String dueDate, String revision);

  @Message("Evidence due soon for your permit {reference}")
  String evidenceDueSoon_subject(String reference);

  @Message(
      "A condition of your permit {reference} asks for evidence by {due}: {condition} Hand it in"
          + " on the condition's page:")
  String evidenceDueSoon_body(String reference, String condition, String due);

  @Message("Evidence overdue for your permit {reference}")
  String evidenceLate_subject(String reference);

  @Message(
      "The evidence due on {due} for a condition of your permit {reference} has not come:"
          + " {condition} The authority that set the condition is told and may find a breach. Hand"
          + " it in on the condition's page:")
  String evidenceLate_body(String reference, String condition, String due);

  @Message("The authority's finding on a condition of your permit {reference}")
  String evidenceReviewed_subject(String reference);

  @Message(
      "{#when outcome}{#is 'ACCEPTED'}The authority accepted your evidence for a condition of"
          + " your permit {reference}.{#if nextDue} The next is due by {nextDue}.{/if}"
          + "{#is 'MORE_INFORMATION'}The authority needs more information on your evidence for a"
          + " condition of your permit {reference}. Its words:"
          + "{#is 'BREACH'}The authority found that a condition of your permit {reference} is not"
          + " kept, and opened enforcement case {enforcement}. Its words:{/when}")
  String evidenceReviewed_body(
      String outcome, String reference, String nextDue, String enforcement);

  @Message("The condition's page:")
  String evidence_link();

  @Message(
      "{#when outcome}{#is 'REMEDIED'}Outcome: put right, the condition is kept again."
          + "{#is 'SANCTIONED'}Outcome: an administrative sanction was imposed."
          + "{#is 'UNFOUNDED'}Outcome: unfounded, the condition was not breached after all.{/when}")
  String enforcement_outcome(String outcome);

  @Message(
      "Enforcement case {enforcement} on your permit {reference}: {#when outcome}{#is 'REMEDIED'}"
          + "closed, put right{#is 'SANCTIONED'}closed with a sanction{#is 'UNFOUNDED'}closed,"
          + " unfounded{/when}")
  String enforcementOutcome_subject(String enforcement, String reference, String outcome);

  @Message(
      "The deciding authority closed enforcement case {enforcement}, opened because a condition"
          + " of your permit {reference} was found not kept.")
  String enforcementOutcome_body(String enforcement, String reference);

  @Message("Its words:")
  String enforcement_words();

  @Message("New cases for your agency, summary of {day}")
  String digest_subject(String day);

  @Message("Since the last summary, these cases were opened for your agency:")
  String digest_intro();

  @Message(
      "{#when why}{#is 'ABSENCE_BEGAN'}You stand in for"
          + " {#if absent}{absent}{#else}a colleague{/if}, who is away until {until};"
          + " the step goes back to them when they return, unless you or a colleague takes it."
          + "{#is 'ABSENCE_ENDED'}You are back: the step your colleague held for you is yours"
          + " again.{#else}A colleague handed it to you.{/when}")
  String handed_why(String why, String absent, String until);

  @Message("You receive this message for {absent}, who is away until {until}.")
  String on_behalf(String absent, String until);

  @Message("Open the case on the agency desk:")
  String reviewer_link();

  @Message("This message was sent automatically by the permit review service.")
  String footer();
}
