package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.review.domain.Absence;
import be.permits.review.domain.KnownReviewer;
import be.permits.review.domain.ReviewStep;
import be.permits.support.security.Caller;
import be.permits.support.time.SuiteTime;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who of an agency is away, now or soon, and with whom their work is; and for the agency's lead,
 * each reviewer's load: the steps they hold, those due within a week and those overdue.
 */
@ApplicationScoped
public class AbsenceViews {
  /** Due "soon": within this many days from today. */
  public static final int SOON_DAYS = 7;

  private static final int MOST_ROWS = 500;

  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject PeopleNames names;

  /** An absence, now or to come, with the people named ({@code null}: a name not known). */
  @Schema(name = "Absence")
  public record AbsenceRow(
      UUID id,
      @Schema(maxLength = 200) String reviewer,
      @Schema(maxLength = 200) String delegate,
      LocalDate firstDay,
      LocalDate lastDay,
      @Schema(description = "The absence covers today") boolean current,
      @Schema(description = "The caller's own absence") boolean mine,
      @Schema(description = "The caller may end or withdraw it: their own, or as the agency's lead")
          boolean mayEnd) {}

  /** One reviewer's load. */
  @Schema(name = "ReviewerLoad")
  public record Load(
      @Schema(maxLength = 255) String subject,
      @Schema(maxLength = 200) String name,
      @Schema(description = "Steps they hold, not yet decided", minimum = "0", maximum = "100000")
          long held,
      @Schema(description = "Of those, due within 7 days", minimum = "0", maximum = "100000")
          long dueSoon,
      @Schema(description = "Of those, past their due date", minimum = "0", maximum = "100000")
          long overdue,
      @Schema(description = "Away today, until this day") LocalDate awayUntil) {}

  /** A step someone of the agency holds. */
  @Schema(name = "HeldStep")
  public record Held(
      UUID caseId,
      UUID stepId,
      @Schema(maxLength = 14) String reference,
      @Schema(maxLength = 255) String holder,
      @Schema(maxLength = 200) String holderName,
      @Schema(maxLength = 200, description = "The absent reviewer the holder stands in for")
          String standingInFor,
      ReviewStep.Status status,
      LocalDate dueDate,
      boolean overdue,
      @Schema(description = "Open: it can be handed to a colleague") boolean canHand) {}

  /** The team of an agency, for its lead. */
  @Schema(name = "Team")
  public record Team(
      @Schema(maxItems = 500) List<Load> reviewers, @Schema(maxItems = 500) List<Held> steps) {}

  /** The absences of the caller's agency that have not ended, soonest first. */
  @ReadOnly
  public List<AbsenceRow> ofAgency(Caller caller) {
    if (caller.agency() == null) {
      return List.of();
    }
    LocalDate today = SuiteTime.today(clock);
    List<Absence> absences = notOver(caller.agency(), today);
    Function<String, String> named =
        names.of(
            absences.stream()
                .flatMap(a -> java.util.stream.Stream.of(a.reviewer, a.delegate))
                .toList());
    return absences.stream()
        .map(
            a ->
                new AbsenceRow(
                    a.id,
                    named.apply(a.reviewer),
                    named.apply(a.delegate),
                    a.firstDay,
                    a.lastDay,
                    a.covers(today),
                    a.reviewer.equals(caller.subject()),
                    Absences.mayEnd(caller, a)))
        .toList();
  }

  /** Each reviewer's load and the steps held, for the caller's agency. */
  @ReadOnly
  public Team team(Caller caller) {
    if (caller.agency() == null) {
      return new Team(List.of(), List.of());
    }
    Agency agency = caller.agency();
    LocalDate today = SuiteTime.today(clock);
    List<ReviewStep> held =
        em.createQuery(
                "FROM ReviewStep s JOIN FETCH s.reviewCase WHERE s.agency = :agency"
                    + " AND s.assignee IS NOT NULL AND s.status IN :inHand"
                    + " ORDER BY s.dueDate, s.id",
                ReviewStep.class)
            .setParameter("agency", agency)
            .setParameter("inHand", ReviewStep.IN_HAND)
            .setMaxResults(MOST_ROWS)
            .getResultList();
    Map<String, LocalDate> awayUntil = new HashMap<>();
    notOver(agency, today).stream()
        .filter(a -> a.covers(today))
        .forEach(a -> awayUntil.put(a.reviewer, a.lastDay));
    List<KnownReviewer> reviewers =
        em.createQuery(
                "FROM KnownReviewer WHERE agency = :agency ORDER BY name, subject",
                KnownReviewer.class)
            .setParameter("agency", agency)
            .setMaxResults(MOST_ROWS)
            .getResultList();
    // Counted in the database: the steps listed below are capped, the counts are not.
    Map<String, long[]> counts = new HashMap<>();
    ReviewStep.bindOverdue(
            em.createQuery(
                "SELECT s.assignee, COUNT(s),"
                    + " SUM(CASE WHEN s.status IN :undecided AND s.dueDate >= :today"
                    + " AND s.dueDate <= :soon THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN "
                    + ReviewStep.OVERDUE_JPQL
                    + " THEN 1 ELSE 0 END)"
                    + " FROM ReviewStep s WHERE s.agency = :agency AND s.assignee IS NOT NULL"
                    + " AND s.status IN :inHand GROUP BY s.assignee",
                Object[].class),
            today)
        .setParameter("soon", today.plusDays(SOON_DAYS))
        .setParameter("agency", agency)
        .setParameter("inHand", ReviewStep.IN_HAND)
        .getResultStream()
        .forEach(
            row ->
                counts.put(
                    (String) row[0],
                    new long[] {
                      ((Number) row[1]).longValue(),
                      ((Number) row[2]).longValue(),
                      ((Number) row[3]).longValue()
                    }));
    List<Load> loads = new ArrayList<>();
    for (KnownReviewer r : reviewers) {
      long[] theirs = counts.getOrDefault(r.subject, new long[3]);
      loads.add(
          new Load(r.subject, r.name, theirs[0], theirs[1], theirs[2], awayUntil.get(r.subject)));
    }
    Function<String, String> named = names.of(PeopleNames.peopleOn(held));
    List<Held> steps =
        held.stream()
            .map(
                s ->
                    new Held(
                        s.reviewCase.id,
                        s.id,
                        s.reviewCase.reference,
                        s.assignee,
                        named.apply(s.assignee),
                        s.standingInFor == null ? null : named.apply(s.standingInFor),
                        s.status,
                        s.dueDate,
                        s.isOverdue(today),
                        s.status == ReviewStep.Status.OPEN))
            .toList();
    return new Team(loads, steps);
  }

  private List<Absence> notOver(Agency agency, LocalDate today) {
    return em.createQuery(
            "FROM Absence WHERE agency = :agency AND state <> :over AND lastDay >= :today"
                + " ORDER BY firstDay, id",
            Absence.class)
        .setParameter("agency", agency)
        .setParameter("over", Absence.State.OVER)
        .setParameter("today", today)
        .setMaxResults(MOST_ROWS)
        .getResultList();
  }
}
