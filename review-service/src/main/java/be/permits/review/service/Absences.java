package be.permits.review.service;

import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewAbsenceRecorded;
import be.permits.contracts.review.ReviewStepHandedOver.Reason;
import be.permits.review.domain.Absence;
import be.permits.review.domain.InterestDeclaration;
import be.permits.review.domain.KnownReviewer;
import be.permits.review.domain.ReviewStep;
import be.permits.support.outbox.Outbox;
import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
import be.permits.support.security.Actor;
import be.permits.support.security.Caller;
import be.permits.support.security.Roles;
import be.permits.support.time.SuiteTime;
import be.permits.support.transaction.ReadOnly;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Reviewers away: each declares their own absence with a delegate of the same agency. When it
 * begins, the steps they hold go to the delegate (still offered to every colleague, who may take
 * them); when it ends, those the delegate still holds for them come back. Declarations lock the
 * reviewer and the delegate, so that two absences never make a chain (the delegate away too, or the
 * absent reviewer standing in for someone) that would leave a step with nobody.
 */
@ApplicationScoped
public class Absences {
  /** The longest absence one declaration covers, in days. */
  public static final int MOST_DAYS = 366;

  static final int BATCH = 50;

  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject Outbox outbox;
  @Inject StepAccess access;
  @Inject StepAssignment assignment;
  @Inject CaseLock caseLock;

  /** An absence as its reviewer declares it. */
  @Schema(name = "AbsenceDeclaration")
  public record Declaration(
      @NotNull @Schema(description = "The first day away (Brussels date), today or later")
          LocalDate firstDay,
      @NotNull @Schema(description = "The last day away, at most 366 days after the first")
          LocalDate lastDay,
      @NotNull
          @Size(min = 1, max = 255)
          @Schema(maxLength = 255, description = "Subject of a reviewer of the same agency")
          String delegate) {}

  /**
   * Declares the caller's absence; it begins at once when its first day is today (in a second
   * transaction, which locks the cases of the steps handed over: the declaration itself locks only
   * the two reviewers, so that it never waits crosswise with work on a case).
   *
   * @throws Refusal incomplete if the dates or the delegate are not acceptable, conflict if the
   *     caller is away then already, their delegate is away then, or they stand in for someone then
   */
  public UUID declare(Caller caller, Declaration declaration) {
    UUID id = record(caller, declaration);
    advance(id);
    return id;
  }

  @Transactional
  UUID record(Caller caller, Declaration declaration) {
    if (caller.agency() == null) {
      throw Refusal.notFound();
    }
    checkDates(declaration, SuiteTime.today(clock));
    String delegate = declaration.delegate();
    lockReviewers(caller.subject(), delegate);
    access.seen(caller);
    KnownReviewer colleague = em.find(KnownReviewer.class, delegate);
    if (colleague == null
        || colleague.agency != caller.agency()
        || delegate.equals(caller.subject())) {
      throw Refusal.incomplete(
          "The delegate is another reviewer of your agency.",
          List.of(new FieldError("delegate", "not another reviewer of your agency")));
    }
    LocalDate first = declaration.firstDay();
    LocalDate last = declaration.lastDay();
    if (!overlapping("reviewer", caller.subject(), first, last).isEmpty()) {
      throw Refusal.conflict("away-already", "You declared an absence on some of these days.");
    }
    if (!overlapping("reviewer", delegate, first, last).isEmpty()) {
      throw Refusal.conflict("delegate-away", "Your delegate is away on some of these days.");
    }
    if (!overlapping("delegate", caller.subject(), first, last).isEmpty()) {
      throw Refusal.conflict(
          "standing-in", "You stand in for an absent colleague on some of these days.");
    }
    Absence absence = new Absence();
    absence.id = UUID.randomUUID();
    absence.reviewer = caller.subject();
    absence.agency = caller.agency();
    absence.delegate = delegate;
    absence.firstDay = first;
    absence.lastDay = last;
    absence.state = Absence.State.PLANNED;
    absence.declaredAt = clock.instant();
    em.persist(absence);
    recorded(absence, Actor.reviewer(caller));
    return absence.id;
  }

