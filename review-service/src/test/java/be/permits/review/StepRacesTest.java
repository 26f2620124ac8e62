package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.permit.PermitWithdrawn;
import be.permits.review.domain.ReviewCase;
import be.permits.review.domain.ReviewStep;
import be.permits.review.service.CaseOpening;
import be.permits.review.service.CaseWithdrawal;
import be.permits.testsupport.Race;
import be.permits.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reviewers who press at the same moment: each test starts real concurrent callers at a barrier,
 * many rounds over, and checks that the case ends in one consistent state every time.
 */
@QuarkusTest
class StepRacesTest {
  static final int ROUNDS = 100;
  static final String URSULA = TestTokens.reviewer("ursula", "urban-planning");
  static final String ULRICH = TestTokens.reviewer("ulrich", "urban-planning");
  static final String ELISE = TestTokens.reviewer("elise", "environment");

  @Inject CaseOpening opening;
  @Inject be.permits.review.service.StepWork work;
  @Inject CaseWithdrawal withdrawal;
  @Inject EntityManager em;

  /** A case with two advisory steps: urban planning and environment. */
  record TwoSteps(UUID applicationId, UUID caseId, UUID urbanPlanning, UUID environment) {}

  TwoSteps openTwoStepCase() {
    Submissions facts = Submissions.localWarehouse();
    // Environment reviews a large hall; class 3 runs under a procedure without public inquiry,
    // so the decision waits for the two opinions alone.
    facts.requestedFloorArea = 12_000;
    PermitSubmitted submitted = facts.build();
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              opening.open(submitted);
              ReviewCase c =
                  em.createQuery("FROM ReviewCase WHERE applicationId = :id", ReviewCase.class)
                      .setParameter("id", submitted.applicationId())
                      .getSingleResult();
              // The file is complete (here by silence), and its review opens.
              work.completeBySilence(stepOf(c, Agency.COORDINATION));
              return new TwoSteps(
                  c.applicationId,
                  c.id,
                  stepOf(c, Agency.URBAN_PLANNING).id,
                  stepOf(c, Agency.ENVIRONMENT).id);
            });
  }

  static ReviewStep stepOf(ReviewCase c, Agency agency) {
    return c.steps.stream().filter(s -> s.agency == agency).findFirst().orElseThrow();
  }

  static int post(String token, UUID caseId, UUID stepId, String action, Object body) {
    var request = given().auth().oauth2(token);
    if (body != null) {
      request = request.contentType(ContentType.JSON).body(body);
    }
    return request
        .post("/api/cases/{c}/steps/{s}/" + action, caseId, stepId)
        .then()
        .extract()
        .statusCode();
  }

  /** Claims the step and declares no conflict of interest: ready to decide. */
  static void readyToDecide(String token, UUID caseId, UUID stepId) {
    assertEquals(200, post(token, caseId, stepId, "claim", null));
    assertEquals(200, post(token, caseId, stepId, "interest", Map.of("conflict", false)));
  }

  static int approve(String token, UUID caseId, UUID stepId) {
    return post(token, caseId, stepId, "decision", Map.of("outcome", "APPROVE"));
  }

  List<ReviewStep> steps(UUID caseId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery(
                        "FROM ReviewStep WHERE reviewCase.id = :id ORDER BY agency",
                        ReviewStep.class)
                    .setParameter("id", caseId)
                    .getResultList());
  }

  long decisionOpenedEvents(UUID applicationId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (Long)
                    em.createQuery(
                            "SELECT count(e) FROM OutboxEvent e WHERE e.aggregateId = :id"
                                + " AND e.type = 'review.decision-opened.v1'")
                        .setParameter("id", applicationId.toString())
                        .getSingleResult());
  }

  @Test
  void theLastTwoAdvisoryDecisionsAtOnceOpenTheDecisionStepExactlyOnce() {
    for (int round = 0; round < ROUNDS; round++) {
      TwoSteps c = openTwoStepCase();
      readyToDecide(URSULA, c.caseId(), c.urbanPlanning());
      readyToDecide(ELISE, c.caseId(), c.environment());

      List<Integer> answers =
          Race.of(
              () -> approve(URSULA, c.caseId(), c.urbanPlanning()),
              () -> approve(ELISE, c.caseId(), c.environment()));

      assertEquals(List.of(200, 200), answers, "round " + round);
      long decisionSteps =
          steps(c.caseId()).stream().filter(s -> s.agency == Agency.DECIDING_AUTHORITY).count();
      assertEquals(1, decisionSteps, "decision steps in round " + round);
      assertEquals(1, decisionOpenedEvents(c.applicationId()), "events in round " + round);
    }
  }

  @Test
  void twoReviewersClaimingOneStepAtOnceLeaveItWithOneOfThem() {
    for (int round = 0; round < ROUNDS; round++) {
      TwoSteps c = openTwoStepCase();
      List<Integer> answers =
          Race.of(
              () -> post(URSULA, c.caseId(), c.urbanPlanning(), "claim", null),
              () -> post(ULRICH, c.caseId(), c.urbanPlanning(), "claim", null));

      assertEquals(Set.of(200, 409), Set.copyOf(answers), "round " + round + ": " + answers);
      String holder =
          steps(c.caseId()).stream()
              .filter(s -> s.id.equals(c.urbanPlanning()))
              .findFirst()
              .orElseThrow()
              .assignee;
      String winner = answers.get(0) == 200 ? "sub-ursula" : "sub-ulrich";
      assertEquals(winner, holder, "round " + round);
    }
  }

  /**
   * A withdrawal arriving while the last advisory step is decided: whichever commits first, the
   * case ends withdrawn with no step left open, and the decision either happened before the
   * withdrawal (the decision step opened, then closed) or was refused.
   */
  @Test
  void aWithdrawalRacingTheLastDecisionLeavesNoStepOpen() {
    for (int round = 0; round < ROUNDS; round++) {
      TwoSteps c = openTwoStepCase();
      readyToDecide(ELISE, c.caseId(), c.environment());
      assertEquals(200, approve(ELISE, c.caseId(), c.environment()));
      readyToDecide(URSULA, c.caseId(), c.urbanPlanning());
      PermitWithdrawn withdrawn =
          new PermitWithdrawn(
              c.applicationId(),
              "PA-2026-000001",
              "We build elsewhere.",
              Instant.now(),
              new Contact("sub-alice", "Alice", "alice@example.org", "fr"));

      List<Integer> answers =
          Race.of(
              () -> approve(URSULA, c.caseId(), c.urbanPlanning()),
              () -> {
                // The consumer's transaction, as permit-events deliver it.
                QuarkusTransaction.requiringNew().run(() -> withdrawal.withdraw(withdrawn));
                return 0;
              });

      List<ReviewStep> steps = steps(c.caseId());
      assertTrue(
          steps.stream().noneMatch(s -> s.status == ReviewStep.Status.OPEN),
          "round " + round + ": " + steps.stream().map(s -> s.agency + "=" + s.status).toList());
      ReviewStep urbanPlanning =
          steps.stream().filter(s -> s.id.equals(c.urbanPlanning())).findFirst().orElseThrow();
      boolean decidedFirst = answers.get(0) == 200;
      assertEquals(
          decidedFirst ? ReviewStep.Status.DECIDED : ReviewStep.Status.CLOSED,
          urbanPlanning.status,
          "round " + round + ": " + answers);
      assertEquals(
          decidedFirst ? 1 : 0,
          steps.stream().filter(s -> s.agency == Agency.DECIDING_AUTHORITY).count(),
          "round " + round);
    }
  }
}
