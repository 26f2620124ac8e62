package be.permits.review.service;

import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.review.domain.DecisionDocument;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.support.outbox.Outbox;
import be.permits.support.security.Actor;
import be.permits.support.time.SuiteTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a case's conclusion sets in motion, in the decision's transaction: the decision in force for
 * the appeals, its sealed document to be made, a granted permit's obligations, and {@code
 * review.concluded.v1}.
 */
@ApplicationScoped
public class CaseConclusion {
  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject Appeals appeals;
  @Inject DecisionDocuments documents;
  @Inject Obligations obligations;

  /** Concludes {@code c} on {@code decisionStep}, with every agency's conditions. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void conclude(ReviewCase c, ReviewStep decisionStep, Actor actor, Instant now) {
    c.status = ReviewCase.Status.CONCLUDED;
    LinkedHashSet<String> conditions = new LinkedHashSet<>(decisionStep.conditions);
    c.steps.forEach(s -> conditions.addAll(s.conditions));
    String outcome = Appeals.outcomeOf(decisionStep, conditions);
    boolean refused = "REJECTED".equals(outcome);
    appeals.decisionTaken(c, outcome, refused ? List.of() : List.copyOf(conditions), now);
    documents.requested(c, decisionStep, DecisionDocument.Kind.DECISION, now);
    if (!refused) {
      obligations.set(c, SuiteTime.today(clock), now, actor);
    }
    outbox.publish(
        EventType.REVIEW_CONCLUDED,
        c.applicationId,
        new ReviewConcluded(
            c.id,
            c.applicationId,
            c.reference,
            outcome,
            refused ? List.of() : List.copyOf(conditions),
            List.copyOf(decisionStep.reasons),
            now,
            c.applicant()),
        actor);
  }
}
