package be.permits.permit.service;

import be.permits.contracts.RevisionDiff;
import be.permits.permit.domain.AgencyNote;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.ApplicationStatus;
import be.permits.permit.domain.InformationRequest;
import be.permits.permit.domain.PublicInquiry;
import be.permits.permit.domain.ReviewingAgency;
import be.permits.permit.domain.SubmissionCheck;
import be.permits.permit.service.RevisionViews.DifferenceView;
import be.permits.permit.service.RevisionViews.RevisionSummary;
import be.permits.permit.service.RevisionViews.RevisionView;
import be.permits.support.persistence.Like;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Caller;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What an applicant reads: their applications, a draft as its form shows it, an application's file,
 * its revisions, notes and the applications on the same site. Every read is read-only and answers
 * records, never entities; someone else's id is not found.
 */
@ApplicationScoped
@ReadOnly
public class ApplicationQueries {
  @Inject Fees fees;
  @Inject DecisionDocuments decisions;
  @Inject Obligations obligations;
  @Inject EntityManager em;
  @Inject OwnedApplications owned;
  @Inject Attachments attachments;
  @Inject Revisions revisions;

  public ApplicationView get(Caller caller, UUID id) {
    return ApplicationView.of(owned.read(caller, id));
  }

  /** The caller's organisation's applications, newest first. */
  public List<ApplicationView> list(Caller caller, int limit) {
    return em.createQuery(
            "FROM Application WHERE ownerKey = :owner ORDER BY createdAt DESC", Application.class)
        .setParameter("owner", caller.ownerKey())
        .setMaxResults(limit)
        .getResultStream()
        .map(ApplicationView::of)
        .toList();
  }

  /** A page of the caller's applications, and how many match in all. */
  public record ApplicationsPage(List<ApplicationView> applications, long total) {}

  /**
   * The caller's applications, newest first, whose reference or site name holds {@code text} (all
   * of them when it is {@code null}), from {@code offset}.
   */
  /** How the applicant's list is sorted. */
  public enum Order {
    /** Last changed first: what the applicant was working on. */
    CHANGED("a.updatedAt DESC, a.id"),
    /** Started first: the oldest applications. */
    OLDEST("a.createdAt, a.id"),
    /** By reference; drafts, which have none yet, last. */
    REFERENCE("a.reference NULLS LAST, a.createdAt, a.id");

    private final String orderBy;

    Order(String orderBy) {
      this.orderBy = orderBy;
    }
  }

  public ApplicationsPage page(Caller caller, String text, Order order, int offset, int limit) {
    String where =
        "a.ownerKey = :owner"
            + (text == null
                ? ""
                : " AND (lower(a.reference) LIKE :text"
                    + Like.ESCAPE
                    + " OR lower(a.site.name) LIKE :text"
                    + Like.ESCAPE
                    + ")");
    var query =
        em.createQuery(
                "SELECT a FROM Application a WHERE " + where + " ORDER BY " + order.orderBy,
                Application.class)
            .setParameter("owner", caller.ownerKey())
            .setFirstResult(offset)
            .setMaxResults(limit);
    var count =
        em.createQuery("SELECT count(a) FROM Application a WHERE " + where, Long.class)
            .setParameter("owner", caller.ownerKey());
    if (text != null) {
      query.setParameter("text", Like.containing(text));
      count.setParameter("text", Like.containing(text));
    }
    return new ApplicationsPage(
        query.getResultStream().map(ApplicationView::of).toList(), count.getSingleResult());
  }

  /**
   * A draft with what its form pages show.
   *
   * @throws Refusal conflict if the application is not a draft any more
   */
  public DraftView draft(Caller caller, UUID id) {
    Application a = owned.read(caller, id);
    a.requireDraft();
    return new DraftView(
        ApplicationView.of(a),
        ApplicationMapper.toForm(a),
        documents(a),
        SubmissionCheck.missing(a),
        fees.preview(a));
  }

