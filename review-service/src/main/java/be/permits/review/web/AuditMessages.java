package be.permits.review.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Words of the auditor's console (search, timeline, verification), in English here and in French,
 * Dutch and German in {@code messages/audit_*.properties}. Field labels stay in {@link
 * DeskMessages}, where the shared error summary looks them up by key.
 */
@MessageBundle(value = "audit", locale = "en")
public interface AuditMessages {

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

  @Message("{#when order}{#is 'OLDEST'}Oldest first{#else}Newest first{/when}")
  String audit_order(String order);

  @Message(
      "{#if !exact}More than {count} entries match; narrow the search to count them."
          + "{#else if total == 1}One entry."
          + "{#else}{count} entries; {from} to {to} shown.{/if}")
  String audit_count(long total, boolean exact, String count, String from, String to);

  @Message("Pages of the entries found")
  String audit_pages();

  @Message("Previous entries")
  String audit_previous();

  @Message("Next entries")
  String audit_next();

  @Message("Timeline of an application")
  String audit_timeline();

  @Message("The chain is intact: {checked} entries checked.")
  String audit_valid(long checked);

  @Message("The chain is broken at entry {seq}")
  String audit_broken(Long seq);

  @Message("When")
  String col_when();

  @Message("Application")
  String col_application();

  @Message("Entry hash")
  String col_hash();

  @Message(
      "{#when action}{#is 'permit.submitted.v1'}Application submitted"
          + "{#is 'permit.withdrawn.v1'}Application withdrawn"
          + "{#is 'permit.information-provided.v1'}Information provided by the applicant"
          + "{#is 'review.opened.v1'}Review opened"
          + "{#is 'review.information-requested.v1'}Information asked of the applicant"
          + "{#is 'review.concluded.v1'}Review concluded with the decision"
          + "{#is 'review.step-proposed.v1'}Decision proposed (four eyes)"
          + "{#is 'review.proposal-returned.v1'}Proposed decision returned"
          + "{#is 'review.step-decided.v1'}Step decided"
          + "{#is 'review.step-overdue.v1'}Overdue step escalated"
          + "{#is 'review.decision-opened.v1'}Decision step opened"
          + "{#is 'review.note-shared.v1'}Note shared"
          + "{#is 'review.completeness-opened.v1'}Completeness check opened"
          + "{#is 'review.inquiry-opened.v1'}Public inquiry opened"
          + "{#is 'review.observation-received.v1'}Observation received"
          + "{#is 'review.observation-published.v1'}Observation published, redacted"
          + "{#is 'review.decision-extended.v1'}Decision period extended"
          + "{#is 'review.appeal-received.v1'}Appeal received"
          + "{#is 'review.appeal-lodged.v1'}Appeal lodged"
          + "{#is 'review.appeal-decided.v1'}Appeal decided"
          + "{#is 'review.decision-sealed.v1'}Decision document sealed"
          + "{#is 'review.screening-opened.v1'}Screening phase opened"
          + "{#is 'review.obligations-set.v1'}Conditions became obligations"
          + "{#is 'permit.evidence-submitted.v1'}Evidence handed in for an obligation"
          + "{#is 'review.obligation-reminder.v1'}Obligation reminded or escalated"
          + "{#is 'review.obligation-reviewed.v1'}Evidence reviewed"
          + "{#is 'review.enforcement-closed.v1'}Enforcement case closed"
          + "{#is 'review.step-handed-over.v1'}Step handed over"
          + "{#is 'permit.appeal-fee-invoiced.v1'}Appeal fee asked"
          + "{#is 'permit.fee-paid.v1'}Fee paid"
          + "{#is 'notification.sent.v1'}Message sent"
          + "{#is 'notification.failed.v1'}Message not delivered"
          + "{#is 'audit.search'}Ledger searched{#is 'audit.timeline'}Timeline read"
          + "{#is 'audit.export'}Ledger exported"
          + "{#is 'audit.verify'}Chain verified{#else}Other action{/when}")
  String audit_action(String action);

  @Message(
      "{#when role}{#is 'applicant'}applicant{#is 'reviewer'}reviewer"
          + "{#is 'auditor'}auditor{#is 'admin'}administrator"
          + "{#is 'system'}the suite{#else}another role{/when}")
  String audit_role(String role);

  @Message("The suite itself")
  String audit_system();

  @Message("A person not named in the suite")
  String audit_someone();

  @Message("an application without a review case")
  String audit_unknown_application();

  @Message("Timeline of {reference}")
  String audit_timeline_of(String reference);

  @Message("Download this application's history with its proofs (JSON Lines)")
  String audit_export_application();

  @Message("Download the public keys of the ledger and its witness")
  String audit_keys();

  @Message("This history is proven")
  String audit_proven_title();

  @Message(
      "All its entries ({proven}) are in the ledger's latest checkpoint that the independent witness"
          + " countersigned, on {when}, which holds the ledger's first {size} entries. Nobody can"
          + " change them without the witness seeing it.")
  String audit_proven(String proven, String size, String when);

  @Message("This history is proven up to the latest witnessed checkpoint")
  String audit_partly_proven_title();

  @Message(
      "Its {proven} oldest entries are in the ledger's latest checkpoint that the independent"
          + " witness countersigned, on {when}, which holds the ledger's first {size} entries."
          + " {#if pendingCount == 1}The newest entry will be{#else}The {pending} newest entries"
          + " will be{/if} in the next checkpoint, which the witness countersigns within seconds.")
  String audit_partly_proven(
      String proven, int pendingCount, String pending, String size, String when);

  @Message("This history is not proven yet")
  String audit_not_witnessed_title();

  @Message(
      "The independent witness has not yet countersigned a checkpoint of the ledger that holds"
          + " this history; it countersigns one within seconds. Look again shortly; if this lasts,"
          + " tell the ledger's operators.")
  String audit_not_witnessed();

  @Message("This history no longer matches what the witness countersigned")
  String audit_proof_broken_title();

  @Message(
      "Entry {seq} does not lead to the checkpoint that the independent witness countersigned on"
          + " {when}: the ledger has been changed since. Keep the downloads you hold, and tell the"
          + " court of audit and the ledger's operators.")
  String audit_proof_broken(String seq, String when);

  @Message("Entry")
  String col_entry();

  @Message("Who")
  String col_who();
}
