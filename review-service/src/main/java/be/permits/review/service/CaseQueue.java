package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.review.domain.ReviewStep;
import be.permits.review.service.CaseViews.CaseSummary;
import be.permits.review.service.CaseViews.StepView;
import be.permits.support.persistence.Like;
import be.permits.support.time.SuiteTime;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * An agency's queue: its steps with their cases, searched, filtered, sorted and paged, with the
 * count of everything that matches so that a page never silently stops.
 */
@ApplicationScoped
public class CaseQueue {
  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject PeopleNames names;

  /**
   * How a queue is ordered; ties go to the older step. Deadline and newest orders use only the
   * step's columns, so that an index gives the first page without sorting the whole queue.
   */
  public enum Sort {
    /** The nearest deadline first: what to do next. */
    DUE("s.dueDate, s.openedAt, s.id"),
    /** The newest step first. */
    NEWEST("s.openedAt DESC, s.id"),
    REFERENCE("c.reference, s.id");

    private final String orderBy;

    Sort(String orderBy) {
      this.orderBy = orderBy;
    }
  }

  /**
   * What a queue shows: every filter is optional.
   *
   * @param text words searched in the reference, the site's name and the applicant's name
   */
  public record QueueFilter(
      String reference,
      String text,
      ReviewStep.Status status,
      LocalDate dueBefore,
      boolean overdueOnly,
      String assignee,
      Sort sort) {

    public static QueueFilter byReference(String reference) {
      return new QueueFilter(reference, null, null, null, false, null, Sort.DUE);
    }
  }

  /** One page of a queue and how many steps match in all. */
  public record QueuePage(List<CaseSummary> cases, long total, int offset, int limit) {}

  @ReadOnly
  public QueuePage casesOf(Agency agency, QueueFilter filter, int offset, int limit) {
    if (agency == null) {
      return new QueuePage(List.of(), 0, offset, limit);
    }
    LocalDate today = SuiteTime.today(clock);
    StringBuilder where = new StringBuilder("s.agency = :agency");
    if (filter.reference() != null) {
      where.append(" AND c.reference = :reference");
    }
    if (filter.text() != null) {
      where.append(
          " AND (lower(c.reference) LIKE :text"
              + Like.ESCAPE
              + " OR lower(c.siteName) LIKE :text"
              + Like.ESCAPE
              + " OR lower(c.applicantName) LIKE :text"
              + Like.ESCAPE
              + ")");
    }
    if (filter.status() != null) {
      where.append(" AND s.status = :status");
    }
    if (filter.dueBefore() != null) {
      where.append(" AND s.dueDate <= :dueBefore");
    }
    if (filter.overdueOnly()) {
      where.append(" AND ").append(ReviewStep.OVERDUE_JPQL);
    }
    if (filter.assignee() != null) {
      where.append(" AND s.assignee = :assignee");
    }
    Sort sort = filter.sort() == null ? Sort.DUE : filter.sort();
    TypedQuery<ReviewStep> query =
        em.createQuery(
                "SELECT s FROM ReviewStep s JOIN FETCH s.reviewCase c WHERE "
                    + where
                    + " ORDER BY "
                    + sort.orderBy,
                ReviewStep.class)
            .setFirstResult(offset)
            .setMaxResults(limit);
    // The count joins the cases only when a filter reads them: counting an agency's steps alone
    // needs no case.
    boolean readsCases = filter.reference() != null || filter.text() != null;
    TypedQuery<Long> count =
        em.createQuery(
            "SELECT count(s) FROM ReviewStep s"
                + (readsCases ? " JOIN s.reviewCase c" : "")
                + " WHERE "
                + where,
            Long.class);
    bind(query, agency, filter, today);
    bind(count, agency, filter, today);
    List<ReviewStep> steps = query.getResultList();
    Function<String, String> people = names.of(PeopleNames.peopleOn(steps));
    List<CaseSummary> cases =
        steps.stream()
            .map(
                s ->
                    new CaseSummary(
                        s.reviewCase.id,
                        s.reviewCase.applicationId,
                        s.reviewCase.reference,
                        s.reviewCase.siteName,
                        s.reviewCase.status,
                        s.reviewCase.openedAt,
                        StepView.of(s, today, people)))
            .toList();
    return new QueuePage(cases, count.getSingleResult(), offset, limit);
  }

  private static void bind(
      TypedQuery<?> query, Agency agency, QueueFilter filter, LocalDate today) {
    query.setParameter("agency", agency);
    if (filter.reference() != null) {
      query.setParameter("reference", filter.reference());
    }
    if (filter.text() != null) {
      query.setParameter("text", Like.containing(filter.text()));
    }
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    if (filter.dueBefore() != null) {
      query.setParameter("dueBefore", filter.dueBefore());
    }
    if (filter.overdueOnly()) {
      ReviewStep.bindOverdue(query, today);
    }
    if (filter.assignee() != null) {
      query.setParameter("assignee", filter.assignee());
    }
  }
}
