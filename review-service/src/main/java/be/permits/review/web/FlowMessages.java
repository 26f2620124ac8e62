package be.permits.review.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the flows review page, in English here and in French, Dutch and German in {@code
 * messages/flow_*.properties}.
 */
@MessageBundle(value = "flow", locale = "en")
public interface FlowMessages {
  @Message("Data flows · {reference}")
  String title(String reference);

  @Message("Data flows and their assessment")
  String heading();

  @Message("Back to the case")
  String back();

  @Message("Data flows")
  String link();

  @Message(
      "What the operator declares about each system, the flags your agency's rules raise on it, and"
          + " your agency's assessment. Assessments and proposed conditions are classified: only"
          + " your agency reads them, until you put the conditions in your opinion.")
  String intro();

  @Message("The operator says its data is stored in: {countries}.")
  String declared_storage(String countries);

  @Message("Diagram of the data flows")
  String diagram_title();

  @Message(
      "Systems on the left, countries on the right. Solid line: hosted or stored there; dashed:"
          + " administered from there; dotted: data transferred there. A country outside the EU"
          + " and EEA has a thick border.")
  String diagram_legend();

  @Message("outside the EU/EEA")
  String outside();

  @Message("Systems")
  String systems_title();

  @Message("The application declares no system.")
  String systems_none();

  @Message("System")
  String col_system();

  @Message("Operated by")
  String col_operator();

  @Message("Hosted in")
  String col_hosted();

  @Message("Administration")
  String col_administration();

  @Message("Data held")
  String col_data();

  @Message("Transfers")
  String col_transfers();

  @Message("Group platforms")
  String col_platforms();

  @Message("Laws that can compel access")
  String col_laws();

  @Message("{#if who}{who}, from{#else}From{/if} {countries}{#if remote}, remotely{/if}")
  String administration(String who, String countries, boolean remote);

  @Message("none")
  String none();

  @Message("Flags")
  String flags_title();

  @Message(
      "{#if count == 0}No rule of your agency raises a flag.{#else if unassessed == 0}{count}"
          + " {#if count == 1}flag, assessed.{#else}flags, all assessed.{/if}{#else}{count}"
          + " {#if count == 1}flag{#else}flags{/if}, {unassessed} not assessed yet.{/if}")
  String flags_count(int count, long unassessed);

  @Message("On the application as a whole")
  String whole_application();

  @Message("Countries: {countries}")
  String facts_countries(String countries);

  @Message("Data: {categories}")
  String facts_categories(String categories);

  @Message("Platforms: {platforms}")
  String facts_platforms(String platforms);

  @Message("Assessed by {who} on {when}")
  String assessed_by(String who, String when);

  @Message("Not assessed yet")
  String not_assessed();

  @Message("Likelihood")
  String field_likelihood();

  @Message("Impact")
  String field_impact();

  @Message("Justification")
  String field_justification();

  @Message("Condition proposed")
  String field_condition();

  @Message("No condition")
  String no_condition();

  @Message("{#when level}{#is 'LOW'}Low{#is 'MEDIUM'}Medium{#is 'HIGH'}High{/when}")
  String level(String level);

  @Message("Share this assessment with the other reviewing agencies")
  String field_shared();

  @Message("Who reads it")
  String sharing_legend();

  @Message(
      "Your agency only, unless you share it. The applicant never reads an assessment; what it must"
          + " do reaches it as the conditions of your opinion.")
  String sharing_hint();

  @Message("Shared with the other reviewing agencies.")
  String is_shared();

  @Message("What other agencies share")
  String shared_title();

  @Message("{agency}, on {when}")
  String shared_by(String agency, String when);

  @Message("Record the assessment")
  String assess();

  @Message("Conditions your agency proposes")
  String conditions_title();

  @Message("None yet. Pick standard conditions below, or propose one with an assessment.")
  String conditions_none();

  @Message(
      "{#if every}Evidence every {every} months, first due {first} months after the permit"
          + "{#else}Evidence once, due {first} months after the permit{/if}: {evidence}")
  String schedule(Integer every, int first, String evidence);

  @Message("Wording for this case")
  String field_text();

  @Message("Save the wording")
  String reword();

  @Message("Withdraw")
  String withdraw();

  @Message("Standard conditions")
  String library_title();

  @Message("Pick the conditions to propose; you can change their wording for this case after.")
  String library_hint();

  @Message("Propose the conditions picked")
  String pick();

  @Message(
      "These conditions fill the conditions of your opinion on the case page; you can still change"
          + " them there.")
  String conditions_to_opinion();

  @Message("Obligations after the permit")
  String obligations_title();

  @Message(
      "Each condition of the permit is an obligation of the operator: evidence to hand in by the"
          + " day shown, to the agency that set it.")
  String obligations_intro();

  @Message("Condition")
  String col_condition();

  @Message("Evidence")
  String col_evidence();

  @Message("Next due")
  String col_next_due();

  @Message("then every {months} months")
  String then_every(int months);

  @Message("Customs")
  String customs_title();

  @Message("Authorised Economic Operator number")
  String aeo_number();

  @Message(
      "{#if valid}Well formed: issued by {country}, {type}, number {number}.{#else}Not a number"
          + " a member state issues: it starts with the member state, then AEO and C, S or F.{/if}")
  String aeo_check(boolean valid, String country, String type, String number);

  @Message(
      "{#when type}{#is 'C'}customs simplifications (AEOC){#is 'S'}security and safety (AEOS)"
          + "{#is 'F'}full authorisation (AEOF){#else}unknown type{/when}")
  String aeo_type(String type);

  @Message("No AEO number given.")
  String aeo_none();

  @Message("Bonded warehouse")
  String bonded();

  @Message("Customs declarations per year")
  String declarations();

  @Message("not given")
  String not_given();

  @Message("Your agency has given its opinion: the assessment is closed.")
  String closed();

  @Message(
      "{#when done}{#is 'assessed'}The assessment is recorded.{#is 'picked'}The conditions are"
          + " proposed.{#is 'reworded'}The wording is saved.{#is 'withdrawn'}The condition is"
          + " withdrawn.{/when}")
  String done(String done);
}
