package be.permits.permit.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the applicant's file page (decision, what happens next, requests, history, withdrawal
 * and deletion), in English here and in French, Dutch and German in {@code
 * messages/file_*.properties}. Field labels stay in {@link PageMessages}, where the shared error
 * summary looks them up by key.
 */
@MessageBundle(value = "file", locale = "en")
public interface FileMessages {

  @Message("Answer every question; at most 5,000 characters.")
  String hint_answer();

  @Message("Application {reference}")
  String file_title(String reference);

  @Message("Your application has been submitted. Its reference is {reference}.")
  String submitted_notice(String reference);

  @Message("Revision")
  String revision_label();

  @Message("Submitted on")
  String submitted_at();

  @Message("Continue the application")
  String continue_editing();

  @Message("Delete this draft")
  String delete_draft();

  @Message("Delete this draft?")
  String delete_confirm_title();

  @Message("The draft and its documents will be deleted. This cannot be undone.")
  String delete_confirm_text();

  @Message("Yes, delete the draft")
  String delete_confirm();

  @Message("Withdraw this application?")
  String withdraw_confirm_title();

  @Message(
      "The review stops and every agency is told. A withdrawn application cannot be taken up"
          + " again; you would submit a new one. Your reason:")
  String withdraw_confirm_text();

  @Message("Yes, withdraw the application")
  String withdraw_confirm();

  @Message(
      "{#when code}{#is 'answered'}Your answer has been sent to the agency."
          + "{#is 'withdrawn'}Your application is withdrawn; every agency has been told.{/when}")
  String file_done(String code);

  @Message("Decision")
  String decision_title();

  @Message("Fees")
  String fees_title();

  @Message("Conditions to keep after the permit")
  String obligations_title();

  @Message(
      "Each condition of your permit is an obligation: hand in the evidence asked by the day shown,"
          + " to the authority that set it.")
  String obligations_intro();

  @Message("Condition")
  String obligation_condition();

  @Message("Evidence to hand in")
  String obligation_evidence();

  @Message("Due")
  String obligation_due();

  @Message("Checked by")
  String obligation_agency();

  @Message("{first}{#if every}, then every {every} months{/if}")
  String obligation_schedule(String first, Integer every);

  @Message("No fee is asked for this application as it stands.")
  String fees_none();

  @Message(
      "Once you submit, these fees are asked, each with its own structured communication to give"
          + " with the bank transfer:")
  String fees_before_submit();

  @Message(
      "Pay each fee by bank transfer to {name}, IBAN {iban} (BIC {bic}), giving its structured"
          + " communication: it tells which fee you pay.")
  String fees_pay_to(String name, String iban, String bic);

  @Message("Fee")
  String fee_col_kind();

  @Message("Amount")
  String fee_col_amount();

  @Message("Structured communication")
  String fee_col_communication();

  @Message("Where it stands")
  String fee_col_status();

  @Message(
      "{#when kind}{#is 'REGIONAL_FILE_FEE'}The region's file fee"
          + "{#is 'MUNICIPAL_FEE_WITH_INQUIRY'}The municipality's fee, with a public inquiry"
          + "{#is 'MUNICIPAL_FEE'}The municipality's fee{#is 'APPEAL_FEE'}The appeal fee"
          + "{#else}A fee{/when}")
  String fee_kind(String kind);

  @Message(
      "{#when status}{#is 'OPEN'}To pay: {due}{#is 'PARTLY_PAID'}Partly paid; {due} left to pay"
          + "{#is 'PAID'}Paid{#is 'CANCELLED'}No longer asked (withdrawn before the review)"
          + "{#is 'REFUND_DUE'}To be paid back to you (withdrawn before the review)"
          + "{#else}{status}{/when}")
  String fee_status(String status, String due);

  @Message("Decided on appeal: this decision replaces the first one.")
  String decided_on_appeal();

