package be.permits.permit.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the applicant's pages, in English here and in French, Dutch and German in {@code
 * messages/msg_*.properties}. Field labels are named {@code field_<section>_<field>}, after the
 * API's field paths, so that a problem found on a field finds its label.
 */
@MessageBundle(value = "msg", locale = "en")
public interface PageMessages {
  // ---- home ----
  @Message("Welcome, {name}")
  String home_welcome(String name);

  @Message("You are signed in with these roles:")
  String home_roles();

  @Message(
      "{#when role}{#is 'applicant'}Applicant{#is 'reviewer'}Reviewer{#is 'auditor'}Auditor"
          + "{#is 'admin'}Administrator{#is 'finance'}Finance officer{/when}")
  String role(String role);

  @Message("Organisation: {organisation}")
  String home_organisation(String organisation);

  @Message("Agency: {agency}")
  String home_agency(String agency);

  @Message("You have no role in this suite yet; ask your administrator.")
  String home_no_role();

  @Message("Go to your applications")
  String home_applications();

  @Message("Agency desk")
  String home_desk();

  @Message("Messages")
  String home_inbox();

  @Message("Audit ledger")
  String home_audit();

  @Message("Go to your agency's queue")
  String home_desk_go();

  // ---- dashboard ----
  @Message("Your applications")
  String dashboard_title();

  @Message("Start a new application")
  String dashboard_new();

  @Message("You have no applications yet.")
  String dashboard_empty();

  @Message("Reference")
  String col_reference();

  @Message("Site")
  String col_site();

  @Message("Status")
  String col_status();

  @Message("Last change")
  String col_updated();

  @Message("Draft application")
  String draft_title();

  @Message(
      "{#when status}{#is 'DRAFT'}Draft{#is 'SUBMITTED'}Submitted{#is 'UNDER_REVIEW'}Under review"
          + "{#is 'INFORMATION_REQUESTED'}Information requested{#is 'APPROVED'}Approved"
          + "{#is 'APPROVED_WITH_CONDITIONS'}Approved with conditions{#is 'REJECTED'}Rejected"
          + "{#is 'WITHDRAWN'}Withdrawn{#else}{status}{/when}")
  String status(String status);

  // ---- the form ----
  @Message("Steps of the application")
  String steps_label();

  @Message("Step {number} of {total}")
  String step_of(int number, int total);

  @Message(
      "{#when step}{#is 'ORGANISATION'}Organisation{#is 'SITE'}Site{#is 'PROJECT'}Project"
          + "{#is 'DATA'}Data and IT{#is 'SYSTEMS'}Systems and data flows{#is 'DOCUMENTS'}Documents{#is 'REVIEW'}Review and submit"
          + "{/when}")
  String step(String step);

  @Message("Save and continue")
  String save_continue();

  @Message("Save the draft")
  String save_draft();

  @Message("Save and go back")
  String previous_step();

  @Message("Legal name of the applicant")
  String field_organisation_legalName();

  @Message("Belgian enterprise number")
  String field_organisation_enterpriseNumber();

  @Message("Country of incorporation")
  String field_organisation_countryOfIncorporation();

  @Message("Ultimate parent company")
  String field_organisation_ultimateParent();

  @Message("Country of the ultimate parent")
  String field_organisation_ultimateParentCountry();

  @Message("Voting rights held from outside the EU and EEA (%)")
  String field_organisation_nonEuVotingShare();

  @Message("Name of the site")
  String field_site_name();

  @Message("Address")
  String field_site_address();

  @Message("Municipality")
  String field_site_municipality();

  @Message("Cadastral parcels")
  String field_site_cadastralParcels();

  @Message("Does the site have airside access?")
  String field_site_airsideAccess();

  @Message("Kind of project")
  String field_project_kind();

  @Message("Floor area today (m²)")
  String field_project_currentFloorArea();

  @Message("Floor area requested (m²)")
  String field_project_requestedFloorArea();

  @Message("Height of the tallest building (m)")
  String field_project_heightMetres();

  @Message("Investment (EUR)")
  String field_project_investmentEur();

  @Message("Jobs at the site once built")
  String field_project_jobs();

  @Message("Environmental class")
  String field_project_environmentalClass();

  @Message("Will the site operate around the clock?")
  String field_project_operatesAroundTheClock();

  @Message("Will hazardous goods be handled or stored?")
  String field_project_hazardousGoods();

  @Message("Categories of data processed")
  String field_data_dataCategories();

  @Message("Countries where the data is stored")
  String field_data_storageCountries();

  @Message("Countries outside the EU and EEA that receive personal data")
  String field_data_thirdCountryTransfers();

  @Message("Laws of other countries that can compel access to the data")
  String field_data_foreignLawsCompellingAccess();

  @Message("Certifications")
  String field_data_certifications();

  @Message("Authorised Economic Operator (AEO) number")
  String field_data_aeoNumber();

  @Message("Will the site hold a customs bonded warehouse?")
  String field_data_bondedWarehouse();

  @Message("Customs declarations handled at the site per year")
  String field_data_declarationsPerYear();

  @Message("System")
  String field_systems();

  @Message("Name of the system")
  String field_systems_name();

  @Message("What it is used for")
  String field_systems_purpose();

