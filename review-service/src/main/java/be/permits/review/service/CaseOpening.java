package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventJson;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.review.ReviewCompletenessOpened;
import be.permits.contracts.review.ReviewOpened;
import be.permits.review.domain.CaseRevision;
import be.permits.review.domain.ProcedureRegimes.Phase;
import be.permits.review.domain.ProcedureRegimes.PhaseRule;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.review.domain.RoutingRules;
import be.permits.support.outbox.Outbox;
import be.permits.support.security.Actor;
import be.permits.support.time.SuiteTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Opens the case of a submitted application under the procedure the routing rules choose: first the
 * coordinating officials' completeness check where the procedure has one, then, once the file is
 * complete, the review, with one step per routed agency.
 */
@ApplicationScoped
public class CaseOpening {
  private static final Logger LOG = Logger.getLogger(CaseOpening.class);
  static final String COMPLETENESS_RULE = "completeness";

  @Inject FdiScreening screening;
  @Inject EntityManager em;
  @Inject Outbox outbox;
  @Inject RoutingRulesSource rulesSource;
  @Inject ProcedureClock procedure;
  @Inject Clock clock;
  @Inject Inquiries inquiries;

  /**
   * Opens a case and its completeness check ({@code review.completeness-opened}), or its review at
   * once ({@code review.opened}) when the procedure has no completeness phase. A second submission
   * event for the same application (a replay under another id) opens nothing.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void open(PermitSubmitted submitted) {
    Long existing =
        em.createQuery("SELECT count(c) FROM ReviewCase c WHERE c.applicationId = :id", Long.class)
            .setParameter("id", submitted.applicationId())
            .getSingleResult();
    if (existing > 0) {
      LOG.infof("Application %s already has a review case", submitted.applicationId());
      return;
    }
    RoutingRules rules = rulesSource.current();
    Instant now = clock.instant();
    LocalDate today = now.atZone(SuiteTime.ZONE).toLocalDate();
    Contact applicant = submitted.applicant();

    ReviewCase c = new ReviewCase();
    c.id = UUID.randomUUID();
    c.applicationId = submitted.applicationId();
    c.reference = submitted.reference();
    c.revision = submitted.revision();
    c.siteName = submitted.site().name();
    c.ruleVersion = rules.version();
    c.regime = rules.regimeFor(submitted);
    c.regimeVersion = procedure.regimes().version();
    c.status = ReviewCase.Status.OPEN;
    c.applicantSubject = applicant.subject();
    c.applicantName = applicant.name();
    c.applicantEmail = applicant.email();
    c.applicantLocale = applicant.locale();
    c.openedAt = now;
    em.persist(c);

    CaseRevision revision = new CaseRevision();
    revision.caseId = c.id;
    revision.revision = submitted.revision();
    revision.receivedAt = now;
    revision.data = EventJson.write(submitted);
    em.persist(revision);

    Optional<PhaseRule> completeness = procedure.phase(c, Phase.COMPLETENESS);
    if (completeness.isEmpty()) {
      openReview(c, submitted, false, SystemActor.ACTOR);
      return;
    }
    ReviewStep check = new ReviewStep();
    check.id = UUID.randomUUID();
    check.reviewCase = c;
    check.agency = Agency.COORDINATION;
    check.ruleId = COMPLETENESS_RULE;
    Map<String, String> why = procedure.regimes().completenessReason();
    check.reason = why.get("en");
    check.reasonTexts = new HashMap<>(why);
    check.status = ReviewStep.Status.OPEN;
    check.periodStart = today;
    check.periodDays = completeness.get().days();
    check.dueDate = procedure.due(today, check.periodDays);
    check.openedAt = now;
    c.steps.add(check);
    em.persist(check);
    outbox.publish(
        EventType.REVIEW_COMPLETENESS_OPENED,
        c.applicationId,
        new ReviewCompletenessOpened(
            c.id,
            c.applicationId,
            c.reference,
            c.revision,
            c.regime,
            check.id,
            check.dueDate,
            now,
            c.applicant()),
        SystemActor.ACTOR);
  }

  /**
   * The file is complete (found so, or counted so by silence): its review opens today with one step
   * per agency that the rules in force route the latest revision to, the decision period starts,
   * and {@code review.opened} says so.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void fileComplete(ReviewCase c, boolean tacitly, Actor actor) {
    CaseRevision latest =
        em.createQuery(
                "FROM CaseRevision WHERE caseId = :id ORDER BY revision DESC", CaseRevision.class)
            .setParameter("id", c.id)
            .setMaxResults(1)
            .getSingleResult();
    openReview(c, EventJson.read(latest.data, PermitSubmitted.class), tacitly, actor);
  }

  private void openReview(ReviewCase c, PermitSubmitted application, boolean tacitly, Actor actor) {
    RoutingRules rules = rulesSource.current();
    Instant now = clock.instant();
    LocalDate today = now.atZone(SuiteTime.ZONE).toLocalDate();
    c.ruleVersion = rules.version();
    c.completedOn = today;
    c.tacitlyComplete = tacitly;
    c.decisionDueDate = procedure.decisionDue(c);
    for (RoutingRules.Routed routed : rules.route(application)) {
      ReviewStep step = new ReviewStep();
      step.id = UUID.randomUUID();
      step.reviewCase = c;
      step.agency = routed.agency();
      step.ruleId = routed.ruleId();
      step.reason = routed.reason();
      step.reasonTexts = new HashMap<>(routed.reasons());
      step.status = ReviewStep.Status.OPEN;
      step.periodStart = today;
      // The screening committee's period is its verification phase where the procedures say so.
      step.periodDays =
          screening
              .verificationDays(routed.agency())
              .orElse(rules.deadlineDays().get(routed.agency()));
      step.dueDate = procedure.due(today, step.periodDays);
      step.openedAt = now;
      c.steps.add(step);
      em.persist(step);
    }
    outbox.publish(EventType.REVIEW_OPENED, c.applicationId, openedEvent(c, now), actor);
    inquiries.openIfRequired(c);
  }

  private static ReviewOpened openedEvent(ReviewCase c, Instant now) {
    return new ReviewOpened(
        c.id,
        c.applicationId,
        c.reference,
        c.revision,
        c.ruleVersion,
        now,
        c.applicant(),
        c.steps.stream()
            .filter(s -> s.agency != Agency.COORDINATION)
            .map(s -> new ReviewOpened.Step(s.id, s.agency, s.ruleId, s.reason, s.dueDate))
            .toList());
  }
}
