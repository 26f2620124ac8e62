package be.permits.review.service;

import be.permits.review.domain.KnownReviewer;
import be.permits.review.domain.ReviewStep;
import be.permits.support.persistence.Like;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The names of people, looked up by subject among the reviewers this service has seen at work and
 * the applicants of its cases, so that pages and answers name people instead of showing their
 * subject ids; and the other way, the people a name fits, for the auditors' search. Runs in its
 * caller's transaction.
 */
@ApplicationScoped
public class PeopleNames {
  @Inject EntityManager em;

  /** The step as of {@code today}, with the people on it named. */
  public CaseViews.StepView view(ReviewStep step, LocalDate today) {
    return CaseViews.StepView.of(step, today, of(peopleOn(List.of(step))));
  }

  /** Everyone who holds, proposed or decided one of {@code steps}. */
  public static List<String> peopleOn(Collection<ReviewStep> steps) {
    List<String> people = new ArrayList<>();
    for (ReviewStep step : steps) {
      people.add(step.assignee);
      people.add(step.standingInFor);
      people.add(step.proposedBy);
      people.add(step.decidedBy);
      people.add(step.returnedBy);
    }
    return people;
  }

  /** Each subject's name; a subject never seen at work is missing from the map. */
  public Function<String, String> of(Collection<String> subjects) {
    var wanted = subjects.stream().filter(Objects::nonNull).distinct().toList();
    if (wanted.isEmpty()) {
      return subject -> null;
    }
    Map<String, String> names = new HashMap<>();
    // An applicant's name as their latest case gives it: one index probe per person (a DISTINCT
    // over their cases read every case of a frequent applicant).
    for (String subject : wanted) {
      em.createQuery(
              "SELECT c.applicantName FROM ReviewCase c WHERE c.applicantSubject = :subject"
                  + " AND c.applicantName IS NOT NULL ORDER BY c.openedAt DESC",
              String.class)
          .setParameter("subject", subject)
          .setMaxResults(1)
          .getResultStream()
          .findFirst()
          .ifPresent(name -> names.put(subject, name));
    }
    em.createQuery("FROM KnownReviewer WHERE subject IN :subjects", KnownReviewer.class)
        .setParameter("subjects", wanted)
        .getResultStream()
        .filter(r -> r.name != null)
        .forEach(r -> names.put(r.subject, r.name));
    return names::get;
  }

  /**
   * The subjects of the people whose name holds {@code words} (any case), reviewers and applicants
   * alike, at most {@code limit}; and {@code words} itself, which may be a subject.
   */
  public List<String> subjectsNamed(String words, int limit) {
    String pattern = Like.containing(words);
    Set<String> subjects = new LinkedHashSet<>();
    subjects.add(words);
    subjects.addAll(
        em.createQuery(
                "SELECT r.subject FROM KnownReviewer r WHERE lower(r.name) LIKE :pattern"
                    + Like.ESCAPE
                    + " ORDER BY r.subject",
                String.class)
            .setParameter("pattern", pattern)
            .setMaxResults(limit)
            .getResultList());
    subjects.addAll(
        em.createQuery(
                "SELECT DISTINCT c.applicantSubject FROM ReviewCase c"
                    + " WHERE lower(c.applicantName) LIKE :pattern"
                    + Like.ESCAPE
                    + " ORDER BY c.applicantSubject",
                String.class)
            .setParameter("pattern", pattern)
            .setMaxResults(limit)
            .getResultList());
    return subjects.stream().limit(limit).toList();
  }
}
