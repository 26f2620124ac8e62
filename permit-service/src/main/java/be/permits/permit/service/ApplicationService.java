package be.permits.permit.service;

import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.RevisionDiff;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.permit.PermitWithdrawn;
import be.permits.permit.api.ApplicationForm;
import be.permits.permit.api.ApplicationMapper;
import be.permits.permit.domain.AgencyNote;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.ApplicationRevision;
import be.permits.permit.domain.ApplicationStatus;
import be.permits.permit.domain.Attachment;
import be.permits.permit.domain.SubmissionCheck;
import be.permits.support.observability.BusinessMetrics;
import be.permits.support.outbox.Outbox;
import be.permits.support.problem.Problem.FieldError;
import be.permits.support.problem.ProblemException;
import be.permits.support.security.Caller;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The applicant's use cases. Every method checks that the caller owns the application. */
@ApplicationScoped
public class ApplicationService {
  /** Belgian time decides which year a reference belongs to. */
  private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  @Inject EntityManager em;
  @Inject Outbox outbox;
  @Inject ReferenceNumbers references;
  @Inject Revisions revisions;
  @Inject Attachments attachments;
  @Inject Clock clock;
  @Inject BusinessMetrics metrics;

  @Transactional
  public Application create(Caller caller, ApplicationForm form) {
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
    return a;
  }

  @Transactional
  public Application update(Caller caller, UUID id, ApplicationForm form) {
    Application a = owned(caller, id);
    if (a.status != ApplicationStatus.DRAFT) {
      throw ProblemException.conflict("Only a draft can be edited; this one is " + a.status + ".");
    }
    ApplicationMapper.apply(form, a);
    a.updatedAt = clock.instant();
    return a;
  }

  @ReadOnly
  public Application get(Caller caller, UUID id) {
    return owned(caller, id);
  }

