package be.permits.permit.service;

import be.permits.contracts.Agency;
import be.permits.contracts.review.ReviewAppealDecided;
import be.permits.contracts.review.ReviewAppealLodged;
import be.permits.contracts.review.ReviewCompletenessOpened;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.contracts.review.ReviewInquiryOpened;
import be.permits.contracts.review.ReviewNoteShared;
import be.permits.contracts.review.ReviewOpened;
import be.permits.contracts.review.ReviewScreeningOpened;
import be.permits.permit.domain.AgencyNote;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.ApplicationStatus;
import be.permits.permit.domain.PublicInquiry;
import be.permits.permit.domain.ReviewingAgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The application follows its review, as review events tell it: the review opened, an agency wrote
 * to the applicant, the decision. Each runs in the consumer's transaction, which records the event
 * as handled together with its effect.
 */
@ApplicationScoped
public class ReviewProgress {
  private static final Logger LOG = Logger.getLogger(ReviewProgress.class);

  @Inject EntityManager em;
  @Inject OwnedApplications owned;
  @Inject Clock clock;

  /** The coordinating officials check the file first: the file page shows by when. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void completenessOpened(ReviewCompletenessOpened check) {
    Application a = owned.lockNamedByEvent(check.applicationId());
    if (a == null) {
      LOG.warnf("review.completeness-opened names unknown application %s", check.applicationId());
      return;
    }
    record(a, Map.of(Agency.COORDINATION, check.dueDate()));
    LOG.infof("Application %s waits for its completeness check", a.id);
  }

  /** A public inquiry runs: its public documents open to anyone while it does. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void inquiryOpened(ReviewInquiryOpened inquiry) {
    if (em.find(Application.class, inquiry.applicationId()) == null) {
      LOG.warnf("review.inquiry-opened names unknown application %s", inquiry.applicationId());
      return;
    }
    if (em.find(PublicInquiry.class, inquiry.applicationId()) == null) {
      PublicInquiry known = new PublicInquiry();
      known.applicationId = inquiry.applicationId();
      known.reference = inquiry.reference();
      known.startsOn = inquiry.startsOn();
      known.endsOn = inquiry.endsOn();
      em.persist(known);
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void opened(ReviewOpened opened) {
    Application a = owned.lockNamedByEvent(opened.applicationId());
    if (a == null) {
      LOG.warnf("review.opened names unknown application %s", opened.applicationId());
      return;
    }
    if (a.status == ApplicationStatus.SUBMITTED) {
      a.moveTo(ApplicationStatus.UNDER_REVIEW);
    }
    // The deciding authority decides every case, after the advisory steps.
    Map<Agency, LocalDate> agencies = new EnumMap<>(Agency.class);
    agencies.put(Agency.DECIDING_AUTHORITY, null);
    opened.steps().forEach(step -> agencies.put(step.agency(), step.dueDate()));
    record(a, agencies);
  }

  /** Records the agencies that review the application, each once, with its due date. */
  private void record(Application a, Map<Agency, LocalDate> agencies) {
    agencies.forEach(
        (agency, due) -> {
          if (em.find(ReviewingAgency.class, new ReviewingAgency.Key(a.id, agency)) == null) {
            ReviewingAgency reviewing = new ReviewingAgency();
            reviewing.applicationId = a.id;
            reviewing.agency = agency;
            reviewing.since = clock.instant();
            reviewing.dueDate = due;
            em.persist(reviewing);
          }
        });
  }

  /** Keeps a note that an agency wrote for the applicant; the note's id makes it once. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void noteShared(ReviewNoteShared shared) {
    if (em.find(Application.class, shared.applicationId()) == null) {
      LOG.warnf("review.note-shared names unknown application %s", shared.applicationId());
      return;
    }
    if (em.find(AgencyNote.class, shared.noteId()) != null) {
      return;
    }
    AgencyNote note = new AgencyNote();
    note.id = shared.noteId();
    note.applicationId = shared.applicationId();
    note.agency = shared.agency();
    note.text = shared.text();
    note.writtenAt = shared.writtenAt();
    em.persist(note);
  }

  /**
   * Records the decision.
   *
   * @throws be.permits.support.refusal.Refusal conflict if the application is not under review: the
   *     event goes to the dead-letter topic, where an operator sees it
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void concluded(ReviewConcluded event) {
    Application a = owned.lockNamedByEvent(event.applicationId());
    if (a == null) {
      LOG.warnf("Decision for unknown application %s", event.applicationId());
      return;
    }
    a.moveTo(ApplicationStatus.valueOf(event.outcome()));
    a.decidedAt = event.concludedAt();
    a.decisionConditions = new ArrayList<>(event.conditions());
    a.decisionReasons = new ArrayList<>(event.reasons());
    a.updatedAt = clock.instant();
  }

  /** The screening committee opened its screening phase: its opinion is due later. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void screeningOpened(ReviewScreeningOpened event) {
    ReviewingAgency committee =
        em.find(
            ReviewingAgency.class,
            new ReviewingAgency.Key(event.applicationId(), Agency.FDI_SCREENING),
            jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (committee == null) {
      LOG.warnf("Screening phase on application %s without the committee", event.applicationId());
      return;
    }
    committee.dueDate = event.dueDate();
  }

  /** An appeal is lodged: the decision stands, but is not final until the appeal is decided. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void appealLodged(ReviewAppealLodged event) {
    Application a = owned.lockNamedByEvent(event.applicationId());
    if (a == null) {
      LOG.warnf("Appeal on unknown application %s", event.applicationId());
      return;
    }
    if (a.appealedAt == null) {
      a.appealedAt = event.lodgedAt();
    }
    a.appealDecisionDue = event.decisionDueDate();
    a.updatedAt = clock.instant();
  }

  /**
   * The appeal authority decided: its decision replaces the first.
   *
   * @throws be.permits.support.refusal.Refusal conflict if the application has no decision: the
   *     event goes to the dead-letter topic, where an operator sees it
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void appealDecided(ReviewAppealDecided event) {
    Application a = owned.lockNamedByEvent(event.applicationId());
    if (a == null) {
      LOG.warnf("Appeal decision for unknown application %s", event.applicationId());
      return;
    }
    a.replaceDecisionOnAppeal(ApplicationStatus.valueOf(event.outcome()));
    a.decidedAt = event.decidedAt();
    a.decisionConditions = new ArrayList<>(event.conditions());
    a.decisionReasons = new ArrayList<>(event.reasons());
    a.updatedAt = clock.instant();
  }
}