  /**
   * Ends an absence today (the steps the delegate holds come back), or withdraws it if it has not
   * begun: the caller's own, or, for the agency's lead, a colleague's (back early without saying
   * so, or an absence declared by mistake).
   *
   * @throws Refusal not found if it is neither the caller's nor, for a lead, their agency's;
   *     conflict if it is over already
   */
  @Transactional
  public void end(Caller caller, UUID absenceId) {
    Absence absence = em.find(Absence.class, absenceId, LockModeType.PESSIMISTIC_WRITE);
    if (absence == null || !mayEnd(caller, absence)) {
      throw Refusal.notFound();
    }
    if (absence.state == Absence.State.OVER) {
      throw Refusal.conflict("absence-over", "This absence is over already.");
    }
    boolean begun = absence.state == Absence.State.ACTIVE;
    // Away until yesterday at most; a withdrawn absence, or one ended on its first day, covers no
    // day (its last day is the day before its first).
    LocalDate yesterday = SuiteTime.today(clock).minusDays(1);
    LocalDate last = absence.lastDay.isBefore(yesterday) ? absence.lastDay : yesterday;
    absence.lastDay =
        last.isBefore(absence.firstDay.minusDays(1)) ? absence.firstDay.minusDays(1) : last;
    absence.state = Absence.State.OVER;
    absence.endedAt = clock.instant();
    recorded(absence, Actor.reviewer(caller));
    if (begun) {
      handBack(absence, Actor.reviewer(caller));
    }
  }

  /** The reviewer themself, or the lead of their agency. */
  public static boolean mayEnd(Caller caller, Absence absence) {
    return absence.reviewer.equals(caller.subject())
        || (caller.hasRole(Roles.LEAD) && absence.agency == caller.agency());
  }

  @Scheduled(
      identity = "absences",
      every = "${review.absences.every:60s}",
      delayed = "${review.absences.delay:10s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void keepTimeAll() {
    while (keepTime(BATCH) == BATCH) {
      // Another full batch may be waiting.
    }
  }

  /**
   * The clock engine's part: begins the planned absences whose first day came, ends the active ones
   * whose last day passed, and hands over any step that reached a reviewer while away (claimed or
   * handed to them as their absence began). Each absence in its own transaction; answers how many
   * were due.
   */
  public int keepTime(int batch) {
    List<UUID> due = due(batch);
    due.forEach(this::advance);
    return due.size();
  }

  @ReadOnly
  List<UUID> due(int batch) {
    return em.createQuery(
            "SELECT a.id FROM Absence a WHERE (a.state = :planned AND a.firstDay <= :today)"
                + " OR (a.state = :active AND (a.lastDay < :today OR EXISTS (FROM ReviewStep s"
                + " WHERE s.assignee = a.reviewer AND s.status IN :inHand)))"
                + " ORDER BY a.firstDay, a.id",
            UUID.class)
        .setParameter("planned", Absence.State.PLANNED)
        .setParameter("active", Absence.State.ACTIVE)
        .setParameter("today", SuiteTime.today(clock))
        .setParameter("inHand", ReviewStep.IN_HAND)
        .setMaxResults(batch)
        .getResultList();
  }

