package be.permits.permit.web;

import be.permits.contracts.RevisionDiff;
import be.permits.permit.domain.ApplicationStatus;
import be.permits.permit.service.ApplicationFile;
import be.permits.permit.service.ApplicationView;
import be.permits.permit.service.AttachmentView;
import be.permits.permit.service.NoteView;
import be.permits.permit.service.RequestView;
import be.permits.support.web.FormState;
import be.permits.support.web.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An application's file as its applicant sees it: where it stands, what happened, what is asked,
 * and the forms to act on it.
 */
public record FileView(ApplicationFile file, FormState form, String lang) {

  /**
   * One event of the file's history. {@code changed} names the message keys of the fields that a
   * revision changed.
   */
  public record Entry(
      Instant at,
      String kind,
      Integer revision,
      RequestView request,
      NoteView note,
      List<String> changed) {}

  /** The parts of the form, to show the answers as submitted under their labels. */
  public List<FormStep> steps() {
    return List.of(FormStep.values());
  }

  /** The answers of the latest revision, shown as the applicant's review page shows them. */
  public FormView answers() {
    return FormView.of(file.answers(), lang);
  }

  public ApplicationView application() {
    return file.application();
  }

  public List<AttachmentView> documents() {
    return file.documents();
  }

  public List<RequestView> openRequests() {
    return file.openRequests();
  }

  public List<ApplicationView> related() {
    return file.related().related();
  }

  public long cumulativeFloorArea() {
    return file.related().cumulativeRequestedFloorArea();
  }

  /** What happened to the application, newest first. */
  public List<Entry> timeline() {
    ApplicationView a = file.application();
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry(a.createdAt(), "created", null, null, null, List.of()));
    if (a.submittedAt() != null) {
      entries.add(new Entry(a.submittedAt(), "submitted", 1, null, null, List.of()));
    }
    for (RequestView r : file.requests()) {
      entries.add(new Entry(r.requestedAt(), "requested", null, r, null, List.of()));
      if (r.answeredAt() != null) {
        entries.add(
            new Entry(
                r.answeredAt(),
                "answered",
                r.answerRevision(),
                r,
                null,
                changedKeys(file.changesByRevision().getOrDefault(r.answerRevision(), List.of()))));
      }
    }
    for (NoteView note : file.notes()) {
      entries.add(new Entry(note.writtenAt(), "note", null, null, note, List.of()));
    }
    if (a.decision() != null) {
      entries.add(new Entry(a.decision().decidedAt(), "decided", null, null, null, List.of()));
    }
    if (a.withdrawnAt() != null) {
      entries.add(new Entry(a.withdrawnAt(), "withdrawn", null, null, null, List.of()));
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

  public List<Option> documentKinds() {
    return Choices.documentKinds(lang);
  }

  public boolean canWithdraw() {
    ApplicationStatus status = file.application().status();
    return !status.isFinal() && status != ApplicationStatus.DRAFT;
  }
}
