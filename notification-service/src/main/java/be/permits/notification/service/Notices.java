package be.permits.notification.service;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitEvidenceSubmitted;
import be.permits.contracts.permit.PermitInformationProvided;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.review.ReviewCompletenessOpened;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.contracts.review.ReviewDecisionExtended;
import be.permits.contracts.review.ReviewDecisionOpened;
import be.permits.contracts.review.ReviewEnforcementClosed;
import be.permits.contracts.review.ReviewInformationRequested;
import be.permits.contracts.review.ReviewInquiryOpened;
import be.permits.contracts.review.ReviewObligationReminder;
import be.permits.contracts.review.ReviewObligationReviewed;
import be.permits.contracts.review.ReviewObservationReceived;
import be.permits.contracts.review.ReviewOpened;
import be.permits.contracts.review.ReviewProposalReturned;
import be.permits.contracts.review.ReviewScreeningOpened;
import be.permits.contracts.review.ReviewStepHandedOver;
import be.permits.contracts.review.ReviewStepOverdue;
import be.permits.contracts.review.ReviewStepProposed;
import be.permits.notification.config.NotificationsConfig;
import be.permits.notification.directory.AgencyDirectory;
import be.permits.notification.domain.Notification.Kind;
import be.permits.support.incoming.IncomingEvent;
import be.permits.support.time.SuiteTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who is told what, event by event: applicants from the event's contact, reviewers and the deciding
 * authority from the directory of their agency. Each method runs in the consumer's transaction.
 */
@ApplicationScoped
public class Notices {
  @Inject Notifications notifications;
  @Inject AgencyDirectory directory;

  @Inject NotificationsConfig config;

  /**
   * Runs before the consumer's transaction: reads from Keycloak the people of every agency the
   * event concerns, so that the transaction itself never waits on Keycloak.
   */
  public void prepare(IncomingEvent event) {
    Set<Agency> agencies = new LinkedHashSet<>();
    switch (event.eventType().orElseThrow()) {
      case REVIEW_OPENED ->
          event.dataAs(EventType.REVIEW_OPENED, ReviewOpened.class).steps().stream()
              .map(ReviewOpened.Step::agency)
              .forEach(agencies::add);
      case REVIEW_STEP_OVERDUE ->
          agencies.add(
              event.dataAs(EventType.REVIEW_STEP_OVERDUE, ReviewStepOverdue.class).agency());
      case REVIEW_STEP_PROPOSED ->
          agencies.add(
              event.dataAs(EventType.REVIEW_STEP_PROPOSED, ReviewStepProposed.class).agency());
      case REVIEW_PROPOSAL_RETURNED ->
          agencies.add(
              event
                  .dataAs(EventType.REVIEW_PROPOSAL_RETURNED, ReviewProposalReturned.class)
                  .agency());
      case REVIEW_DECISION_OPENED -> agencies.add(Agency.DECIDING_AUTHORITY);
      case REVIEW_COMPLETENESS_OPENED -> agencies.add(Agency.COORDINATION);
      case REVIEW_APPEAL_LODGED -> agencies.add(Agency.APPEAL_AUTHORITY);
      case PERMIT_EVIDENCE_SUBMITTED ->
          agencies.add(
              event
                  .dataAs(EventType.PERMIT_EVIDENCE_SUBMITTED, PermitEvidenceSubmitted.class)
                  .agency());
      case REVIEW_OBLIGATION_REMINDER ->
          agencies.add(
              event
                  .dataAs(EventType.REVIEW_OBLIGATION_REMINDER, ReviewObligationReminder.class)
                  .agency());
      case REVIEW_OBLIGATION_REVIEWED -> {
        agencies.add(
            event
                .dataAs(EventType.REVIEW_OBLIGATION_REVIEWED, ReviewObligationReviewed.class)
                .agency());
        agencies.add(Agency.DECIDING_AUTHORITY);
      }
      case REVIEW_ENFORCEMENT_CLOSED ->
          agencies.add(
              event
                  .dataAs(EventType.REVIEW_ENFORCEMENT_CLOSED, ReviewEnforcementClosed.class)
                  .agency());
      case REVIEW_STEP_HANDED_OVER ->
          agencies.add(
              event.dataAs(EventType.REVIEW_STEP_HANDED_OVER, ReviewStepHandedOver.class).agency());
      case PERMIT_INFORMATION_PROVIDED ->
          agencies.add(
              event
                  .dataAs(EventType.PERMIT_INFORMATION_PROVIDED, PermitInformationProvided.class)
                  .agency());
      default -> {
        // The applicant's events name their person; no directory is needed.
      }
    }
    agencies.forEach(directory::refresh);
  }

