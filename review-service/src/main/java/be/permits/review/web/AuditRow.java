package be.permits.review.web;

import be.permits.review.ledger.EntryView;
import be.permits.review.service.AuditDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A ledger entry as the auditor console says it: who (by name, with their role and agency), did
 * what, on which application (by reference), when, and the hash that chains it.
 *
 * @param who the person's name; {@code null} when the ledger knows only their subject
 * @param system whether a service of the suite acted, not a person
 */
public record AuditRow(
    long seq,
    Instant recordedAt,
    String action,
    String who,
    boolean system,
    String role,
    String agency,
    UUID applicationId,
    String reference,
    String entryHash) {

  static List<AuditRow> of(List<EntryView> entries, AuditDirectory directory) {
    Function<String, String> names =
        directory.namesOf(entries.stream().map(EntryView::actor).toList());
    Map<UUID, String> references =
        directory.referencesOf(entries.stream().map(EntryView::applicationId).toList());
    return entries.stream()
        .map(
            e ->
                new AuditRow(
                    e.seq(),
                    e.recordedAt(),
                    e.action(),
                    names.apply(e.actor()),
                    e.actor() != null && e.actor().startsWith("system:"),
                    e.actorRole(),
                    e.actorAgency(),
                    e.applicationId(),
                    references.get(e.applicationId()),
                    e.entryHash()))
        .toList();
  }
}
