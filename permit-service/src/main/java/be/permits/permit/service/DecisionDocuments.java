package be.permits.permit.service;

import be.permits.contracts.review.ReviewDecisionSealed;
import be.permits.permit.domain.DecisionDocument;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Caller;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The sealed decision documents of an application: kept as review-service issued them, listed on
 * the file page and downloaded by the application's owner only.
 */
@ApplicationScoped
public class DecisionDocuments {
  @Inject EntityManager em;
  @Inject OwnedApplications owned;

  /** A decision document as the file page lists it. */
  @Schema(name = "DecisionDocument")
  public record DocumentView(
      @Schema(enumeration = {"DECISION", "APPEAL_DECISION"}) String kind,
      @Schema(maxLength = 2) String language,
      @Schema(pattern = "^[0-9a-f]{64}$", maxLength = 64) String sha256,
      Instant sealedAt) {}

  /** A document's bytes, with the name it is saved under. */
  public record Download(String fileName, String sha256, byte[] content) {}

  /** review-service sealed a decision's document: kept once, whatever the deliveries. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void sealed(ReviewDecisionSealed event) {
    if (owned.lockNamedByEvent(event.applicationId()) == null
        || em.find(DecisionDocument.class, event.documentId()) != null) {
      return;
    }
    DecisionDocument document = new DecisionDocument();
    document.id = event.documentId();
    document.applicationId = event.applicationId();
    document.kind = event.kind();
    document.language = event.language();
    document.sha256 = event.sha256();
    document.sealedAt = event.sealedAt();
    document.content = event.content();
    em.persist(document);
  }

  /** The application's decision documents, the first decision first. */
  @ReadOnly
  public List<DocumentView> of(Caller caller, UUID applicationId) {
    owned.read(caller, applicationId);
    return list(applicationId);
  }

  @ReadOnly
  List<DocumentView> list(UUID applicationId) {
    return em.createQuery(
            "FROM DecisionDocument WHERE applicationId = :id ORDER BY sealedAt",
            DecisionDocument.class)
        .setParameter("id", applicationId)
        .getResultStream()
        .map(d -> new DocumentView(d.kind, d.language, d.sha256, d.sealedAt))
        .toList();
  }

  /**
   * @throws Refusal not found unless the caller owns the application and it has that document
   */
  @ReadOnly
  public Download download(Caller caller, UUID applicationId, String kind) {
    String reference = owned.read(caller, applicationId).reference;
    return em.createQuery(
            "FROM DecisionDocument WHERE applicationId = :id AND kind = :kind",
            DecisionDocument.class)
        .setParameter("id", applicationId)
        .setParameter("kind", kind)
        .getResultStream()
        .findFirst()
        .map(
            d ->
                new Download(
                    reference + ("APPEAL_DECISION".equals(kind) ? "-appeal" : "") + "-decision.pdf",
                    d.sha256,
                    d.content))
        .orElseThrow(Refusal::notFound);
  }
}
