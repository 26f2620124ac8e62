package be.permits.permit.service;

import be.permits.permit.domain.Application;
import be.permits.permit.domain.ApplicationStatus;
import be.permits.permit.domain.Attachment;
import be.permits.permit.domain.DocumentType;
import be.permits.support.problem.Problem;
import be.permits.support.problem.Problem.FieldError;
import be.permits.support.problem.ProblemException;
import be.permits.support.security.Caller;
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
  @Inject ApplicationService applications;
  @Inject Clock clock;

  @ConfigProperty(name = "attachments.max-bytes")
  long maxBytes;

  /**
   * Adds a document to a draft, or to an application whose applicant answers a request for
   * information; {@code supersedes} names a submitted document that the new one replaces.
   *
   * @throws ProblemException 413 if too large, 415 if not a PDF, PNG or JPEG by content, 409 if the
   *     application accepts no documents now, 422 if {@code supersedes} is not replaceable
   */
  @Transactional
  public Attachment upload(
      Caller caller,
      UUID applicationId,
      Attachment.Kind kind,
      String fileName,
      byte[] content,
      UUID supersedes) {
    Application a = applications.owned(caller, applicationId);
    if (a.status != ApplicationStatus.DRAFT
        && a.status != ApplicationStatus.INFORMATION_REQUESTED) {
      throw ProblemException.conflict(
          "Documents can be added to a draft or with an answer to a request for information.");
    }
    if (content.length == 0 || content.length > maxBytes) {
      throw new ProblemException(
          new Problem(
              "urn:problem:document-size",
              "Document size",
              413,
              "A document must hold between 1 byte and " + maxBytes + " bytes.",
              null,
              List.of(new FieldError("file", "empty or too large"))));
    }
    DocumentType type =
        DocumentType.detect(content)
            .filter(t -> t.isNameOf(safeFileName(fileName)))
            .orElseThrow(
                () ->
                    new ProblemException(
                        new Problem(
                            "urn:problem:document-type",
                            "Document type",
                            415,
                            "Only PDF, PNG and JPEG documents are accepted, recognised by their"
                                + " content, under a name that says the same (.pdf, .png, .jpg).",
                            null,
                            List.of(
                                new FieldError(
                                    "file", "not a PDF, PNG or JPEG named as what it is")))));
    Attachment attachment = new Attachment();
    attachment.id = UUID.randomUUID();
    attachment.applicationId = a.id;
    attachment.kind = kind;
    attachment.fileName = safeFileName(fileName);
    attachment.mediaType = type.mediaType();
    attachment.sizeBytes = content.length;
    attachment.sha256 = sha256(content);
    attachment.content = content;
    attachment.uploadedAt = clock.instant();
    attachment.uploadedBy = caller.subject();
    if (supersedes != null) {
      Attachment old = em.find(Attachment.class, supersedes);
      if (old == null
          || !old.applicationId.equals(a.id)
          || !old.isSubmitted()
          || old.supersededBy != null) {
        throw ProblemException.incomplete(
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
   * @throws ProblemException 409 if a submitted revision carries the document
   */
  @Transactional
  public void delete(Caller caller, UUID applicationId, UUID attachmentId) {
    Attachment attachment = owned(caller, applicationId, attachmentId);
    if (attachment.isSubmitted()) {
      throw ProblemException.conflict(
          "A submitted document is never deleted; supersede it with a new one instead.");
    }
    em.createQuery("UPDATE Attachment SET supersededBy = NULL WHERE supersededBy = :id")
        .setParameter("id", attachment.id)
        .executeUpdate();
    em.remove(attachment);
  }

  @ReadOnly
  public List<Attachment> list(Caller caller, UUID applicationId) {
    return of(applications.owned(caller, applicationId));
  }

  /** A document's bytes with what a download needs to describe them. */
  public record Content(String fileName, String mediaType, String sha256, byte[] bytes) {}

  @ReadOnly
  public Content content(Caller caller, UUID applicationId, UUID attachmentId) {
    Attachment attachment = owned(caller, applicationId, attachmentId);
    return new Content(
        attachment.fileName, attachment.mediaType, attachment.sha256, attachment.content);
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

  private Attachment owned(Caller caller, UUID applicationId, UUID attachmentId) {
    Application a = applications.owned(caller, applicationId);
    Attachment attachment = em.find(Attachment.class, attachmentId);
    if (attachment == null || !attachment.applicationId.equals(a.id)) {
      throw ProblemException.notFound();
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
    return base.length() > 255 ? base.substring(base.length() - 255) : base;
  }
}
