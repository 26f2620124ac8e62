package be.permits.review.service;

import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewNoteShared;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewNote;
import be.permits.review.domain.ReviewNote.Visibility;
import be.permits.review.ledger.Ledger;
import be.permits.review.service.CaseViews.NoteView;
import be.permits.review.service.StepCommands.NewNote;
import be.permits.support.outbox.Outbox;
import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
import be.permits.support.security.Actor;
import be.permits.support.security.Caller;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reviewers' notes on a case, each with its visibility. Need-to-know: a classified (AGENCY) note is
 * read by its agency only and never leaves this service; only a note for the applicant becomes an
 * event. Note text is never logged.
 */
@ApplicationScoped
public class Notes {
  @Inject EntityManager em;
  @Inject StepAccess access;
  @Inject CaseLock caseLock;
  @Inject Outbox outbox;
  @Inject Ledger ledger;
  @Inject Clock clock;

  /**
   * Writes a note on a case in which the caller's agency has a step; {@code stepId}, if given, must
   * be that agency's step.
   *
   * @throws Refusal not found for a case or step the agency may not see
   */
  @Transactional
  public NoteView write(Caller caller, UUID caseId, NewNote request) {
    UUID stepId = request.stepId();
    Visibility visibility = request.visibility();
    // A note for the applicant depends on the case being open: it waits for a conclusion in flight.
    caseLock.lock(caseId);
    ReviewCase c = access.visibleCase(caller.agency(), caseId);
    if (stepId != null) {
      access.agencyStep(caller, caseId, stepId);
    } else {
      access.seen(caller);
    }
    if (visibility == Visibility.APPLICANT && c.status != ReviewCase.Status.OPEN) {
      throw Refusal.incomplete(
          "The applicant is written to while the review is open only.",
          List.of(new FieldError("visibility", "the case is " + c.status)));
    }
    Instant now = clock.instant();
    ReviewNote note = new ReviewNote();
    note.id = UUID.randomUUID();
    note.caseId = c.id;
    note.stepId = stepId;
    note.agency = caller.agency();
    note.author = caller.subject();
    note.authorName = caller.name();
    note.visibility = visibility;
    note.text = request.text().strip();
    note.writtenAt = now;
    em.persist(note);
    // The ledger learns that the note exists, who wrote it and when: its text enters as a hash.
    ledger.append(
        new Ledger.Fact(
            null,
            "review-service",
            "review.note-written." + visibility.name().toLowerCase(java.util.Locale.ROOT),
            c.applicationId,
            caller.subject(),
            "reviewer",
            caller.agency().name(),
            note.text));
    if (visibility == Visibility.APPLICANT) {
      outbox.publish(
          EventType.REVIEW_NOTE_SHARED,
          c.applicationId,
          new ReviewNoteShared(
              c.id,
              c.applicationId,
              c.reference,
              note.id,
              note.agency,
              note.text,
              now,
              c.applicant()),
          Actor.reviewer(caller));
    }
    return NoteView.of(note);
  }

  /**
   * The notes of the case that the caller's agency may read, oldest first: every note but the
   * classified ones of other agencies.
   */
  @ReadOnly
  public List<NoteView> readableBy(Caller caller, UUID caseId) {
    ReviewCase c = access.visibleCase(caller.agency(), caseId);
    return em.createQuery(
            "FROM ReviewNote WHERE caseId = :case AND (visibility <> :classified OR agency = :agency)"
                + " ORDER BY writtenAt, id",
            ReviewNote.class)
        .setParameter("case", c.id)
        .setParameter("classified", Visibility.AGENCY)
        .setParameter("agency", caller.agency())
        .setMaxResults(1000)
        .getResultStream()
        .map(NoteView::of)
        .toList();
  }
}
