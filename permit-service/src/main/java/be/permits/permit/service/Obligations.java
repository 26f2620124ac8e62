package be.permits.permit.service;

import be.permits.contracts.Agency;
import be.permits.contracts.review.ReviewObligationsSet;
import be.permits.permit.domain.Application;
import be.permits.permit.domain.ApplicationStatus;
import be.permits.permit.domain.PermitObligation;
import be.permits.support.security.Caller;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The granted permit's conditions as the operator's obligations: kept as review-service set them,
 * read by the application's owner on the file page and through the API.
 */
@ApplicationScoped
public class Obligations {
  @Inject EntityManager em;
  @Inject OwnedApplications owned;

  /** An obligation as the applicant reads it. */
  @Schema(name = "Obligation")
  public record ObligationView(
      UUID id,
      @Schema(description = "The agency that set the condition and reviews the evidence")
          Agency agency,
      @Schema(maxLength = 2000) String condition,
      @Schema(maxLength = 2000, description = "What to hand in to show it is kept") String evidence,
      LocalDate firstDue,
      @Schema(minimum = "1", maximum = "120", description = "Months between two; none: once")
          Integer everyMonths) {}

  /** review-service set the obligations: kept once, whatever the deliveries. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void set(ReviewObligationsSet event) {
    if (owned.lockNamedByEvent(event.applicationId()) == null) {
      return;
    }
    for (ReviewObligationsSet.Obligation o : event.obligations()) {
      if (em.find(PermitObligation.class, o.id()) != null) {
        continue;
      }
      PermitObligation kept = new PermitObligation();
      kept.id = o.id();
      kept.applicationId = event.applicationId();
      kept.agency = o.agency();
      kept.condition = o.condition();
      kept.evidence = o.evidence();
      kept.firstDue = o.firstDue();
      kept.everyMonths = o.everyMonths();
      kept.setAt = event.setAt();
      em.persist(kept);
    }
  }

  /** The obligations of the caller's application, the first due first. */
  @ReadOnly
  public List<ObligationView> of(Caller caller, UUID applicationId) {
    owned.read(caller, applicationId);
    return list(applicationId);
  }

  @ReadOnly
  List<ObligationView> list(UUID applicationId) {
    Application a = em.find(Application.class, applicationId);
    if (a != null && a.status == ApplicationStatus.REJECTED) {
      // Refused on appeal after a grant: the permit's conditions no longer bind anyone.
      return List.of();
    }
    return em.createQuery(
            "FROM PermitObligation WHERE applicationId = :id ORDER BY firstDue, condition",
            PermitObligation.class)
        .setParameter("id", applicationId)
        .setMaxResults(50)
        .getResultStream()
        .map(
            o ->
                new ObligationView(
                    o.id, o.agency, o.condition, o.evidence, o.firstDue, o.everyMonths))
        .toList();
  }
}
