package be.permits.permit.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the operator's obligation page, in English here and in French, Dutch and German in
 * {@code messages/evid_*.properties}.
 */
@MessageBundle(value = "evid", locale = "en")
public interface EvidenceMessages {
  @Message("Condition · {reference}")
  String title(String reference);

  @Message("A condition of your permit")
  String heading();

  @Message("Back to the application")
  String back();

  @Message("Where it stands")
  String state_label();

  @Message(
      "{#when state}{#is 'TO_REVIEW'}Your evidence is with the authority for review{#is 'AWAITED'}"
          + "{#if overdue}Overdue: the evidence was due on {due}{#else}Evidence due by {due}{/if}"
          + "{#is 'FULFILLED'}Kept: nothing more is owed{#is 'BREACHED'}Found not kept{/when}")
  String state(String state, boolean overdue, String due);

  @Message(
      "{#when outcome}{#is 'ACCEPTED'}Accepted{#is 'MORE_INFORMATION'}More information is"
          + " needed{#is 'BREACH'}The authority found the condition not kept{/when}")
  String outcome(String outcome);

  @Message("The authority's last finding")
  String last_finding();

  @Message("The authority opened enforcement case {reference}.")
  String enforcement(String reference);

  @Message("Hand in evidence")
  String form_title();

  @Message(
      "Say what the document shows, and attach it as a PDF. The authority that set the condition"
          + " reviews it and tells you what it finds.")
  String form_intro();

  @Message("What the document shows")
  String field_statement();

  @Message("For example: the auditor's attestation for the year, signed on 12 March.")
  String hint_statement();

  @Message("The document (PDF)")
  String field_file();

  @Message("A PDF of at most 20 MiB.")
  String hint_file();

  @Message("Hand in")
  String submit();

  @Message("Evidence handed in")
  String history_title();

  @Message("None yet.")
  String history_none();

  @Message("Handed in on {submitted}, for the evidence due on {due}")
  String history_item(String submitted, String due);

  @Message("Download {file} ({size})")
  String download(String file, String size);

  @Message("Waiting for the authority's review")
  String waiting();

  @Message("Your evidence is handed in; the authority reviews it.")
  String done();

  @Message(
      "{#when code}{#is 'evidence-under-review'}Your earlier evidence is still with the authority;"
          + " wait for its finding.{#is 'obligation-fulfilled'}Nothing more is owed for this"
          + " condition.{#is 'permit-refused'}The permit was refused on appeal: its conditions bind"
          + " no one.{#else}This is not possible now.{/when}")
  String refusal(String code);

  @Message("Where it stands")
  String col_state();

  @Message("This was not done")
  String refusal_title();

  @Message("Hand in evidence")
  String hand_in();
}