  private void stepsOpened(UUID eventId, ReviewOpened opened) {
    for (ReviewOpened.Step step : opened.steps()) {
      notifications.notifyAgency(
          eventId,
          opened.applicationId(),
          Kind.STEP_OPENED,
          step.agency(),
          reviewerData(opened.reference(), step.agency(), step.dueDate(), null, opened.caseId()),
          people -> people);
    }
  }

  /** The step's holder is told; the whole agency when nobody (known) holds it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void stepOverdue(UUID eventId, ReviewStepOverdue late) {
    notifications.notifyAgency(
        eventId,
        late.applicationId(),
        Kind.STEP_OVERDUE,
        late.agency(),
        reviewerData(late.reference(), late.agency(), late.dueDate(), null, late.caseId()),
        // The reviewer holding the step; the whole agency when nobody (known) holds it.
        people -> {
          List<Contact> holder =
              people.stream().filter(p -> p.subject().equals(late.assignee())).toList();
          return holder.isEmpty() ? people : holder;
        });
  }

  /**
   * The step's new holder is told, and why: handed over, standing in for an absent colleague
   * (named, with the day they return), or back after their own absence.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void stepHandedOver(UUID eventId, ReviewStepHandedOver handed) {
    Map<String, Object> data =
        reviewerData(handed.reference(), handed.agency(), handed.dueDate(), null, handed.caseId());
    data.put("why", handed.reason().name());
    Contact from =
        handed.from() == null
            ? null
            : Notifications.named(directory.members(handed.agency()), handed.from());
    data.put("absent", from == null || from.name() == null ? "" : from.name());
    data.put("until", handed.until() == null ? "" : handed.until().toString());
    notifications.notifyAgency(
        eventId,
        handed.applicationId(),
        Kind.STEP_HANDED_OVER,
        handed.agency(),
        data,
        people -> people.stream().filter(p -> p.subject().equals(handed.to())).toList());
  }

  /** The agency's other reviewers are asked to confirm. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void stepProposed(UUID eventId, ReviewStepProposed proposal) {
    notifications.notifyAgency(
        eventId,
        proposal.applicationId(),
        Kind.CONFIRMATION_NEEDED,
        proposal.agency(),
        reviewerData(proposal.reference(), proposal.agency(), null, null, proposal.caseId()),
        people -> people.stream().filter(p -> !p.subject().equals(proposal.proposedBy())).toList());
  }

  /** The proposer is told that their four-eyes proposal came back, and why. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void proposalReturned(UUID eventId, ReviewProposalReturned returned) {
    Map<String, Object> data =
        reviewerData(returned.reference(), returned.agency(), null, null, returned.caseId());
    data.put("reason", returned.reason());
    notifications.notifyAgency(
        eventId,
        returned.applicationId(),
        Kind.PROPOSAL_RETURNED,
        returned.agency(),
        data,
        people -> proposerOrAgency(people, returned));
  }

  /**
   * The proposer, who works on the step again; if the directory no longer knows them (they left the
   * agency), their colleagues but the one who returned it, so that the step waits on nobody unseen.
   */
  private static List<Contact> proposerOrAgency(
      List<Contact> people, ReviewProposalReturned returned) {
    List<Contact> proposer =
        people.stream().filter(p -> p.subject().equals(returned.proposedBy())).toList();
    return !proposer.isEmpty()
        ? proposer
        : people.stream().filter(p -> !p.subject().equals(returned.returnedBy())).toList();
  }

