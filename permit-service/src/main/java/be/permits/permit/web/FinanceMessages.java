package be.permits.permit.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the finance officer's page, in English here and in {@code finance_*.properties}. */
@MessageBundle(value = "finance", locale = "en")
public interface FinanceMessages {
  @Message("Payments and bank statements")
  String title();

  @Message("Import a bank statement")
  String import_title();

  @Message(
      "The authority's bank statement in ISO 20022 camt.053 format (XML, at most 5 MB). Each credit"
          + " pays the fee its structured communication names; a statement imported twice pays"
          + " nothing twice.")
  String import_lead();

  @Message("The statement (camt.053)")
  String field_statement();

  @Message("Import")
  String import_send();

  @Message("This file is not a camt.053 statement that can be read.")
  String not_a_statement();

  @Message("What statement {id} did")
  String report_title(String id);

  @Message("The statement holds no credit.")
  String report_empty();

  @Message("Booked on")
  String col_booked();

  @Message("Amount")
  String col_amount();

  @Message("Communication")
  String col_communication();

  @Message("What it did")
  String col_outcome();

  @Message(
      "{#when outcome}{#is 'MATCHED'}Paid a fee of {reference} in full"
          + "{#is 'PARTIAL'}Paid part of a fee of {reference}"
          + "{#is 'EXCESS'}Paid a fee of {reference}, with {excess} too much, to pay back"
          + "{#is 'NOT_DUE'}Names a fee of {reference} that is no longer due: {excess} to pay back"
          + "{#is 'UNKNOWN'}Names no fee of the suite"
          + "{#is 'DUPLICATE'}Booked before: not counted again{#else}{outcome}{/when}")
  String outcome(String outcome, String reference, String excess);

  @Message("To resolve")
  String resolve_title();

  @Message("Nothing waits for a person.")
  String resolve_none();

  @Message("{amount} on {date}, from {debtor}")
  String payment(String amount, String date, String debtor);

  @Message("The payer's communication: {communication}")
  String communication_was(String communication);

  @Message("How it was resolved (for instance: paid back on 4 December)")
  String field_note();

  @Message("Record")
  String resolve_send();

  @Message("none")
  String none();

  @Message(
      "{#when code}{#is 'imported'}The statement is imported.{#is 'resolved'}The resolution is"
          + " recorded.{#else}Done.{/when}")
  String done(String code);

  @Message("This was not done")
  String refusal_title();

  @Message(
      "{#when code}{#is 'note-needed'}Write how the payment was resolved."
          + "{#is 'payment-resolved'}This payment is resolved already.{#else}This is not possible"
          + " now.{/when}")
  String refusal(String code);
}
