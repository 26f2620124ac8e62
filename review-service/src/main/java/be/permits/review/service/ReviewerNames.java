package be.permits.review.service;

import be.permits.review.domain.KnownReviewer;
import be.permits.review.domain.ReviewStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The names of reviewers, looked up by subject among those this service has seen at work, so that
 * pages and answers name people instead of showing their subject ids. Runs in its caller's
 * transaction.
 */
@ApplicationScoped
public class ReviewerNames {
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
    Map<String, String> names =
        em.createQuery("FROM KnownReviewer WHERE subject IN :subjects", KnownReviewer.class)
            .setParameter("subjects", wanted)
            .getResultStream()
            .filter(r -> r.name != null)
            .collect(Collectors.toMap(r -> r.subject, r -> r.name));
    return names::get;
  }
}