  @Message(
      "An appeal is lodged against this decision. The appeal authority decides by {date}; until"
          + " then the decision is not final.")
  String under_appeal(String date);

  @Message("The decision's public page: who may appeal, and until when")
  String appeal_link();

  @Message(
      "{#when kind}{#is 'DECISION'}The decision{#is 'APPEAL_DECISION'}The decision on appeal"
          + "{#else}{kind}{/when}, sealed document (PDF), sealed on {date}")
  String decision_document(String kind, String date);

  @Message(
      "{#when kind}{#is 'DECISION'}The decision{#is 'APPEAL_DECISION'}The decision on appeal"
          + "{#else}{kind}{/when} is being sealed; its document will be here in a minute.")
  String decision_document_pending(String kind);

  @Message("Anyone you give it to can check its seal on the public verification page.")
  String decision_document_verify();

  @Message("Conditions")
  String decision_conditions();

  @Message("Reasons")
  String decision_reasons();

  @Message("{agency} asks for more information")
  String request_title(String agency);

  @Message("Answer by {date}.")
  String request_due(String date);

  @Message("Questions")
  String request_questions();

  @Message("A document to add to your answer (optional)")
  String answer_document();

  @Message("Send the answer")
  String answer_send();

  @Message("Other applications on the same site")
  String related_title();

  @Message("Floor area requested on this site, all these applications together: {area} m²")
  String related_total(String area);

  @Message("History")
  String history_title();

  @Message("Draft started.")
  String history_created();

  @Message("Submitted (revision 1).")
  String history_submitted();

  @Message("{agency} asked for more information:")
  String history_requested(String agency);

  @Message("You answered (revision {revision}):")
  String history_answered(Integer revision);

  @Message("{agency} wrote to you:")
  String history_note(String agency);

  @Message("Changed:")
  String history_changed();

  @Message("Decision: {status}.")
  String history_decided(String status);

  @Message("Withdrawn:")
  String history_withdrawn();

  @Message("Withdraw the application")
  String withdraw_title();

  @Message("Withdraw")
  String withdraw_button();

  @Message("What happens next")
  String next_title();

  @Message("The agencies consulted")
  String consulted_title();

  @Message("Its opinion is due by {date}.")
  String opinion_due(String date);

  @Message("It decides once every opinion is given.")
  String decides_last();

  @Message("The timetable of the procedure: each step planned and reached")
  String timetable_link();

  @Message("The check is due by {date}.")
  String check_due(String date);

  @Message("Public inquiry")
  String inquiry_title();

  @Message(
      "Anyone may read your project and send an observation from {from} to {to}; the observations"
          + " are published there once personal details are taken out.")
  String inquiry_dates(String from, String to);

  @Message("The inquiry's public page")
  String inquiry_link();

  @Message("Your answers, as submitted")
  String answers_title();

  @Message(
      "{#when status}"
          + "{#is 'SUBMITTED'}Your application is received. The coordinating officials check"
          + " that the file is complete: if something is missing, you will be asked here and"
          + " by email; once it is complete, the agencies that must review it are chosen and"
          + " you will be told which, and by when they give their opinion."
          + "{#is 'UNDER_REVIEW'}The agencies below review your application. If one needs"
          + " more information, you will be asked here and by email; the decision comes"
          + " after every opinion."
          + "{#is 'INFORMATION_REQUESTED'}An agency asks you for information: answer below"
          + " by the day it names. Its review waits for your answer; the others go on."
          + "{#is 'APPROVED'}Your permit is granted."
          + "{#is 'APPROVED_WITH_CONDITIONS'}Your permit is granted with the conditions"
          + " below; keep to them."
          + "{#is 'REJECTED'}Your permit is refused, for the reasons below."
          + "{#is 'WITHDRAWN'}You withdrew this application; nothing more happens to"
          + " it.{#else}The review goes on.{/when}")
  String next_step(String status);
}
