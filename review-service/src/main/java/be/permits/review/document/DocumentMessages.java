package be.permits.review.document;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the decision documents and of the public page that verifies them, in English here and in
 * French, Dutch and German in {@code messages/doc_*.properties}. Agencies, project kinds and
 * document kinds come from the {@code common} bundle.
 */
@MessageBundle(value = "doc", locale = "en")
public interface DocumentMessages {
  @Message(
      "{#if appeal}Decision on appeal on application {reference}{#else}Decision on application"
          + " {reference}{/if}")
  String title(boolean appeal, String reference);

  @Message("Permit decision")
  String subject();

  @Message("Legal basis")
  String legal_basis();

  @Message("Procedure")
  String procedure();

  @Message("Reference")
  String reference();

  @Message("Applicant")
  String applicant();

  @Message("Enterprise number")
  String enterprise_number();

  @Message("Contact person")
  String contact();

  @Message("Site")
  String site();

  @Message("Address")
  String address();

  @Message("Municipality")
  String municipality();

  @Message("Cadastral parcels")
  String parcels();

  @Message("Project")
  String project();

  @Message("Kind of works")
  String project_kind();

  @Message("Floor area")
  String floor_area();

  @Message("{current} m² today, {requested} m² requested")
  String floor_area_value(String current, String requested);

  @Message("Environmental class")
  String environmental_class();

  @Message("Jobs")
  String jobs();

  @Message("Investment")
  String investment();

  @Message("Decision")
  String decision();

  @Message(
      "{#when outcome}{#is 'APPROVED'}The permit is granted."
          + "{#is 'APPROVED_WITH_CONDITIONS'}The permit is granted, with the conditions below."
          + "{#is 'REJECTED'}The permit is refused.{#else}{outcome}{/when}")
  String outcome(String outcome);

  @Message("Conditions")
  String conditions();

  @Message("Why: asked for by {agencies} in its opinion.")
  String condition_asked_by(String agencies);

  @Message("Why: set by the deciding authority itself.")
  String condition_by_authority();

  @Message("Reasons")
  String reasons();

  @Message("No reason was written.")
  String no_reasons();

  @Message("Opinions of the consulted agencies")
  String opinions();

  @Message("Agency")
  String col_agency();

  @Message("Opinion")
  String col_opinion();

  @Message("Given on")
  String col_given_on();

  @Message(
      "{#when outcome}{#is 'APPROVE'}Favourable{#is 'APPROVE_WITH_CONDITIONS'}Favourable with"
          + " {conditions} {#if conditions == 1}condition{#else}conditions{/if}{#is 'REJECT'}"
          + "Unfavourable{#else}Not given{/when}")
  String opinion(String outcome, int conditions);

  @Message("Documents considered")
  String documents();

  @Message("Document")
  String col_document();

  @Message("Kind")
  String col_kind();

  @Message("SHA-256 of its content")
  String col_sha256();

  @Message("Appeal")
  String appeal();

  @Message(
      "{#if days > 0}An appeal is lodged within {days} days of the decision's notification, or of"
          + " its posting for third parties. {/if}Who may appeal, and until when:")
  String appeal_who(int days);

  @Message(
      "{#when who}{#is 'APPLICANT'}The applicant{#is 'OFFICIALS'}The coordinating officials"
          + "{#is 'THIRD_PARTIES'}Anyone with an interest, such as a neighbour{#else}{who}{/when}:"
          + " until {until} included.")
  String appeal_right(String who, String until);

  @Message("An appeal is lodged on this decision's public page: {address}")
  String appeal_how(String address);

  @Message("Date and signatory")
  String signed();

  @Message("Decided on {date} by {name}, on behalf of: {authority}.")
  String signed_by(String date, String authority, String name);

  @Message(
      "This document carries the electronic seal of the authority. Anyone can check the seal and"
          + " whether the decision is still in force at {address}")
  String seal_note(String address);

  // The public page that checks a decision's seal.

  @Message("Check a sealed decision")
  String verify_title();

  @Message(
      "Choose a decision document (PDF) to check that it comes from the authority, that not one"
          + " byte of it was changed since it was sealed, and whether the decision is still in"
          + " force. The file is read to answer you and is not kept.")
  String verify_intro();

  @Message("Decision document (PDF, at most {limit})")
  String verify_file(String limit);

  @Message("Check")
  String verify_submit();

  @Message("The seal is valid")
  String verify_valid();

  @Message("The seal is not valid")
  String verify_invalid();

  @Message("This file carries no seal: it is not a sealed decision document.")
  String verify_unsealed();

  @Message(
      "The file was changed after it was sealed, or its seal is damaged: do not rely on its"
          + " content.")
  String verify_not_intact();

  @Message("The seal was not made with the authority's certificate.")
  String verify_not_trusted();

  @Message("Something was added to the file after its seal.")
  String verify_not_whole();

  @Message("Sealed by")
  String verify_sealed_by();

  @Message("Sealed on")
  String verify_sealed_at();

  @Message("{#if trusted}time from a timestamp authority{#else}time written by the sealer{/if}")
  String verify_time_source(boolean trusted);

  @Message("Application")
  String verify_application();

  @Message("Document")
  String verify_kind();

  @Message(
      "{#when kind}{#is 'DECISION'}The decision{#is 'APPEAL_DECISION'}The decision on appeal"
          + "{#else}{kind}{/when}")
  String kind(String kind);

  @Message("In force")
  String verify_in_force();

  @Message("Yes, this is the decision in force.")
  String verify_in_force_yes();

  @Message("No: the decision on appeal of {date} replaced it.")
  String verify_replaced(String date);

  @Message(
      "The seal holds, but this file is not byte for byte the document the authority issued:"
          + " something was changed beside the sealed content. Ask the authority for the original.")
  String verify_not_issued();

  @Message("Check another document")
  String verify_again();

  @Message("Choose a PDF file.")
  String verify_missing();

  @Message("The decision document is being sealed; try again in a minute.")
  String document_pending();
}
