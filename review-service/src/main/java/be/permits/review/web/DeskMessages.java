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

  @Message("Search")
  String filter_search();

  @Message("A reference, a site or an applicant, or part of one.")
  String hint_search();

  @Message("Order")
  String filter_sort();

  @Message(
      "{#when sort}{#is 'DUE'}Nearest deadline first{#is 'NEWEST'}Newest case first"
          + "{#is 'REFERENCE'}By reference{#else}{sort}{/when}")
  String sort(String sort);

  @Message(
      "{#if total == 0}No case matches.{#else if total == 1}One case.{#else}{count} cases;"
          + " {from} to {to} shown.{/if}")
  String queue_count(long total, String count, String from, String to);

  @Message("Pages of the queue")
  String pagination();

  @Message("Previous page")
  String page_previous();

  @Message("Next page")
  String page_next();

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

  @Message("Procedure: {name}.")
  String case_procedure(String name);

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

  @Message("Your agency's step: {agency}")
  String my_step_title(String agency);

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
          + "{#is 'COMPLETE'}File complete"
          + "{#else}{outcome}{/when}")
  String outcome(String outcome);

  @Message("Record the decision")
  String decide();

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

  @Message("Needed to reject; for an approval, say why it can be granted.")
  String hint_reasons();

  @Message("Questions for the applicant, one per line")
  String field_questions();

  @Message("Is the file complete?")
  String field_completeness();

  @Message(
      "{#when outcome}{#is 'COMPLETE'}Complete: open its review by the agencies"
          + "{#is 'REQUEST_INFORMATION'}Incomplete: send the applicant the list of what is missing"
          + "{#else}{outcome}{/when}")
  String completeness_outcome(String outcome);

  @Message("What is missing, one item per line")
  String field_missing();

  @Message(
      "The applicant receives this list; the completeness period starts again on the day the"
          + " items arrive.")
  String hint_missing();

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

  @Message("Person")
  String field_actor();

  @Message("Application reference")
  String field_reference();

  @Message("The whole reference, such as PA-2026-000123.")
  String hint_reference();

  @Message("A name, or part of one: applicants and reviewers alike.")
  String hint_actor();

  @Message("Agency")
  String field_agency();

  @Message("Action")
  String field_action();

  @Message("From (day)")
  String field_from();

  @Message("To (day, included)")
  String field_to();

  // ---- the application, field by field ----
  @Message(
      "{#when section}{#is 'organisation'}Applicant organisation{#is 'site'}Site"
          + "{#is 'project'}Project"
          + "{#is 'data'}Data and information systems{#else}{section}{/when}")
  String app_section(String section);

  @Message(
      "{#when field}{#is 'organisation.legalName'}Applicant organisation"
          + "{#is 'organisation.enterpriseNumber'}Enterprise number"
          + "{#is 'organisation.countryOfIncorporation'}Country of incorporation"
          + "{#is 'organisation.ultimateParent'}Ultimate parent"
          + "{#is 'organisation.ultimateParentCountry'}Country of the ultimate parent"
          + "{#is 'organisation.nonEuVotingShare'}Voting rights held from outside the EU and "
          + "EEA{#is 'applicant.name'}Contact person{#is 'applicant.email'}Contact email"
          + "{#is 'site.name'}Site name{#is 'site.address'}Address"
          + "{#is 'site.municipality'}Municipality"
          + "{#is 'site.cadastralParcels'}Cadastral parcels"
          + "{#is 'site.airsideAccess'}Airside access{#is 'project.kind'}Kind of project"
          + "{#is 'project.currentFloorArea'}Floor area today"
          + "{#is 'project.requestedFloorArea'}Floor area requested"
          + "{#is 'project.heightMetres'}Height{#is 'project.investmentEur'}Investment"
          + "{#is 'project.jobs'}Jobs"
          + "{#is 'project.environmentalClass'}Environmental class"
          + "{#is 'project.operatesAroundTheClock'}Operates around the clock"
          + "{#is 'project.hazardousGoods'}Hazardous goods"
          + "{#is 'data.systems'}Information systems"
          + "{#is 'data.dataCategories'}Categories of data"
          + "{#is 'data.storageCountries'}Data stored in"
          + "{#is 'data.thirdCountryTransfers'}Personal data sent to"
          + "{#is 'data.foreignLawsCompellingAccess'}Laws that can compel access"
          + "{#is 'data.certifications'}Certifications"
          + "{#is 'data.customs.aeoNumber'}AEO number"
          + "{#is 'data.customs.bondedWarehouse'}Bonded warehouse"
          + "{#is 'data.customs.declarationsPerYear'}Customs declarations per year"
          + "{#is 'systems'}Systems and their data flows"
          + "{#is 'documents'}Documents{#else}{field}{/when}")
  String app_field(String field);

  @Message("a reviewer")
  String someone();

  @Message(
      "{#when code}{#is 'nothing-proposed'}No decision is proposed on this step."
          + "{#is 'four-eyes-same-reviewer'}Four eyes: a reviewer other than the one who prop"
          + "osed must confirm."
          + "{#is 'step-held-by-another'}Another reviewer of your agency holds this step."
          + "{#is 'step-decided'}This step is decided; nothing is left to decide."
          + "{#is 'recused'}You recused yourself from this step."
          + "{#is 'interest-not-declared'}Declare that you have no conflict of interest in th"
          + "is case before deciding.{#is 'step-not-open'}This step is not open."
          + "{#is 'claim-first'}Claim the step before working on it."
          + "{#is 'coordinator-only'}Only a coordinating official decides whether a file is"
          + " complete."
          + "{#is 'redaction-empty'}Write the text to publish; it cannot be empty."
          + "{#is 'extended-already'}The decision period was extended already."
          + "{#is 'not-extendable'}This case's decision period cannot be extended."
          + "{#is 'decision-period-ended'}The decision period has ended; it cannot be extended."
          + "{#is 'observation-not-to-moderate'}This observation is published already."
          + "{#is 'appeal-late'}The time for the officials to appeal has ended."
          + "{#is 'screening-opened-already'}The screening phase is open already."
          + "{#is 'verification-ended'}The verification phase has ended; no screening can open"
          + " now."
          + "{#is 'appeal-window-open'}Others may still appeal: decide once every window has"
          + " closed."
          + "{#is 'appeal-fee-unpaid'}An appeal's fee is not paid yet: decide once every fee is"
          + " paid."
          + "{#is 'appeal-decided'}The appeal authority has decided already."
          + "{#is 'step-state'}The step has moved on since you opened the page; look at it ag"
          + "ain.{#else}This is not possible in the step's present state.{/when}")
  String refusal(String code);

  // ---- four eyes, threads, confirmations ----
  @Message("Proposed by {who}, for you to confirm or return")
  String proposal_title(String who);

  @Message("Conditions")
  String proposal_conditions();

  @Message("Reasons")
  String proposal_reasons();

  @Message("Why you return it")
  String field_returnReason();

  @Message("The proposer reads this and proposes again.")
  String return_hint();

  @Message("Return the proposal")
  String return_send();

  @Message("Returned by {who} on {when}")
  String returned_title(String who, String when);

  @Message("You had proposed: {outcome}.")
  String returned_proposal(String outcome);

  @Message("Conditions of the agencies to adopt")
  String field_adopt();

  @Message("{agency}: {condition}")
  String agency_says(String agency, String condition);

  @Message(
      "Every agency's conditions become conditions of the permit. Tick those your decision takes"
          + " up, before your own below.")
  String adopt_hint();

  @Message("Your agency's requests for information")
  String requests_title();

  @Message("Asked by {who} on {when}")
  String request_asked(String who, String when);

  @Message("Answered on {when} (revision {revision})")
  String request_answered(String when, Integer revision);

  @Message("Documents sent with the answer:")
  String request_documents();

  @Message("Waiting for the applicant's answer, due by {date}. Your step's clock is stopped.")
  String request_waiting(String date);

  @Message("Recuse yourself from this step?")
  String recuse_confirm_title();

  @Message(
      "A recusal is final: you will no longer be able to decide or confirm this step,"
          + " and it goes back to your agency's queue.")
  String recuse_confirm_text();

  @Message("Yes, recuse me")
  String recuse_confirm();

  @Message(
      "{#when code}{#is 'claimed'}You hold this step now."
          + "{#is 'released'}The step is back in your agency's queue."
          + "{#is 'declared'}Your declaration is recorded: no conflict of interest."
          + "{#is 'recused'}Your recusal is recorded; the step is back in the queue."
          + "{#is 'handed-over'}The step is handed to your colleague, who is told."
          + "{#is 'published'}The redacted observation is published."
          + "{#is 'extended'}The decision period is extended; the applicant is told."
          + "{#is 'appealed'}The officials' appeal is lodged; the appeal authority is told."
          + "{#is 'screening-opened'}The screening phase is open; the applicant is told."
          + "{#is 'decided-complete'}The file is complete: its review is open and the agencies"
          + " are told.{#is 'decided-incomplete'}The list of what is missing is sent to the"
          + " applicant; the completeness period starts again when it arrives."
          + "{#is 'decided-request_information'}Your questions are sent to the applicant;"
          + " your step's clock is stopped until they answer."
          + "{#is 'confirmed'}The decision is confirmed."
          + "{#is 'returned'}The proposal is returned to its proposer, who is told why."
          + "{#is 'noted'}Your note is added.{#else}{#if status == 'PROPOSED'}Your proposal"
          + " is recorded; a second reviewer of your agency confirms it.{#else}Your decision"
          + " is recorded.{/if}{/when}")
  String done(String code, String status);

  // ---- timetable ----
  @Message("Timetable")
  String timetable_title();

  @Message("Milestone")
  String col_milestone();

  @Message("Planned")
  String col_planned();

  @Message("Reached")
  String col_actual();

  @Message("Where it stands")
  String col_state();

  @Message("not yet")
  String no_date();

  @Message(
      "{#when kind}{#is 'FILED'}File received{#is 'COMPLETENESS'}File complete"
          + "{#is 'INQUIRY'}Public inquiry closed{#is 'DECISION'}Decision"
          + "{#is 'APPEAL_WINDOW'}Time to appeal ends{#is 'APPEAL_DECISION'}Decision on appeal"
          + "{#else}{kind}{/when}")
  String milestone(String kind);

  @Message("Opinion: {agency}")
  String milestone_opinion(String agency);

  @Message(
      "{#when state}{#is 'ON_TIME'}On time{#is 'PLANNED'}Due"
          + "{#is 'STOPPED'}Waiting for the applicant; the clock is stopped"
          + "{#is 'TACIT'}Counted as complete: not checked in time"
          + "{#is 'LATE'}Late by {days} working {#if days == 1}day{#else}days{/if}"
          + "{#is 'OVERDUE'}Overdue by {days} working {#if days == 1}day{#else}days{/if}"
          + "{#else}{state}{/when}")
  String milestone_state(String state, int days);

  @Message("({days} {#if days == 1}day{#else}days{/if} with the clock stopped)")
  String days_stopped(int days);

  // ---- the public inquiry's form and its moderation ----
  @Message("Your name")
  String field_observerName();

  @Message("Your address")
  String field_observerAddress();

  @Message("Your email address")
  String field_observerEmail();

  @Message("Your view of the project")
  String field_stance();

  @Message("What it is about")
  String field_topics();

  @Message("Your observation")
  String field_observation();

  @Message("A PDF document, if you wish (at most 5 MB)")
  String field_document();

  @Message("Text to publish")
  String field_redacted();

  // ---- the appeal's form ----
  @Message("In which capacity you appeal")
  String field_capacity();

  @Message("Your name, or your association's")
  String field_appellantName();

  @Message("Your address")
  String field_appellantAddress();

  @Message("Your email address")
  String field_appellantEmail();

  @Message("Your interest in the decision (for instance: you live next to the site)")
  String field_interest();

  @Message("The grounds of your appeal")
  String field_grounds();

  @Message(
      "Proof of a payment of the appeal fee already made, if you have one (a PDF, at most 5 MB)")
  String field_feeProof();

  // ---- the FDI screening phase ----
  @Message("Open the screening phase")
  String screening_title();

  @Message("Why the verification calls for a screening")
  String field_screeningReason();

  @Message(
      "Once only, before the verification phase ends; the opinion is then due later by the"
          + " screening phase's days. The applicant is told.")
  String hint_screeningReason();

  @Message("Open the screening phase")
  String screening_send();

  @Message("Screening phase open ({days} more days): {reason}")
  String screening_opened(int days, String reason);

  // ---- the decision period's extension ----
  @Message("(extended by {days} days: {reason})")
  String extended(int days, String reason);

  @Message("Extend the decision period by {days} days")
  String extension_title(int days);

  @Message("Why the period is extended")
  String field_extensionReason();

  @Message("Once only, before the period ends. The applicant is told, with this reason.")
  String hint_extensionReason();

  @Message("Extend the period")
  String extension_send();
}
