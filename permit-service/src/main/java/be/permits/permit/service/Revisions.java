package be.permits.permit.service;

import be.permits.contracts.EventJson;
import be.permits.contracts.RevisionDiff;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.ApplicationRevision;
import be.permits.support.refusal.Refusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Numbered, immutable revisions of applications, and the differences between them. */
@ApplicationScoped
public class Revisions {
  @Inject EntityManager em;
  @Inject Attachments attachments;

  /** Freezes the application's current data as its revision {@code a.revision}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void freeze(Application a, String by, Instant at) {
    ApplicationRevision revision = new ApplicationRevision();
    revision.applicationId = a.id;
    revision.number = a.revision;
    revision.createdAt = at;
    revision.createdBy = by;
    revision.form = EventJson.write(ApplicationMapper.toForm(a));
    revision.attachments =
        EventJson.write(attachments.of(a).stream().map(AttachmentView::of).toList());
    em.persist(revision);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public List<ApplicationRevision> of(Application a) {
    return em.createQuery(
            "FROM ApplicationRevision WHERE applicationId = :id ORDER BY number",
            ApplicationRevision.class)
        .setParameter("id", a.id)
        .setMaxResults(10_000)
        .getResultList();
  }

  /**
   * @throws Refusal not found if the application has no such revision
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ApplicationRevision get(Application a, int number) {
    ApplicationRevision revision =
        em.find(ApplicationRevision.class, new ApplicationRevision.Key(a.id, number));
    if (revision == null) {
      throw Refusal.notFound();
    }
    return revision;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public List<RevisionDiff.Change> diff(Application a, int from, int to) {
    return RevisionDiff.between(json(get(a, from)), json(get(a, to)));
  }

  /** The revision as one JSON tree: the form's sections, and its documents by id. */
  static JsonNode json(ApplicationRevision revision) {
    try {
      ObjectNode tree = (ObjectNode) EventJson.mapper().readTree(revision.form);
      ObjectNode documents = tree.putObject("documents");
      for (JsonNode document : EventJson.mapper().readTree(revision.attachments)) {
        documents.set(document.get("id").asText(), document);
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Revision " + revision.number + " is not JSON", e);
    }
  }
}
