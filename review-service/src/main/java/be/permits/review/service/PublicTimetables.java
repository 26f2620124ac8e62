package be.permits.review.service;

import be.permits.review.domain.Inquiry;
import be.permits.review.domain.ReviewCase;
import be.permits.review.service.CaseTimetable.Kind;
import be.permits.review.service.CaseTimetable.Milestone;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Caller;
import be.permits.support.time.SuiteTime;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An application's timetable as anyone may read it, without login: the procedure's own milestones
 * (filed, file complete, public inquiry, decision) with their planned and actual days, lateness in
 * working days, and the decision period's extension with its reason. Which agencies give an
 * opinion, and when, stays with the applicant and the agencies: that a security service reviews a
 * file is not for everyone to read. The applicant who submitted reads every milestone, each
 * agency's opinion among them, with the days its clock stood still waiting for them.
 */
@ApplicationScoped
public class PublicTimetables {
  /** The milestones the public reads. */
  static final Set<Kind> PUBLIC =
      Set.of(
          Kind.FILED,
          Kind.COMPLETENESS,
          Kind.INQUIRY,
          Kind.DECISION,
          Kind.APPEAL_WINDOW,
          Kind.APPEAL_DECISION);

  @Inject EntityManager em;
  @Inject ProcedureClock procedure;
  @Inject Clock clock;

  /** The public timetable of the application {@code reference}. */
  public record PublicTimetable(
      String reference,
      String municipality,
      Map<String, String> procedure,
      boolean hasInquiry,
      List<Milestone> milestones,
      boolean forApplicant) {

    /** The procedure's name in {@code language}. */
    public String procedureIn(String language) {
      return procedure.getOrDefault(language, "");
    }
  }

  /**
   * @throws Refusal not found when no case has that reference
   */
  @ReadOnly
  public PublicTimetable of(String reference) {
    return timetable(named(reference), false);
  }

  /**
   * The whole timetable of the caller's application {@code reference}.
   *
   * @throws Refusal not found when no case has that reference or the caller did not submit it
   */
  @ReadOnly
  public PublicTimetable forApplicant(Caller caller, String reference) {
    ReviewCase c = named(reference);
    if (!c.applicantSubject.equals(caller.subject())) {
      throw Refusal.notFound();
    }
    return timetable(c, true);
  }

  private ReviewCase named(String reference) {
    return em.createQuery("FROM ReviewCase WHERE reference = :reference", ReviewCase.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst()
        .orElseThrow(Refusal::notFound);
  }

  private PublicTimetable timetable(ReviewCase c, boolean forApplicant) {
    Inquiry inquiry = em.find(Inquiry.class, c.id);
    String municipality =
        em.createQuery(
                "SELECT r.data FROM CaseRevision r WHERE r.caseId = :id ORDER BY r.revision DESC",
                String.class)
            .setParameter("id", c.id)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .map(
                data ->
                    be.permits.contracts.EventJson.read(
                            data, be.permits.contracts.permit.PermitSubmitted.class)
                        .site()
                        .municipality())
            .orElse("");
    return new PublicTimetable(
        c.reference,
        municipality,
        c.regime == null
            ? Map.of()
            : procedure
                .regimes()
                .regime(c.regime)
                .map(be.permits.review.domain.ProcedureRegimes.Regime::name)
                .orElse(Map.of()),
        inquiry != null,
        CaseTimetable.of(c, inquiry, SuiteTime.today(clock), procedure.regimes().holidays())
            .stream()
            .filter(m -> forApplicant || PUBLIC.contains(m.kind()))
            .toList(),
        forApplicant);
  }
}
