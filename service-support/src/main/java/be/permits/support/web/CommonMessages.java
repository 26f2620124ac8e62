package be.permits.support.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words that every service's pages share (the frame, agencies, form errors), in English here and in
 * French, Dutch and German in {@code messages/common_*.properties}.
 */
@MessageBundle(value = "common", locale = "en")
public interface CommonMessages {
  @Message("Permit review")
  String app_name();

  @Message("Skip to content")
  String skip();

  @Message("Main menu")
  String menu();

  @Message("Sign out")
  String logout();

  @Message("Language")
  String language();

  @Message(
      "{#when lang}{#is 'fr'}Français{#is 'nl'}Nederlands{#is 'de'}Deutsch{#else}English{/when}")
  String language_name(String lang);

  @Message("Yes")
  String yes();

  @Message("No")
  String no();

  @Message("Not given")
  String not_given();

  @Message("Cancel")
  String cancel();

  @Message("Error:")
  String error_prefix();

  @Message("There is a problem")
  String error_summary();

  @Message(
      "{#when code}"
          + "{#is 'required'}Enter this information."
          + "{#is 'needed_to_submit'}Enter this information; it is needed to submit."
          + "{#is 'too_long'}Use at most {limit} characters."
          + "{#is 'too_many'}Give at most {limit} entries."
          + "{#is 'whole_number'}Enter a whole number, without spaces or units."
          + "{#is 'decimal'}Enter a number, such as 12.5."
          + "{#is 'min'}Enter at least {limit}."
          + "{#is 'max'}Enter at most {limit}."
          + "{#is 'format'}Use the format shown in the hint."
          + "{#is 'enterprise_number'}This is not a valid Belgian enterprise number (check digits)."
          + "{#is 'country'}Use two-letter country codes (ISO 3166), such as BE or IE."
          + "{#is 'choice'}Choose one of the options."
          + "{#is 'at_least_one'}Give at least one."
          + "{#is 'document_type'}Only PDF, PNG or JPEG files are accepted, recognised by their"
          + " content."
          + "{#is 'document_size'}The file is empty or larger than {limit}."
          + "{#is 'pdf_only'}Only a PDF is accepted, recognised by its content."
          + "{#is 'document_missing'}Choose a file to upload."
          + "{#is 'applicant_email'}Use the email address of the applicant's account."
          + "{#is 'date'}Enter a date, such as 2027-03-31."
          + "{#is 'after_today'}Choose a day after today."
          + "{#is 'date_order'}Choose a day on or after the first day."
          + "{#is 'unknown_reference'}No application has this reference."
          + "{#is 'control_characters'}Remove the control characters (such as NUL) from this text."
          + "{#else}This value is not accepted.{/when}")
  String error(String code, String limit);

  @Message(
      "{#when agency}{#is 'URBAN_PLANNING'}Municipality, urban planning"
          + "{#is 'ENVIRONMENT'}Regional environment administration"
          + "{#is 'CUSTOMS'}Customs{#is 'STATE_SECURITY'}State security service"
          + "{#is 'DATA_PROTECTION'}Data protection authority"
          + "{#is 'FDI_SCREENING'}Foreign investment screening committee"
          + "{#is 'DECIDING_AUTHORITY'}Deciding authority"
          + "{#is 'APPEAL_AUTHORITY'}Appeal authority"
          + "{#is 'COORDINATION'}Coordinating officials{#else}{agency}{/when}")
  String agency(String agency);

  @Message(
      "{#when status}{#is 404}Page not found{#is 403}Not allowed{#is 409}This can no longer be done"
          + "{#is 413}Too large{#is 422}Not accepted{#is 429}Too many requests"
          + "{#is 500}Something went wrong{#is 503}Busy for a moment"
          + "{#else}The request was not accepted{/when}")
  String error_title(int status);