  @Message("Who operates it (vendor or group entity)")
  String field_systems_operator();

  @Message("Country where it is hosted")
  String field_systems_hostingCountry();

  @Message("Who administers it")
  String field_systems_administrator();

  @Message("Countries it is administered from")
  String field_systems_administeredFrom();

  @Message("Is it administered or reached remotely?")
  String field_systems_remoteAccess();

  @Message("Platforms of the group it exchanges data with")
  String field_systems_groupPlatforms();

  @Message("Data it holds, and where each category is stored")
  String field_systems_stored();

  @Message("Countries outside the EU and EEA its data goes to, by legal basis")
  String field_systems_transfers();

  @Message("Laws of other countries that can compel access to its data")
  String field_systems_compellingLaws();

  @Message("Remove this system from the application")
  String field_systems_remove();

  @Message(
      "Declare each system that runs the site or holds its data: the state security service, customs and the data protection authority read these answers. Leave the last group empty if you have no other system.")
  String systems_intro();

  @Message("Another system")
  String systems_another();

  @Message(
      "For each category the system holds, the countries where it is stored, as two-letter codes (DE, IE). Leave a category empty if the system does not hold it.")
  String systems_stored_hint();

  @Message("Two-letter country codes, separated by commas. Leave empty where none.")
  String systems_transfers_hint();

  @Message("No system declared.")
  String systems_none();

  @Message("Kind of document")
  String field_kind();

  @Message("File")
  String field_file();

  @Message("Your answer")
  String field_answer();

  @Message("Reason for withdrawing")
  String field_reason();

  @Message("Documents")
  String documents();

  @Message("Ten digits, as in the Crossroads Bank for Enterprises, such as 0403.170.701.")
  String hint_enterprise_number();

  @Message("A percentage from 0 to 100. If above 0, name the ultimate parent and its country.")
  String hint_voting_share();

  @Message("The company at the top of the group, if there is one.")
  String hint_ultimate_parent();

  @Message("One parcel per line, as on the cadastral plan, such as 62063A0123/00B000.")
  String hint_parcels();

  @Message("In square metres, without units.")
  String hint_square_metres();

  @Message("In metres; decimals are allowed.")
  String hint_metres();

  @Message("In euros, without units.")
  String hint_euros();

  @Message("One per line.")
  String hint_one_per_line();

  @Message("Two-letter country codes separated by commas, such as BE, IE, US.")
  String hint_country_codes();

  @Message("Such as BEAEOF0000123.")
  String hint_aeo();

  @Message("PDF, PNG or JPEG, at most 20 MB.")
  String hint_file();

  // ---- documents ----
  @Message(
      "Add the site plan, the environmental impact study and the data protection impact"
          + " assessment. A document can be removed until the application is submitted.")
  String documents_intro();

  @Message("No documents yet.")
  String documents_none();

  @Message("File")
  String col_file();

  @Message("Size")
  String col_size();

  @Message("Actions")
  String col_actions();

  @Message("Remove {fileName}")
  String remove_document(String fileName);

  @Message("Add a document")
  String upload_title();

  @Message("Upload")
  String upload();

  @Message("Continue to the review")
  String continue_to_review();

  // ---- review ----
  @Message("Complete these before submitting:")
  String review_missing();

  @Message("Change {section}")
  String change_section(String section);

  @Message(
      "By submitting, you declare that the information given is correct and complete. The"
          + " reviewing agencies will see it as it is now.")
  String submit_declaration();

  @Message("Submit the application")
  String submit();

  @Message("The draft is deleted.")
  String draft_deleted();

  @Message("Remove {fileName}?")
  String remove_confirm_title(String fileName);

  @Message("The document will be removed from the draft. You can add it again later.")
  String remove_confirm_text();

  @Message("Yes, remove it")
  String remove_confirm();

  @Message(
      "{#when code}{#is 'saved'}Your answers on “{step}” are saved."
          + "{#is 'partly-saved'}Your other answers on “{step}” are saved. The answers marked"
          + " below are not: correct them and save again. Until then the earlier answer is kept."
          + "{#is 'nothing-saved'}Nothing on “{step}” was saved: correct the answers marked below"
          + " and save again."
          + "{#is 'uploaded'}The document is added to the draft."
          + "{#is 'document-deleted'}The document is removed from the draft.{/when}")
  String form_done(String code, String step);

  @Message("Search my applications")
  String dashboard_search();

  @Message("A reference or a site, or part of one.")
  String dashboard_search_hint();

  @Message("Search")
  String dashboard_search_button();

  @Message("Sort by")
  String dashboard_sort_label();

  @Message(
      "{#when order}{#is 'CHANGED'}Last change, newest first{#is 'OLDEST'}Started, oldest first"
          + "{#is 'REFERENCE'}Reference{/when}")
  String dashboard_sort(String order);

  @Message("No application matches.")
  String dashboard_none_found();

  @Message(
      "{#if total == 1}One application."
          + "{#else}{count} applications; {from} to {to} shown.{/if}")
  String dashboard_count(long total, String count, String from, String to);

  @Message("Pages of my applications")
  String dashboard_pages();

  @Message("Previous page")
  String page_previous();

  @Message("Next page")
  String page_next();
}
