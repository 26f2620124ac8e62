package be.permits.permit.service;

import be.permits.contracts.permit.PublicDocuments;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.ApplicationStatus;
import be.permits.permit.domain.Attachment;
import be.permits.permit.domain.DocumentType;
import be.permits.permit.domain.PublicInquiry;
import be.permits.permit.domain.ReviewingAgency;
import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
import be.permits.support.security.Caller;
import be.permits.support.time.SuiteTime;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Documents of applications: checked by content, hashed, and frozen once submitted. */
@ApplicationScoped
public class Attachments {
  @Inject EntityManager em;
  @Inject OwnedApplications owned;
  @Inject Clock clock;

  @ConfigProperty(name = "attachments.max-bytes")
  long maxBytes;

  /** An application's quota: documents in all, superseded ones included, and their bytes. */
  public static final int MAX_DOCUMENTS = 50;

  public static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;

  /** The longest file name a document keeps (the column's length). */
  public static final int MAX_FILE_NAME = 255;

  /** A document to add: its kind, the name it came with, and its bytes. */
  public record Document(Attachment.Kind kind, String fileName, byte[] content) {}

  /**
   * Adds a document to a draft, or to an application whose applicant answers a request for
   * information; {@code supersedes} names a submitted document that the new one replaces.
   *
   * @throws Refusal too large; unsupported type if not a PDF, PNG or JPEG by content; conflict if
   *     the application accepts no documents now; incomplete if {@code supersedes} is not
   *     replaceable
   */
  @Transactional
  public AttachmentView upload(
      Caller caller, UUID applicationId, Document document, UUID supersedes) {
    return AttachmentView.of(
        add(owned.lock(caller, applicationId), caller.subject(), document, supersedes));
  }

  /** Adds the document to {@code a}, which the caller's transaction holds locked. */
  @Transactional(Transactional.TxType.MANDATORY)
  Attachment add(Application a, String uploadedBy, Document document, UUID supersedes) {
    byte[] content = document.content();
    String fileName = document.fileName();
    if (fileName != null && fileName.length() > MAX_FILE_NAME) {
      throw Refusal.incomplete(
          "A document's name has at most " + MAX_FILE_NAME + " characters.",
          List.of(new FieldError("file", "name longer than " + MAX_FILE_NAME + " characters")));
    }
    if (a.status != ApplicationStatus.DRAFT
        && a.status != ApplicationStatus.INFORMATION_REQUESTED) {
      throw Refusal.conflict(
          "documents-closed",
          "Documents can be added to a draft or with an answer to a request for information.");
    }
    if (content.length == 0 || content.length > maxBytes) {
      throw Refusal.tooLarge(
          "A document must hold between 1 byte and " + maxBytes + " bytes.",
          new FieldError("file", "empty or too large"));
    }
    requireRoomFor(a, content.length);
    DocumentType type =
        DocumentType.detect(content)
            .filter(t -> t.isNameOf(safeFileName(fileName)))
            .orElseThrow(
                () ->
                    Refusal.unsupportedType(
                        "Only PDF, PNG and JPEG documents are accepted, recognised by their"
                            + " content, under a name that says the same (.pdf, .png, .jpg).",
                        new FieldError("file", "not a PDF, PNG or JPEG named as what it is")));
    Attachment attachment = new Attachment();
    attachment.id = UUID.randomUUID();
    attachment.applicationId = a.id;
    attachment.kind = document.kind();
    attachment.fileName = safeFileName(fileName);
    attachment.mediaType = type.mediaType();
    attachment.sizeBytes = content.length;
    attachment.sha256 = sha256(content);
    attachment.content = content;
    attachment.uploadedAt = clock.instant();
    attachment.uploadedBy = uploadedBy;
    if (supersedes != null) {
      Attachment old = em.find(Attachment.class, supersedes);
      if (old == null
          || !old.applicationId.equals(a.id)
          || !old.isSubmitted()
          || old.supersededBy != null) {
        throw Refusal.incomplete(
            "Only a submitted document of this application that is still current can be"
                + " superseded.",
            List.of(new FieldError("supersedes", "not a current submitted document")));
      }
      old.supersededBy = attachment.id;
    }
    em.persist(attachment);
    return attachment;
  }

  /**
   * @throws Refusal conflict if a submitted revision carries the document
   */
  @Transactional
  public void delete(Caller caller, UUID applicationId, UUID attachmentId) {
    Attachment attachment = document(owned.lock(caller, applicationId), attachmentId);
    if (attachment.isSubmitted()) {
      throw Refusal.conflict(
          "document-submitted",
          "A submitted document is never deleted; supersede it with a new one instead.");
    }
    em.createQuery("UPDATE Attachment SET supersededBy = NULL WHERE supersededBy = :id")
        .setParameter("id", attachment.id)
        .executeUpdate();
    em.remove(attachment);
  }

