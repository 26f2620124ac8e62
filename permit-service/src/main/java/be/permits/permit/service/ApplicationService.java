package be.permits.permit.service;

import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.DeclaredSystem;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.permit.PermitWithdrawn;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.ApplicationStatus;
import be.permits.permit.domain.Attachment;
import be.permits.permit.domain.SubmissionCheck;
import be.permits.support.observability.BusinessMetrics;
import be.permits.support.outbox.Outbox;
import be.permits.support.refusal.Refusal;
import be.permits.support.refusal.Refusal.FieldError;
import be.permits.support.security.Actor;
import be.permits.support.security.Caller;
import be.permits.support.time.SuiteTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an applicant does with an application: draft it, submit it, delete a draft, withdraw it.
 * Every change starts from {@link OwnedApplications#lock}: the caller's application, locked.
 */
@ApplicationScoped
public class ApplicationService {

  @Inject EntityManager em;
  @Inject OwnedApplications owned;
  @Inject Outbox outbox;
  @Inject ReferenceNumbers references;
  @Inject Revisions revisions;
  @Inject Attachments attachments;
  @Inject Clock clock;
  @Inject BusinessMetrics metrics;
  @Inject Fees fees;

  @Transactional
  public ApplicationView create(Caller caller, ApplicationForm form) {
    Instant now = clock.instant();
    Application a = new Application();
    a.id = UUID.randomUUID();
    a.ownerKey = caller.ownerKey();
    a.createdBy = caller.subject();
    a.status = ApplicationStatus.DRAFT;
    setApplicant(a, caller.contact());
    ApplicationMapper.apply(form, a);
    a.createdAt = now;
    a.updatedAt = now;
    em.persist(a);
    return ApplicationView.of(a);
  }

  /**
   * Saves a draft; sections left out are kept as they are.
   *
   * @throws Refusal conflict if the application is not a draft any more
   */
  @Transactional
  public ApplicationView update(Caller caller, UUID id, ApplicationForm form) {
    Application a = owned.lock(caller, id);
    a.requireDraft();
    ApplicationMapper.apply(form, a);
    a.updatedAt = clock.instant();
    return ApplicationView.of(a);
  }

  /**
   * Submits a complete draft: it gets its reference and revision 1, and {@code permit.submitted}
   * commits with it.
   *
   * @throws Refusal incomplete, listing every missing field; conflict if not a draft
   */
  @Transactional
  public ApplicationView submit(Caller caller, UUID id) {
    Application a = owned.lock(caller, id);
    if (a.status != ApplicationStatus.DRAFT) {
      throw Refusal.conflict(
          "not-a-draft", "Only a draft can be submitted; this one is " + a.status + ".");
    }
    List<FieldError> missing = SubmissionCheck.missing(a);
    if (!missing.isEmpty()) {
      throw Refusal.incomplete("The application is not complete.", missing);
    }
    Instant now = clock.instant();
    a.moveTo(ApplicationStatus.SUBMITTED);
    a.revision = 1;
    a.submittedAt = now;
    a.updatedAt = now;
    setApplicant(a, caller.contact());
    attachments.markSubmitted(a);
    revisions.freeze(a, caller.subject(), now);
    List<Attachment> documents = attachments.of(a);
    // The year's counter row stays locked until this transaction commits, and every submission
    // waits for it: it is taken last, after everything else is written, so that it is held for
    // the commit and little more.
    em.flush();
    a.reference = references.next(now.atZone(SuiteTime.ZONE).getYear());
    fees.invoice(a, now);
    outbox.publish(
        EventType.PERMIT_SUBMITTED,
        a.id,
        submittedEvent(a, caller.contact(), documents),
        Actor.applicant(caller));
    metrics.countOnCommit("permits.applications.submitted");
    return ApplicationView.of(a);
  }

  /**
   * Deletes a draft; a submitted application is withdrawn instead, never deleted.
   *
   * @throws Refusal conflict if the application is not a draft
   */
  @Transactional
  public void delete(Caller caller, UUID id) {
    Application a = owned.lock(caller, id);
    if (a.status != ApplicationStatus.DRAFT) {
      throw Refusal.conflict(
          "not-a-draft", "Only a draft can be deleted; withdraw a submitted application instead.");
    }
    em.remove(a);
  }

  /**
   * Withdraws the application, with the applicant's reason; a submitted one stops its review
   * through {@code permit.withdrawn}.
   *
   * @throws Refusal conflict if the application is already decided or withdrawn
   */
  @Transactional
  public ApplicationView withdraw(Caller caller, UUID id, Withdrawal withdrawal) {
    Application a = owned.lock(caller, id);
    boolean submitted = a.status != ApplicationStatus.DRAFT;
    // Before the review opened (still at its completeness check), the schedule's refunds apply.
    boolean early =
        a.status == ApplicationStatus.SUBMITTED
            || (a.status == ApplicationStatus.INFORMATION_REQUESTED && !reviewOpened(a));
    a.moveTo(ApplicationStatus.WITHDRAWN);
    if (early) {
      fees.withdrawnEarly(a);
    }
    Instant now = clock.instant();
    a.withdrawnAt = now;
    a.withdrawalReason = withdrawal.reason().trim();
    a.updatedAt = now;
    if (submitted) {
      outbox.publish(
          EventType.PERMIT_WITHDRAWN,
          a.id,
          new PermitWithdrawn(a.id, a.reference, a.withdrawalReason, now, caller.contact()),
          Actor.applicant(caller));
    }
    return ApplicationView.of(a);
  }

  /** Whether any agency but the coordinating officials reviews the application. */
  private boolean reviewOpened(Application a) {
    return em.createQuery(
                "SELECT count(r) FROM ReviewingAgency r WHERE r.applicationId = :id"
                    + " AND r.agency <> :coordination",
                Long.class)
            .setParameter("id", a.id)
            .setParameter("coordination", be.permits.contracts.Agency.COORDINATION)
            .getSingleResult()
        > 0;
  }

  private static void setApplicant(Application a, Contact contact) {
    a.applicantName = contact.name();
    a.applicantEmail = contact.email();
    a.applicantLocale = contact.locale();
  }

  static PermitSubmitted submittedEvent(
      Application a, Contact submitter, List<Attachment> documents) {
    var org = a.organisation();
    var site = a.site();
    return new PermitSubmitted(
        a.id,
        a.reference,
        a.revision,
        a.submittedAt,
        submitter,
        new PermitSubmitted.Organisation(
            org.legalName,
            org.enterpriseNumber,
            org.countryOfIncorporation,
            org.ultimateParent,
            org.ultimateParentCountry,
            org.nonEuVotingShare),
        new PermitSubmitted.Site(
            site.name,
            site.address,
            site.municipality,
            List.copyOf(site.cadastralParcels),
            site.airsideAccess),
        new PermitSubmitted.Project(
            a.project().kind.name(),
            a.project().currentFloorArea,
            a.project().requestedFloorArea,
            a.project().heightMetres,
            a.project().investmentEur,
            a.project().jobs,
            a.project().environmentalClass,
            a.project().operatesAroundTheClock,
            a.project().hazardousGoods),
        new PermitSubmitted.DataProfile(
            a.systems().stream().map(DeclaredSystem::name).toList(),
            List.copyOf(a.data().dataCategories),
            List.copyOf(a.data().storageCountries),
            List.copyOf(a.data().thirdCountryTransfers),
            List.copyOf(a.data().foreignLawsCompellingAccess),
            List.copyOf(a.data().certifications),
            new PermitSubmitted.Customs(
                a.data().aeoNumber, a.data().bondedWarehouse, a.data().declarationsPerYear)),
        a.systems(),
        documents.stream()
            .map(
                d ->
                    new PermitSubmitted.Document(
                        d.id,
                        d.kind.name(),
                        d.fileName,
                        d.mediaType,
                        d.sizeBytes,
                        d.sha256,
                        d.firstRevision,
                        d.supersededBy))
            .toList());
  }
}
