package be.permits.review.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the desk's obligation and enforcement pages, in English here and in French, Dutch and
 * German in {@code messages/obl_*.properties}.
 */
@MessageBundle(value = "obl", locale = "en")
public interface ObligationMessages {
  @Message("Obligations after the permit")
  String list_title();

  @Message(
      "The conditions your agency set on granted permits, as the operators' obligations: evidence"
          + " to review first, then the overdue, then by due date.")
  String list_intro();

  @Message(
      "No obligation yet: they are set when a permit is granted with your agency's conditions.")
  String list_none();

  @Message("Application")
  String col_reference();

  @Message("Site")
  String col_site();

  @Message("Condition")
  String col_condition();

  @Message("Next evidence due")
  String col_next_due();

  @Message("Where it stands")
  String col_state();

  @Message(
      "{#when state}{#is 'TO_REVIEW'}Evidence to review{#is 'AWAITED'}{#if overdue}Overdue{#else}"
          + "Evidence awaited{/if}{#is 'FULFILLED'}Fulfilled{#is 'BREACHED'}Breached{/when}")
  String state(String state, boolean overdue);

  @Message("Obligation · {reference}")
  String title(String reference);

  @Message("Obligation on {reference}")
  String heading(String reference);

  @Message("Back to the obligations")
  String back();

  @Message("The case")
  String case_link();

  @Message("Operator")
  String operator();

  @Message("Evidence asked")
  String evidence_asked();

  @Message("Schedule")
  String schedule();

  @Message("{#if months}Every {months} months, the first by {first}{#else}Once, by {first}{/if}")
  String schedule_text(Integer months, String first);

  @Message("Evidence handed in")
  String evidence_title();

  @Message("No evidence handed in yet.")
  String evidence_none();

  @Message("Handed in on {submitted}, for the evidence due on {due}")
  String evidence_item(String submitted, String due);

  @Message("Download {file} ({size})")
  String download(String file, String size);

  @Message("SHA-256 of the document: {hash}")
  String hash(String hash);

  @Message(
      "{#when outcome}{#is 'ACCEPTED'}Accepted: the condition is kept{#is 'MORE_INFORMATION'}More"
          + " information needed{#is 'BREACH'}Breach: an enforcement case is opened{/when}")
  String outcome(String outcome);

  @Message("Not reviewed yet")
  String not_reviewed();

  @Message("Reviewed on {day} by {name}")
  String reviewed_by(String day, String name);

  @Message("Reason given to the operator")
  String reason();

  @Message("Review the latest evidence")
  String review_title();

  @Message("Your finding")
  String field_outcome();

  @Message("Reason for the operator")
  String field_reason();

  @Message("Needed unless you accept. The operator reads it as written.")
  String hint_reason();

  @Message("Record the finding")
  String submit_review();

  @Message("Evidence overdue")
  String missing_title();

  @Message(
      "The evidence due on {due} has not come. You may find a breach, which opens an enforcement"
          + " case on your desk and the deciding authority's.")
  String missing_intro(String due);

  @Message("Find a breach")
  String submit_breach();

  @Message(
      "{#when done}{#is 'ACCEPTED'}The evidence is accepted.{#is 'MORE_INFORMATION'}The operator"
          + " is asked for more information.{#is 'BREACH'}The breach is recorded and an enforcement"
          + " case is open.{/when}")
  String done(String done);

  @Message(
      "{#when code}{#is 'evidence-reviewed'}This evidence has been reviewed already.{#is"
          + " 'not-overdue'}Without evidence, a breach can be found only once the due date has"
          + " passed.{#is 'permit-refused'}The permit was refused on appeal: its conditions bind no"
          + " one.{#is 'enforcement-closed'}This enforcement case is closed already.{#else}This is not possible as the obligation stands now.{/when}")
  String refusal(String code);

  @Message("Enforcement cases")
  String enforcement_title();

  @Message(
      "Breaches of a permit's conditions, found by the agency that set them: the deciding"
          + " authority acts on the permit.")
  String enforcement_intro();

  @Message("No enforcement case.")
  String enforcement_none();

  @Message("Enforcement case")
  String col_enforcement();

  @Message("Found by")
  String col_agency();

  @Message("Opened on")
  String col_opened();

  @Message("Enforcement case {reference}")
  String enforcement_heading(String reference);

  @Message("Back to the enforcement cases")
  String enforcement_back();

  @Message("Opened on {day} by {name}, {agency}.")
  String opened_by(String day, String name, String agency);

  @Message("Why it is a breach")
  String breach_reason();

  @Message("The evidence found a breach")
  String breach_evidence();

  @Message("No evidence came by {due}.")
  String breach_missing(String due);

  @Message("The obligation")
  String obligation_link();

  @Message("Where it stands")
  String col_enforcement_state();

  @Message(
      "{#when state}{#is 'REMEDIED'}Closed: put right{#is 'SANCTIONED'}Closed: sanctioned"
          + "{#is 'UNFOUNDED'}Closed: unfounded{#else}Open{/when}")
  String enforcement_status(String state);

  @Message(
      "{#when outcome}{#is 'REMEDIED'}Put right: the operator keeps the condition again"
          + "{#is 'SANCTIONED'}Sanctioned: an administrative sanction was imposed"
          + "{#is 'UNFOUNDED'}Unfounded: the condition was not breached after all{/when}")
  String enforcement_outcome(String outcome);

  @Message("Close the case")
  String close_title();

  @Message(
      "As the deciding authority, record how the case ends. The operator and the agency that"
          + " found the breach are told the outcome and your reason. Withdrawing the permit is a"
          + " decision of its own.")
  String close_intro();

  @Message("Outcome")
  String field_enforcement_outcome();

  @Message("The operator reads it as it is: what was put right, or the sanction and why.")
  String hint_closing_reason();

  @Message("Close the case")
  String submit_close();

  @Message("The case is closed; the operator and the agency are told.")
  String closed_done();

  @Message("How it ended")
  String closing_title();

  @Message("Closed on {day} by {name}.")
  String closed_by(String day, String name);
}
