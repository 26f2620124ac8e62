package be.permits.review.service;

import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewObligationsSet;
import be.permits.review.domain.CaseCondition;
import be.permits.review.domain.Obligation;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.review.domain.StandardConditions;
import be.permits.support.clock.Deadlines;
import be.permits.support.clock.Period;
import be.permits.support.outbox.Outbox;
import be.permits.support.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The conditions of a granted permit as the operator's obligations, set in the decision's own
 * transaction so that a permit is never granted without them. A condition an agency picked from the
 * standard library keeps the schedule and evidence that come with it (as the agency worded it for
 * the case); a condition typed by a reviewer gets the library's schedule for other conditions. Each
 * is owed to the agency whose opinion set it (the deciding authority for its own).
 */
@ApplicationScoped
public class Obligations {
  @Inject EntityManager em;
  @Inject Outbox outbox;
  @Inject FlowRulesSource library;
  @Inject ProcedureClock procedure;

  /** Sets the obligations of {@code c}'s granted permit and tells the other services. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void set(ReviewCase c, LocalDate decidedOn, Instant now, Actor actor) {
    String lang = c.applicant().locale() == null ? "en" : c.applicant().locale();
    List<CaseCondition> proposed =
        em.createQuery("FROM CaseCondition WHERE caseId = :case", CaseCondition.class)
            .setParameter("case", c.id)
            .getResultList();
    List<Obligation> obligations = new ArrayList<>();
    for (Map.Entry<String, ReviewStep> set : conditionsBySetter(c).entrySet()) {
      String text = set.getKey();
      ReviewStep step = set.getValue();
      CaseCondition picked =
          proposed.stream()
              .filter(p -> p.agency == step.agency && p.text.strip().equals(text.strip()))
              .findFirst()
              .orElse(null);
      StandardConditions.Obligation other = library.conditions().otherConditions();
      Obligation o = new Obligation();
      o.id = UUID.randomUUID();
      o.caseId = c.id;
      o.agency = step.agency;
      o.condition = text;
      o.evidence = picked != null ? picked.evidence : other.evidenceIn(lang);
      o.everyMonths = picked != null ? picked.everyMonths : other.everyMonths();
      o.firstDue = due(decidedOn, picked != null ? picked.firstDueMonths : other.firstDueMonths());
      o.nextDue = o.firstDue;
      o.setAt = now;
      em.persist(o);
      obligations.add(o);
    }
    if (obligations.isEmpty()) {
      return;
    }
    outbox.publish(
        EventType.REVIEW_OBLIGATIONS_SET,
        c.applicationId,
        new ReviewObligationsSet(
            c.id,
            c.applicationId,
            c.reference,
            now,
            obligations.stream()
                .map(
                    o ->
                        new ReviewObligationsSet.Obligation(
                            o.id, o.agency, o.condition, o.evidence, o.firstDue, o.everyMonths))
                .toList(),
            c.applicant()),
        actor);
  }

  /**
   * Each condition of the decision and the step that set it first: the agencies' opinions in the
   * order their steps opened, then the deciding authority's own.
   */
  private static Map<String, ReviewStep> conditionsBySetter(ReviewCase c) {
    Map<String, ReviewStep> setters = new LinkedHashMap<>();
    c.steps.stream()
        .sorted(
            java.util.Comparator.comparing(
                (ReviewStep s) -> s.openedAt,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
        .forEach(s -> s.conditions.forEach(text -> setters.putIfAbsent(text, s)));
    return setters;
  }

  /**
   * So many months after {@code decidedOn} (the decision, or the due date before); a day off moves
   * it to the next working day, as the clock engine does for every period.
   */
  LocalDate due(LocalDate decidedOn, int months) {
    int days = (int) ChronoUnit.DAYS.between(decidedOn, decidedOn.plusMonths(months));
    return procedure
        .deadlines()
        .dueDate(Deadlines.Running.from(decidedOn, Period.calendarDays(days)))
        .orElseThrow();
  }
}
