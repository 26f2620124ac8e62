package be.permits.permit.web;

import be.permits.contracts.RevisionDiff;
import be.permits.permit.domain.AgencyNote;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.Attachment;
import be.permits.permit.domain.InformationRequest;
import be.permits.permit.service.ApplicationService;
import be.permits.support.web.FormState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An application's file as its applicant sees it: where it stands, what happened, what is asked,
 * and the forms to act on it.
 */
public record FileView(
    Application application,
    List<Attachment> documents,
    List<InformationRequest> openRequests,
    List<Entry> timeline,
    ApplicationService.Site site,
    FormState form,
    String lang) {

  /**
   * One event of the file's history. {@code changed} names the message keys of the fields that a
   * revision changed.
   */
  public record Entry(
      Instant at,
      String kind,
      Integer revision,
      InformationRequest request,
      AgencyNote note,
      List<String> changed) {}

  static List<Entry> timeline(
      Application a,
      List<InformationRequest> requests,
      List<AgencyNote> notes,
      Map<Integer, List<RevisionDiff.Change>> diffs) {
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry(a.createdAt, "created", null, null, null, List.of()));
    if (a.submittedAt != null) {
      entries.add(new Entry(a.submittedAt, "submitted", 1, null, null, List.of()));
    }
    for (InformationRequest r : requests) {
      entries.add(new Entry(r.requestedAt, "requested", null, r, null, List.of()));
      if (r.answeredAt != null) {
        entries.add(
            new Entry(
                r.answeredAt,
                "answered",
                r.answerRevision,
                r,
                null,
                changedKeys(diffs.getOrDefault(r.answerRevision, List.of()))));
      }
    }
    for (AgencyNote note : notes) {
      entries.add(new Entry(note.writtenAt, "note", null, null, note, List.of()));
    }
    if (a.decidedAt != null) {
      entries.add(new Entry(a.decidedAt, "decided", null, null, null, List.of()));
    }
    if (a.withdrawnAt != null) {
      entries.add(new Entry(a.withdrawnAt, "withdrawn", null, null, null, List.of()));
    }
    entries.sort(Comparator.comparing(Entry::at).reversed());
    return entries;
  }

  /** The message keys of the changed fields: {@code field_site_municipality}, or documents. */
  static List<String> changedKeys(List<RevisionDiff.Change> changes) {
    Set<String> keys = new LinkedHashSet<>();
    for (RevisionDiff.Change change : changes) {
      keys.add(
          change.field().startsWith("documents.")
              ? "documents"
              : "field_" + change.field().replaceAll("\\[\\d+]", "").replace('.', '_'));
    }
    return List.copyOf(keys);
  }

  public List<be.permits.support.web.Option> documentKinds() {
    return Choices.documentKinds(lang);
  }

  public boolean canWithdraw() {
    return !application.status.isFinal()
        && application.status != be.permits.permit.domain.ApplicationStatus.DRAFT;
  }
}