  @ReadOnly
  public List<Application> list(Caller caller, int limit) {
    return em.createQuery(
            "FROM Application WHERE ownerKey = :owner ORDER BY createdAt DESC", Application.class)
        .setParameter("owner", caller.ownerKey())
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Submits a complete draft: it gets its reference and revision 1, and {@code permit.submitted}
   * commits with it.
   *
   * @throws ProblemException 422 listing every missing field, or 409 if not a draft
   */
  @Transactional
  public Application submit(Caller caller, UUID id) {
    Application a = owned(caller, id);
    if (a.status != ApplicationStatus.DRAFT) {
      throw ProblemException.conflict(
          "Only a draft can be submitted; this one is " + a.status + ".");
    }
    List<FieldError> missing = SubmissionCheck.missing(a);
    if (!missing.isEmpty()) {
      throw ProblemException.incomplete("The application is not complete.", missing);
    }
    Instant now = clock.instant();
    a.moveTo(ApplicationStatus.SUBMITTED);
    a.reference = references.next(now.atZone(BRUSSELS).getYear());
    a.revision = 1;
    a.submittedAt = now;
    a.updatedAt = now;
    setApplicant(a, caller.contact());
    attachments.markSubmitted(a);
    revisions.freeze(a, caller.subject(), now);
    outbox.publish(
        EventType.PERMIT_SUBMITTED,
        a.id,
        submittedEvent(a, caller.contact(), attachments.of(a)),
        caller.subject());
    metrics.countOnCommit("permits.applications.submitted");
    return a;
  }

  /**
   * Deletes a draft; a submitted application is withdrawn instead, never deleted.
   *
   * @throws ProblemException 409 if the application is not a draft
   */
  @Transactional
  public void delete(Caller caller, UUID id) {
    Application a = owned(caller, id);
    if (a.status != ApplicationStatus.DRAFT) {
      throw ProblemException.conflict(
          "Only a draft can be deleted; withdraw a submitted application instead.");
    }
    em.remove(a);
  }

  /**
   * Withdraws the application, with the applicant's reason; a submitted one stops its review
   * through {@code permit.withdrawn}.
   *
   * @throws ProblemException 409 if the application is already decided or withdrawn
   */
  @Transactional
  public Application withdraw(Caller caller, UUID id, String reason) {
    Application a = owned(caller, id);
    boolean submitted = a.status != ApplicationStatus.DRAFT;
    a.moveTo(ApplicationStatus.WITHDRAWN);
    Instant now = clock.instant();
    a.withdrawnAt = now;
    a.withdrawalReason = reason.trim();
    a.updatedAt = now;
    if (submitted) {
      outbox.publish(
          EventType.PERMIT_WITHDRAWN,
          a.id,
          new PermitWithdrawn(a.id, a.reference, a.withdrawalReason, now, caller.contact()),
          caller.subject());
    }
    return a;
  }

  /** An application and the others on its site, with their cumulative requested floor area. */
  public record Site(
      Application application, List<Application> related, long cumulativeFloorArea) {}

  /**
   * The caller's other applications on the same site (same municipality, a cadastral parcel in
   * common) and the requested floor area of all of them together, withdrawn and rejected ones left
   * out: a project split into small permits shows as one.
   */
  @ReadOnly
  public Site site(Caller caller, UUID id) {
    Application a = owned(caller, id);
    List<Application> related =
        a.site().municipality == null || a.site().cadastralParcels.isEmpty()
            ? List.of()
            : em.createQuery(
                    "FROM Application WHERE ownerKey = :owner AND id <> :id"
                        + " AND lower(site.municipality) = lower(:municipality)"
                        + " ORDER BY createdAt",
                    Application.class)
                .setParameter("owner", a.ownerKey)
                .setParameter("id", a.id)
                .setParameter("municipality", a.site().municipality)
                .getResultStream()
                .filter(
                    other ->
                        other.site().cadastralParcels.stream()
                            .anyMatch(a.site().cadastralParcels::contains))
                .toList();
    long cumulative =
        java.util.stream.Stream.concat(java.util.stream.Stream.of(a), related.stream())
            .filter(
                x ->
                    x.status != ApplicationStatus.WITHDRAWN
                        && x.status != ApplicationStatus.REJECTED)
            .mapToLong(
                x -> x.project().requestedFloorArea == null ? 0 : x.project().requestedFloorArea)
            .sum();
    return new Site(a, related, cumulative);
  }

  /** The notes that reviewing agencies wrote for the applicant, oldest first. */
  @ReadOnly
  public List<AgencyNote> notes(Caller caller, UUID id) {
    Application a = owned(caller, id);
    return em.createQuery(
            "FROM AgencyNote WHERE applicationId = :id ORDER BY writtenAt, id", AgencyNote.class)
        .setParameter("id", a.id)
        .setMaxResults(500)
        .getResultList();
  }

  @ReadOnly
  public List<ApplicationRevision> revisions(Caller caller, UUID id) {
    return revisions.of(owned(caller, id));
  }

  @ReadOnly
  public ApplicationRevision revision(Caller caller, UUID id, int number) {
    return revisions.get(owned(caller, id), number);
  }

  @ReadOnly
  public List<RevisionDiff.Change> diff(Caller caller, UUID id, int from, int to) {
    return revisions.diff(owned(caller, id), from, to);
  }

  /**
   * The caller's application; any other id is not found.
   *
   * @throws ProblemException 404
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Application owned(Caller caller, UUID id) {
    Application a = em.find(Application.class, id);
    if (a == null || !a.ownerKey.equals(caller.ownerKey())) {
      throw ProblemException.notFound();
    }
    return a;
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
            List.copyOf(a.data().systems),
            List.copyOf(a.data().dataCategories),
            List.copyOf(a.data().storageCountries),
            List.copyOf(a.data().thirdCountryTransfers),
            List.copyOf(a.data().foreignLawsCompellingAccess),
            List.copyOf(a.data().certifications),
            new PermitSubmitted.Customs(a.data().aeoNumber, a.data().bondedWarehouse)),
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
