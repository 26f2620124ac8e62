package be.permits.review.service;

import be.permits.contracts.Agency;
import be.permits.contracts.EventJson;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.review.document.DecisionFacts;
import be.permits.review.domain.CaseRevision;
import be.permits.review.domain.DecisionDocument;
import be.permits.review.domain.DecisionDocument.Kind;
import be.permits.review.domain.ProcedureRegimes.AppealRule;
import be.permits.review.domain.ProcedureRegimes.Regime;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.support.time.SuiteTime;
import be.permits.support.transaction.ReadOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Asks for a decision's document in the decision's own transaction: the facts it will state are
 * fixed then (the outcome, the conditions and why each is set, the reasons, the agencies' opinions,
 * the documents considered with their hashes, the appeal rights), in the applicant's language. The
 * document is rendered and sealed after the commit ({@link DocumentSealing}), so that a decision
 * never waits for, nor fails with, its seal.
 */
@ApplicationScoped
public class DecisionDocuments {
  /** The agencies whose opinion the document lists: not the file's check, not the deciders. */
  private static final Set<Agency> NOT_OPINIONS =
      EnumSet.of(Agency.COORDINATION, Agency.DECIDING_AUTHORITY, Agency.APPEAL_AUTHORITY);

  @Inject EntityManager em;
  @Inject ProcedureClock procedure;
  @Inject Appeals appeals;
  @Inject PeopleNames people;

  /**
   * The decision on {@code c} was taken on {@code decisionStep}: its document is to be sealed. The
   * caller holds the case's lock and has set the decision in force on the case.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void requested(ReviewCase c, ReviewStep decisionStep, Kind kind, Instant now) {
    DecisionDocument document = new DecisionDocument();
    document.id = UUID.randomUUID();
    document.caseId = c.id;
    document.kind = kind;
    document.language = c.applicantLocale;
    document.facts = EventJson.write(facts(c, decisionStep, kind));
    document.requestedAt = now;
    em.persist(document);
  }

  /**
   * A document the suite issued, known by the SHA-256 of its bytes.
   *
   * @param inForce whether its decision is the one in force: not replaced on appeal
   * @param replacedOn the day the decision on appeal replaced it, or null
   */
  @Schema(name = "IssuedDecision")
  public record Issued(
      @Schema(maxLength = 14, pattern = "^PA-[0-9]{4}-[0-9]{6}$") String reference,
      @Schema(enumeration = {"DECISION", "APPEAL_DECISION"}) String kind,
      Instant sealedAt,
      boolean inForce,
      LocalDate replacedOn) {}

  /** The sealed document with these bytes' SHA-256, if the suite issued one. */
  @ReadOnly
  public Optional<Issued> issued(String sha256) {
    return em.createQuery("FROM DecisionDocument WHERE sha256 = :sha256", DecisionDocument.class)
        .setParameter("sha256", sha256)
        .getResultStream()
        .findFirst()
        .map(
            d -> {
              ReviewCase c = em.find(ReviewCase.class, d.caseId);
              boolean replaced = d.kind == Kind.DECISION && c.decidedOnAppeal;
              return new Issued(
                  c.reference, d.kind.name(), d.sealedAt, !replaced, replaced ? c.decidedOn : null);
            });
  }

  private DecisionFacts facts(ReviewCase c, ReviewStep decisionStep, Kind kind) {
    String language = c.applicantLocale;
    PermitSubmitted application = revision(c);
    Regime regime = c.regime == null ? null : procedure.regimes().regime(c.regime).orElse(null);
    AppealRule rule = appeals.rule(c);
    boolean onAppeal = kind == Kind.APPEAL_DECISION;
    String signatory = people.of(List.of(decisionStep.decidedBy)).apply(decisionStep.decidedBy);
    return new DecisionFacts(
        kind.name(),
        language,
        c.reference,
        regime == null ? null : regime.name().get(language),
        regime == null ? null : regime.legalBasis().get(language),
        decisionStep.agency.name(),
        c.decisionOutcome,
        decisionStep.decidedAt,
        SuiteTime.day(decisionStep.decidedAt),
        signatory,
        new DecisionFacts.Applicant(
            application.organisation().legalName(),
            application.organisation().enterpriseNumber(),
            c.applicantName),
        new DecisionFacts.Site(
            application.site().name(),
            application.site().address(),
            application.site().municipality(),
            application.site().cadastralParcels()),
        new DecisionFacts.Project(
            application.project().kind(),
            application.project().currentFloorArea(),
            application.project().requestedFloorArea(),
            application.project().environmentalClass(),
            application.project().jobs(),
            application.project().investmentEur()),
        c.decisionConditions.stream().map(text -> condition(c, decisionStep, text)).toList(),
        List.copyOf(decisionStep.reasons),
        c.steps.stream()
            .filter(s -> !NOT_OPINIONS.contains(s.agency) && s.decision != null)
            .map(
                s ->
                    new DecisionFacts.Opinion(
                        s.agency.name(),
                        s.decision,
                        s.decidedAt == null ? null : SuiteTime.day(s.decidedAt),
                        s.conditions.size()))
            .toList(),
        application.documents().stream()
            .filter(d -> d.supersededBy() == null)
            .map(d -> new DecisionFacts.Document(d.fileName(), d.kind(), d.sha256()))
            .toList(),
        onAppeal
            ? List.of()
            : appeals.windows(c).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new DecisionFacts.AppealRight(e.getKey().name(), e.getValue()))
                .toList(),
        rule == null || onAppeal ? null : rule.window().days(),
        rule == null || onAppeal ? null : rule.appealedTo().get(language),
        rule == null || !onAppeal ? null : rule.afterAppeal().get(language));
  }

  /** A condition, with the agencies whose opinion asked for it and their reasons. */
  private static DecisionFacts.Condition condition(
      ReviewCase c, ReviewStep decisionStep, String text) {
    List<ReviewStep> askedBy =
        c.steps.stream()
            .filter(s -> s != decisionStep && !NOT_OPINIONS.contains(s.agency))
            .filter(s -> s.conditions.contains(text))
            .toList();
    return new DecisionFacts.Condition(
        text,
        askedBy.stream().map(s -> s.agency.name()).toList(),
        askedBy.stream().flatMap(s -> s.reasons.stream()).distinct().toList());
  }

  private PermitSubmitted revision(ReviewCase c) {
    CaseRevision.Key key = new CaseRevision.Key();
    key.caseId = c.id;
    key.revision = c.revision;
    CaseRevision revision = em.find(CaseRevision.class, key);
    return EventJson.read(revision.data, PermitSubmitted.class);
  }
}