  /** A document's bytes with what a download needs to describe them. */
  public record Content(String fileName, String mediaType, String sha256, byte[] bytes) {}

  @ReadOnly
  public Content content(Caller caller, UUID applicationId, UUID attachmentId) {
    Attachment attachment = document(owned.read(caller, applicationId), attachmentId);
    return new Content(
        attachment.fileName, attachment.mediaType, attachment.sha256, attachment.content);
  }

  /**
   * A submitted document, for a reviewer of an agency that reviews the application: what the desk
   * links to.
   *
   * @throws Refusal not found for a reviewer of any other agency, and for a document not submitted
   */
  @ReadOnly
  public Content contentForReviewer(Caller caller, UUID applicationId, UUID attachmentId) {
    if (caller.agency() == null
        || em.find(ReviewingAgency.class, new ReviewingAgency.Key(applicationId, caller.agency()))
            == null) {
      throw Refusal.notFound();
    }
    Attachment attachment = em.find(Attachment.class, attachmentId);
    if (attachment == null
        || !attachment.applicationId.equals(applicationId)
        || !attachment.isSubmitted()) {
      throw Refusal.notFound();
    }
    return new Content(
        attachment.fileName, attachment.mediaType, attachment.sha256, attachment.content);
  }

  /**
   * A public document of an application under public inquiry, for anyone, while the inquiry runs: a
   * submitted site plan or impact study that no later document replaced.
   *
   * @throws Refusal not found for any other document, application or day
   */
  @ReadOnly
  public Content contentForThePublic(UUID applicationId, UUID attachmentId) {
    PublicInquiry inquiry = em.find(PublicInquiry.class, applicationId);
    Attachment attachment = em.find(Attachment.class, attachmentId);
    if (inquiry == null
        || !inquiry.runsOn(SuiteTime.today(clock))
        || attachment == null
        || !attachment.applicationId.equals(applicationId)
        || !attachment.isSubmitted()
        || attachment.supersededBy != null
        || !PublicDocuments.KINDS.contains(attachment.kind.name())) {
      throw Refusal.notFound();
    }
    return new Content(
        attachment.fileName, attachment.mediaType, attachment.sha256, attachment.content);
  }

  /**
   * @throws Refusal conflict once the application holds its quota of documents or bytes
   */
  private void requireRoomFor(Application a, long bytes) {
    Object[] held =
        em.createQuery(
                "SELECT count(d), coalesce(sum(d.sizeBytes), 0) FROM Attachment d"
                    + " WHERE d.applicationId = :id",
                Object[].class)
            .setParameter("id", a.id)
            .getSingleResult();
    long count = ((Number) held[0]).longValue();
    long total = ((Number) held[1]).longValue();
    if (count >= MAX_DOCUMENTS || total + bytes > MAX_TOTAL_BYTES) {
      throw Refusal.conflict(
          "documents-quota",
          "An application holds at most "
              + MAX_DOCUMENTS
              + " documents and "
              + MAX_TOTAL_BYTES / (1024 * 1024)
              + " MiB in all; this one holds "
              + count
              + ". Remove a document from the draft first.");
    }
  }

  /** Every document of {@code a}, oldest first. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Attachment> of(Application a) {
    return em.createQuery(
            "FROM Attachment WHERE applicationId = :id ORDER BY uploadedAt, id", Attachment.class)
        .setParameter("id", a.id)
        .getResultList();
  }

  /** Freezes the documents that the new revision of {@code a} carries for the first time. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void markSubmitted(Application a) {
    // Entity by entity rather than one bulk update, so that documents uploaded in this same
    // transaction (an answer with its document) are marked in memory too.
    for (Attachment document : of(a)) {
      if (document.firstRevision == null) {
        document.firstRevision = a.revision;
      }
    }
  }

  private Attachment document(Application a, UUID attachmentId) {
    Attachment attachment = em.find(Attachment.class, attachmentId);
    if (attachment == null || !attachment.applicationId.equals(a.id)) {
      throw Refusal.notFound();
    }
    return attachment;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** The last path segment, without control characters, at most 255 characters. */
  static String safeFileName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
    if (base.isEmpty()) {
      base = "document";
    }
    return base.length() > MAX_FILE_NAME ? base.substring(base.length() - MAX_FILE_NAME) : base;
  }
}