  /** The coordinating officials are told that a file waits for their completeness check. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void completenessOpened(UUID eventId, ReviewCompletenessOpened opened) {
    notifications.notifyAgency(
        eventId,
        opened.applicationId(),
        Kind.STEP_OPENED,
        Agency.COORDINATION,
        reviewerData(
            opened.reference(), Agency.COORDINATION, opened.dueDate(), null, opened.caseId()),
        people -> people);
  }

  /** The applicant is told that a public inquiry runs, with its dates and public page. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void inquiryOpened(UUID eventId, ReviewInquiryOpened inquiry) {
    String locale = inquiry.applicant().locale();
    notifications.notify(
        eventId,
        inquiry.applicationId(),
        Kind.INQUIRY_OPENED,
        inquiry.applicant(),
        Map.of(
            "reference", inquiry.reference(),
            "from", longDate(inquiry.startsOn(), locale),
            "to", longDate(inquiry.endsOn(), locale),
            "link", config.publicUrl() + "/inquiries/" + inquiry.reference()));
  }

  /**
   * The sender of an observation is asked to confirm it: the link to the confirmation page goes to
   * that address alone.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void observationReceived(UUID eventId, ReviewObservationReceived received) {
    String locale = received.observer().locale();
    notifications.notify(
        eventId,
        received.applicationId(),
        Kind.OBSERVATION_TO_CONFIRM,
        received.observer(),
        Map.of(
            "reference", received.reference(),
            "until", longDate(received.confirmBy().atZone(SuiteTime.ZONE).toLocalDate(), locale),
            "link",
                config.publicUrl() + "/inquiries/confirmations/" + received.confirmationToken()));
  }

  /** The applicant is told that the decision period is extended, by how much and why. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void decisionExtended(UUID eventId, ReviewDecisionExtended extended) {
    String locale = extended.applicant().locale();
    notifications.notify(
        eventId,
        extended.applicationId(),
        Kind.DECISION_EXTENDED,
        extended.applicant(),
        Map.of(
            "reference", extended.reference(),
            "days", String.valueOf(extended.days()),
            "until", longDate(extended.decisionDueDate(), locale),
            "reason", extended.reason()));
  }

  /** The applicant is told that the screening committee opened its screening phase, and why. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void screeningOpened(UUID eventId, ReviewScreeningOpened opened) {
    String locale = opened.applicant().locale();
    notifications.notify(
        eventId,
        opened.applicationId(),
        Kind.SCREENING_OPENED,
        opened.applicant(),
        Map.of(
            "reference", opened.reference(),
            "days", String.valueOf(opened.days()),
            "until", longDate(opened.dueDate(), locale),
            "reason", opened.reason()));
  }

  static String longDate(LocalDate day, String locale) {
    return day.format(
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.forLanguageTag(locale)));
  }

  /** The deciding authority is told that every advisory step is done. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void decisionOpened(UUID eventId, ReviewDecisionOpened opened) {
    notifications.notifyAgency(
        eventId,
        opened.applicationId(),
        Kind.DECISION_OPENED,
        Agency.DECIDING_AUTHORITY,
        reviewerData(
            opened.reference(), Agency.DECIDING_AUTHORITY, opened.dueDate(), null, opened.caseId()),
        people -> people);
  }

  /** The requesting agency is told that the applicant answered. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void informationProvided(UUID eventId, PermitInformationProvided answer) {
    notifications.notifyAgency(
        eventId,
        answer.applicationId(),
        Kind.ANSWER_RECEIVED,
        answer.agency(),
        reviewerData(answer.reference(), answer.agency(), null, answer.revision(), null),
        people -> people);
  }

  Map<String, Object> reviewerData(
      String reference, Agency agency, LocalDate dueDate, Integer revision, UUID caseId) {
    Map<String, Object> data = new HashMap<>();
    data.put("reference", reference);
    data.put("agency", agency.name());
    data.put("dueDate", dueDate == null ? "" : dueDate.toString());
    data.put("revision", revision == null ? "" : revision.toString());
    data.put("link", config.publicUrl() + (caseId == null ? "/desk" : "/desk/cases/" + caseId));
    return data;
  }

  /** The applicant is told that the submission arrived. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void submitted(UUID eventId, PermitSubmitted submitted) {
    notifications.notify(
        eventId,
        submitted.applicationId(),
        Kind.SUBMISSION_RECEIVED,
        submitted.applicant(),
        Map.of("reference", submitted.reference()));
  }

  /** The applicant is asked for information. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void informationRequested(UUID eventId, ReviewInformationRequested request) {
    notifications.notify(
        eventId,
        request.applicationId(),
        Kind.INFORMATION_REQUESTED,
        request.applicant(),
        Map.of(
            "reference", request.reference(),
            "agency", request.agency().name(),
            "dueDate", request.dueDate().toString(),
            "questions", request.questions()));
  }

  /** The applicant is told the decision, with its conditions or reasons. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void concluded(UUID eventId, ReviewConcluded decision) {
    notifications.notify(
        eventId,
        decision.applicationId(),
        Kind.DECISION,
        decision.applicant(),
        Map.of(
            "reference",
            decision.reference(),
            "outcome",
            decision.outcome(),
            "items",
            "REJECTED".equals(decision.outcome()) ? decision.reasons() : decision.conditions(),
            "link",
            config.publicUrl()
                + "/applications/"
                + decision.applicationId()
                + "/decisions/DECISION"));
  }

  /** Each routed agency is told of its new step, and the applicant that the review began. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reviewOpened(UUID eventId, ReviewOpened opened) {
    stepsOpened(eventId, opened);
    notifications.notify(
        eventId,
        opened.applicationId(),
        Kind.REVIEW_OPENED,
        opened.applicant(),
        Map.of(
            "reference",
            opened.reference(),
            "steps",
            opened.steps().stream()
                .map(s -> Map.of("agency", s.agency().name(), "dueDate", s.dueDate().toString()))
                .toList()));
  }
}
