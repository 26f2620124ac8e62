package be.permits.review.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the agency desk, in English here and in French, Dutch and German in {@code
 * messages/msg_*.properties}. Labels of form fields are named {@code field_<name>}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface DeskMessages {
  @Message("Agency desk")
  String desk_title();

  @Message("Queue of {agency}")
  String queue_title(String agency);

  @Message("Status of our step")
  String filter_status();

  @Message("All")
  String filter_all();

  @Message("Overdue only")
  String filter_overdue();

  @Message("Held by me")
  String filter_mine();

  @Message("Show")
  String filter_apply();

  @Message("No case matches.")
  String queue_empty();

  @Message(
      "{#when status}{#is 'OPEN'}Open{#is 'INFORMATION_REQUESTED'}Waiting for the applicant"
          + "{#is 'PROPOSED'}Proposed, awaiting confirmation{#is 'DECIDED'}Decided"
          + "{#is 'CLOSED'}Closed{#else}{status}{/when}")
  String step_status(String status);

  @Message("Reference")
  String col_reference();

  @Message("Site")
  String col_site();

  @Message("Our step")
  String col_status();

  @Message("Deadline")
  String col_due();

  @Message("Held by")
  String col_holder();

  @Message("Agency")
  String col_agency();

  @Message("Decision")
  String col_decision();

  @Message("overdue")
  String overdue();

  @Message("nobody (in the queue)")
  String unassigned();

  @Message("you")
  String you();

  @Message("Case {reference}")
  String case_title(String reference);

  @Message("Revision under review: {revision}. Routed by rules {version}.")
  String case_revision(int revision, String version);

  @Message("Why your agency reviews: {reason}")
  String case_why(String reason);

  @Message("Steps of every agency")
  String steps_title();

  @Message("Changed since your agency last reviewed (revision {from} to {to})")
  String changes_title(Integer from, int to);

  @Message("Field")
  String col_field();

  @Message("Before")
  String col_before();

  @Message("After")
  String col_after();

  @Message("The application")
  String application_title();

  @Message("Applicant")
  String app_organisation();

  @Message("Enterprise number")
  String app_enterprise_number();

  @Message("Ultimate parent")
  String app_parent();

  @Message("Voting rights held from outside the EU and EEA")
  String app_non_eu_share();

  @Message("Site and parcels")
  String app_site();

  @Message("Airside access")
  String app_airside();

  @Message("Project")
  String app_project();

  @Message("Floor area, today and requested (m²)")
  String app_floor_area();

  @Message("Investment (EUR) and jobs")
  String app_investment();

  @Message("Environmental class, around the clock, hazardous goods")
  String app_environment();

  @Message("Information systems")
  String app_systems();

  @Message("Data stored in")
  String app_storage();

  @Message("Personal data sent to")
  String app_transfers();

  @Message("Laws that can compel access")
  String app_foreign_laws();

  @Message("AEO number, bonded warehouse")
  String app_customs();

  @Message("Documents")
  String app_documents();

  @Message("Your agency's step")
  String my_step_title();

  @Message("Claim the step")
  String claim();

  @Message("Hand back to the queue")
  String release();

  @Message("Conflict of interest")
  String interest_title();

  @Message("You declared that you have no conflict of interest in this case.")
  String interest_declared();

  @Message("Declare before you decide or confirm.")
  String interest_hint();

  @Message("I have no conflict of interest in this case")
  String interest_none();

  @Message("I have a conflict of interest and recuse myself")
  String interest_conflict();

  @Message("Declare")
  String interest_send();

  @Message("Decide")
  String decision_title();

  @Message("On this step a second reviewer of your agency confirms the decision.")
  String four_eyes_hint();

  @Message(
      "{#when outcome}{#is 'APPROVE'}Approve{#is 'APPROVE_WITH_CONDITIONS'}Approve with conditions"
          + "{#is 'REJECT'}Reject{#is 'REQUEST_INFORMATION'}Ask the applicant for information"
          + "{#else}{outcome}{/when}")
  String outcome(String outcome);

  @Message("Record the decision")
  String decide();

  @Message("Proposed by {who}: {outcome}")
  String proposed_by(String who, String outcome);

  @Message("Confirm the decision")
  String confirm();

  @Message("Hand to a colleague")
  String assign_title();

  @Message("Hand over")
  String assign();

  @Message("Notes")
  String notes_title();

  @Message("No notes yet.")
  String notes_none();

  @Message(
      "{#when visibility}{#is 'AGENCY'}Classified: my agency only"
          + "{#is 'REVIEWERS'}Every reviewing agency{#is 'APPLICANT'}The agencies and the applicant"
          + "{#else}{visibility}{/when}")
  String visibility(String visibility);

  @Message("Add the note")
  String note_send();

  @Message("This was not done")
  String refusal_title();

  @Message("Decision")
  String field_outcome();

  @Message("Conditions, one per line")
  String field_conditions();

  @Message("Reasons, one per line")
  String field_reasons();

  @Message("Questions for the applicant, one per line")
  String field_questions();

  @Message("Answer expected by")
  String field_dueDate();

  @Message("Your declaration")
  String field_conflict();

  @Message("Why you recuse (stays within your agency)")
  String field_reason();

  @Message("Colleague")
  String field_assignee();

  @Message("Note")
  String field_text();

  @Message("Who may read it")
  String field_visibility();

  @Message("Audit ledger")
  String audit_title();

  @Message("Verify the chain")
  String audit_verify();

  @Message("Search")
  String audit_search();

  @Message("Download the whole ledger, sealed")
  String audit_export();

  @Message("No entry matches.")
  String audit_none();

  @Message("Next entries")
  String audit_next();

  @Message("Timeline of an application")
  String audit_timeline();

  @Message("The chain is intact: {checked} entries checked.")
  String audit_valid(long checked);

  @Message("The chain is broken at entry {seq}")
  String audit_broken(Long seq);

  @Message("Actor")
  String field_actor();

  @Message("The person's identifier (subject), or a system such as system:review-service.")
  String hint_actor();

  @Message("Agency")
  String field_agency();

  @Message("Such as STATE_SECURITY or CUSTOMS.")
  String hint_agency();

  @Message("Action")
  String field_action();

  @Message("An event type, such as review.step-decided.v1, or audit.search.")
  String hint_action();

  @Message("From (day)")
  String field_from();

  @Message("To (day, included)")
  String field_to();

  @Message("When")
  String col_when();

  @Message("Application")
  String col_application();

  @Message("Entry hash")
  String col_hash();
}
