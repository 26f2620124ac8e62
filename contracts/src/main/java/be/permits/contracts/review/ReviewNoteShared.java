package be.permits.contracts.review;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code review.note-shared.v1}: a reviewer wrote a note that the applicant may read. Notes for the
 * agency or for reviewers only never leave review-service.
 */
public record ReviewNoteShared(
    UUID caseId,
    UUID applicationId,
    String reference,
    UUID noteId,
    Agency agency,
    String text,
    Instant writtenAt,
    Contact applicant) {}