  /**
   * Moves one absence on as today asks: begins it, ends it, or hands over what its reviewer holds.
   * An absence another transaction holds is left for a later run.
   */
  @Transactional
  void advance(UUID absenceId) {
    Absence absence =
        em.createQuery("FROM Absence WHERE id = :id", Absence.class)
            .setParameter("id", absenceId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint("jakarta.persistence.lock.timeout", org.hibernate.LockOptions.SKIP_LOCKED)
            .getResultStream()
            .findFirst()
            .orElse(null);
    LocalDate today = SuiteTime.today(clock);
    if (absence == null || absence.state == Absence.State.OVER || absence.firstDay.isAfter(today)) {
      return;
    }
    if (absence.lastDay.isBefore(today)) {
      if (absence.state == Absence.State.ACTIVE) {
        handBack(absence, SystemActor.ACTOR);
      }
      // An absence whose days passed while nothing ran moves nobody's steps.
      absence.state = Absence.State.OVER;
      absence.endedAt = clock.instant();
    } else {
      begin(absence, SystemActor.ACTOR);
    }
  }

  /**
   * The steps the reviewer holds go to the delegate, who stands in for them; a step the delegate
   * recused from goes to the agency's queue instead, still marked as the absent reviewer's.
   */
  private void begin(Absence absence, Actor actor) {
    absence.state = Absence.State.ACTIVE;
    for (ReviewStep step : lockedSteps("s.assignee = :who", absence.reviewer)) {
      if (!absence.reviewer.equals(step.assignee)) {
        continue;
      }
      InterestDeclaration declared = access.declaration(step.id, absence.delegate);
      if (declared != null && declared.conflict) {
        step.assignee = null;
        step.standingInFor = absence.reviewer;
      } else {
        assignment.hand(
            step, absence.delegate, absence.reviewer, Reason.ABSENCE_BEGAN, absence.lastDay, actor);
      }
    }
  }

  /**
   * The steps the delegate still holds for the reviewer, or that wait in the queue for them, come
   * back to them; those that reached them meanwhile are simply theirs.
   */
  private void handBack(Absence absence, Actor actor) {
    for (ReviewStep step : lockedSteps("s.standingInFor = :who", absence.reviewer)) {
      if (!absence.reviewer.equals(step.standingInFor)) {
        continue;
      }
      if (step.assignee == null || absence.delegate.equals(step.assignee)) {
        assignment.hand(step, absence.reviewer, null, Reason.ABSENCE_ENDED, null, actor);
      } else if (absence.reviewer.equals(step.assignee)) {
        step.standingInFor = null;
      }
    }
  }

  /**
   * The steps in hand matching {@code where}, each read again after its case is locked (in the
   * order of the cases' ids, as every batch that locks several cases does).
   */
  private List<ReviewStep> lockedSteps(String where, String who) {
    List<UUID> cases =
        em
            .createQuery(
                "SELECT DISTINCT s.reviewCase.id FROM ReviewStep s WHERE "
                    + where
                    + " AND s.status IN :inHand",
                UUID.class)
            .setParameter("who", who)
            .setParameter("inHand", ReviewStep.IN_HAND)
            .getResultList()
            .stream()
            .sorted()
            .toList();
    return cases.stream()
        .map(caseLock::lock)
        .flatMap(c -> c == null ? Stream.empty() : c.steps.stream())
        .filter(s -> ReviewStep.IN_HAND.contains(s.status))
        .toList();
  }

  private List<Absence> overlapping(String role, String who, LocalDate first, LocalDate last) {
    return em.createQuery(
            "FROM Absence WHERE "
                + role
                + " = :who AND state <> :over AND firstDay <= :last AND lastDay >= :first",
            Absence.class)
        .setParameter("who", who)
        .setParameter("over", Absence.State.OVER)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultList();
  }

  /**
   * Both reviewers' rows, locked in the order of their subjects so two declarations never wait on
   * each other crosswise.
   */
  private void lockReviewers(String one, String other) {
    Stream.of(one, other)
        .distinct()
        .sorted()
        .forEach(subject -> em.find(KnownReviewer.class, subject, LockModeType.PESSIMISTIC_WRITE));
  }

  private static void checkDates(Declaration d, LocalDate today) {
    if (d.firstDay().isBefore(today)) {
      throw Refusal.incomplete(
          "An absence begins today or later.", List.of(new FieldError("firstDay", "before today")));
    }
    if (d.lastDay().isBefore(d.firstDay())) {
      throw Refusal.incomplete(
          "An absence ends on or after its first day.",
          List.of(new FieldError("lastDay", "before the first day")));
    }
    if (d.lastDay().isAfter(d.firstDay().plusDays(MOST_DAYS - 1))) {
      throw Refusal.incomplete(
          "One declaration covers at most " + MOST_DAYS + " days.",
          List.of(new FieldError("lastDay", "more than " + MOST_DAYS + " days after the first")));
    }
  }

  private void recorded(Absence a, Actor actor) {
    outbox.publish(
        EventType.REVIEW_ABSENCE_RECORDED,
        a.id.toString(),
        new ReviewAbsenceRecorded(
            a.id,
            a.agency,
            a.reviewer,
            a.delegate,
            a.firstDay,
            a.lastDay,
            a.state == Absence.State.OVER,
            clock.instant()),
        actor);
  }
}