  /** Everything the applicant's file page shows. */
  public ApplicationFile file(Caller caller, UUID id) {
    Application a = owned.read(caller, id);
    List<InformationRequest> requests = requests(a);
    Map<Integer, List<RevisionDiff.Change>> changes = new HashMap<>();
    for (InformationRequest r : requests) {
      if (r.answerRevision != null && r.answerRevision > 1) {
        changes.put(r.answerRevision, revisions.diff(a, r.answerRevision - 1, r.answerRevision));
      }
    }
    return new ApplicationFile(
        ApplicationView.of(a),
        documents(a),
        requests.stream().map(RequestView::of).toList(),
        notes(a),
        changes,
        related(a),
        ApplicationMapper.toForm(a),
        em.createQuery(
                "FROM ReviewingAgency WHERE applicationId = :id ORDER BY dueDate NULLS LAST, agency",
                ReviewingAgency.class)
            .setParameter("id", a.id)
            .getResultStream()
            .map(r -> new ApplicationFile.Consulted(r.agency, r.dueDate))
            .toList(),
        inquiry(a),
        fees.of(a.id).stream().map(InvoiceView::of).toList(),
        fees.schedule().beneficiary(),
        decisions.list(a.id),
        obligations.list(a.id));
  }

  /** The fees asked of the application, and where they stand. */
  public List<InvoiceView> invoices(Caller caller, UUID id) {
    return fees.of(owned.read(caller, id).id).stream().map(InvoiceView::of).toList();
  }

  private ApplicationFile.Inquiry inquiry(Application a) {
    PublicInquiry inquiry = em.find(PublicInquiry.class, a.id);
    return inquiry == null
        ? null
        : new ApplicationFile.Inquiry(
            inquiry.startsOn, inquiry.endsOn, "/inquiries/" + inquiry.reference);
  }

  public List<AttachmentView> documents(Caller caller, UUID id) {
    return documents(owned.read(caller, id));
  }

  public List<RequestView> requests(Caller caller, UUID id) {
    return requests(owned.read(caller, id)).stream().map(RequestView::of).toList();
  }

  /** The notes that reviewing agencies wrote for the applicant, oldest first. */
  public List<NoteView> notes(Caller caller, UUID id) {
    return notes(owned.read(caller, id));
  }

  /**
   * The caller's other applications on the same site (same municipality, a cadastral parcel in
   * common) and the requested floor area of all of them together, withdrawn and rejected ones left
   * out: a project split into small permits shows as one.
   */
  public RelatedView related(Caller caller, UUID id) {
    return related(owned.read(caller, id));
  }

  public List<RevisionSummary> revisions(Caller caller, UUID id) {
    return revisions.of(owned.read(caller, id)).stream()
        .map(r -> new RevisionSummary(r.number, r.createdAt))
        .toList();
  }

  /**
   * @throws Refusal not found if the application has no such revision
   */
  public RevisionView revision(Caller caller, UUID id, int number) {
    return RevisionView.of(revisions.get(owned.read(caller, id), number));
  }

  public DifferenceView diff(Caller caller, UUID id, int from, int to) {
    return DifferenceView.of(from, to, revisions.diff(owned.read(caller, id), from, to));
  }

  private List<AttachmentView> documents(Application a) {
    return attachments.of(a).stream().map(AttachmentView::of).toList();
  }

  private List<InformationRequest> requests(Application a) {
    return em.createQuery(
            "FROM InformationRequest WHERE applicationId = :id ORDER BY requestedAt",
            InformationRequest.class)
        .setParameter("id", a.id)
        .setMaxResults(100)
        .getResultList();
  }

  private List<NoteView> notes(Application a) {
    return em.createQuery(
            "FROM AgencyNote WHERE applicationId = :id ORDER BY writtenAt, id", AgencyNote.class)
        .setParameter("id", a.id)
        .setMaxResults(500)
        .getResultStream()
        .map(NoteView::of)
        .toList();
  }

  private RelatedView related(Application a) {
    List<Application> related =
        a.site().municipality == null || a.site().cadastralParcels.isEmpty()
            ? List.of()
            : em.createQuery(
                    "FROM Application WHERE ownerKey = :owner AND id <> :id"
                        + " AND lower(site.municipality) = lower(:municipality)"
                        + " ORDER BY createdAt",
                    Application.class)
                .setParameter("owner", a.ownerKey)
                .setParameter("id", a.id)
                .setParameter("municipality", a.site().municipality)
                .getResultStream()
                .filter(
                    other ->
                        other.site().cadastralParcels.stream()
                            .anyMatch(a.site().cadastralParcels::contains))
                .toList();
    long cumulative =
        Stream.concat(Stream.of(a), related.stream())
            .filter(
                x ->
                    x.status != ApplicationStatus.WITHDRAWN
                        && x.status != ApplicationStatus.REJECTED)
            .mapToLong(
                x -> x.project().requestedFloorArea == null ? 0 : x.project().requestedFloorArea)
            .sum();
    return new RelatedView(cumulative, related.stream().map(ApplicationView::of).toList());
  }
}