  @Message(
      "{#when status}{#is 404}This page does not exist, or it is not yours to see."
          + "{#is 403}Your role does not allow this, or the form expired: go back, reload the page"
          + " and try again.{#is 409}The file has changed in the meantime, so this step no longer"
          + " applies. Open the file again to see where it stands.{#is 429}You sent many requests in"
          + " a short time. Wait a minute, then try again.{#is 503}The service is busy. Try again in"
          + " a moment; nothing you sent was lost.{#is 500}The error was logged;"
          + " please try again later.{#else}Go back and check what you sent.{/when}")
  String error_text(int status);

  @Message("Back to the start page")
  String error_home();

  // ---- the application's vocabulary, shared by the applicant's pages and the desk ----
  @Message(
      "{#when kind}{#is 'NEW_BUILD'}New building{#is 'EXPANSION'}Expansion of an existing site"
          + "{#is 'CHANGE_OF_USE'}Change of use{#else}{kind}{/when}")
  String project_kind(String kind);

  @Message(
      "{#when environmentalClass}{#is 1}Class 1 (largest impact){#is 2}Class 2{#is 3}Class 3"
          + " (smallest impact){/when}")
  String environmental_class(int environmentalClass);

  @Message(
      "{#when category}{#is 'PERSONAL'}Personal data of customers{#is 'EMPLOYEE'}Employee data"
          + "{#is 'CUSTOMS_DECLARATIONS'}Customs declarations{#is 'SHIPMENT_TRACKING'}Shipment"
          + " tracking{#is 'LOCATION'}Location data{#is 'FINANCIAL'}Financial data"
          + "{#is 'BIOMETRIC'}Biometric data{#else}{category}{/when}")
  String data_category(String category);

  @Message(
      "{#when basis}{#is 'ADEQUACY_DECISION'}Adequacy decision"
          + "{#is 'STANDARD_CONTRACTUAL_CLAUSES'}Standard contractual clauses"
          + "{#is 'BINDING_CORPORATE_RULES'}Binding corporate rules"
          + "{#is 'DEROGATION'}Derogation for a specific situation"
          + "{#is 'NONE'}No legal basis given{#else}{basis}{/when}")
  String transfer_basis(String basis);

  @Message(
      "{#when kind}{#is 'SITE_PLAN'}Site plan{#is 'IMPACT_STUDY'}Environmental impact study"
          + "{#is 'DATA_PROTECTION_IMPACT_ASSESSMENT'}Data protection impact assessment"
          + "{#is 'OTHER'}Other document{#else}{kind}{/when}")
  String document_kind(String kind);

  @Message("remotely")
  String remote();

  @Message("superseded")
  String superseded();

  @Message(
      "{#when item}{#is 'applications'}My applications{#is 'desk'}Agency desk"
          + "{#is 'audit'}Audit ledger{#is 'inbox'}Messages{#else}{item}{/when}")
  String menu_item(String item);

  /** What an agency reviews, for the applicant: completes "<agency>: ". */
  @Message(
      "{#when agency}"
          + "{#is 'URBAN_PLANNING'}the municipality gives its urban planning opinion on"
          + " every building permit."
          + "{#is 'ENVIRONMENT'}the regional administration reviews the impact on the"
          + " environment."
          + "{#is 'CUSTOMS'}customs review the handling of goods at the border and bonded"
          + " storage."
          + "{#is 'STATE_SECURITY'}the state security service reviews risks to national"
          + " security, such as control from abroad and access to data."
          + "{#is 'DATA_PROTECTION'}the data protection authority reviews transfers of"
          + " personal data outside the EU."
          + "{#is 'FDI_SCREENING'}the screening committee reviews foreign investment in"
          + " sensitive activities."
          + "{#is 'COORDINATION'}the coordinating officials check that the file is complete"
          + " before the agencies review it."
          + "{#is 'DECIDING_AUTHORITY'}the competent authority decides on the"
          + " permit.{#is 'APPEAL_AUTHORITY'}the appeal authority decides"
          + " appeals against the decision; its decision replaces the first."
          + "{#else}an agency reviews a part of the application.{/when}")
  String agency_role(String agency);
}
