package be.permits.review.service;

import be.permits.contracts.Contact;
import be.permits.contracts.EventJson;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.review.ReviewOpened;
import be.permits.review.domain.CaseRevision;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.review.domain.RoutingRules;
import be.permits.support.outbox.Outbox;
import be.permits.support.time.SuiteTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Opens the review of a submitted application, routed by the rules in force. */
@ApplicationScoped
public class CaseOpening {
  private static final Logger LOG = Logger.getLogger(CaseOpening.class);

  @Inject EntityManager em;
  @Inject Outbox outbox;
  @Inject RoutingRulesSource rulesSource;
  @Inject ProcedureClock procedure;
  @Inject Clock clock;

  /**
   * Opens a case with one step per routed agency and publishes {@code review.opened} with it. A
   * second submission event for the same application (a replay under another id) opens nothing.
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
    for (RoutingRules.Routed routed : rules.route(submitted)) {
      ReviewStep step = new ReviewStep();
      step.id = UUID.randomUUID();
      step.reviewCase = c;
      step.agency = routed.agency();
      step.ruleId = routed.ruleId();
      step.reason = routed.reason();
      step.reasonTexts = new HashMap<>(routed.reasons());
      step.status = ReviewStep.Status.OPEN;
      step.periodStart = today;
      step.periodDays = rules.deadlineDays().get(routed.agency());
      step.dueDate = procedure.due(today, step.periodDays);
      step.openedAt = now;
      c.steps.add(step);
    }
    em.persist(c);

    CaseRevision revision = new CaseRevision();
    revision.caseId = c.id;
    revision.revision = submitted.revision();
    revision.receivedAt = now;
    revision.data = EventJson.write(submitted);
    em.persist(revision);

    outbox.publish(EventType.REVIEW_OPENED, c.applicationId, openedEvent(c), SystemActor.ACTOR);
  }

  private static ReviewOpened openedEvent(ReviewCase c) {
    return new ReviewOpened(
        c.id,
        c.applicationId,
        c.reference,
        c.revision,
        c.ruleVersion,
        c.openedAt,
        c.applicant(),
        c.steps.stream()
            .map(s -> new ReviewOpened.Step(s.id, s.agency, s.ruleId, s.reason, s.dueDate))
            .toList());
  }
}
