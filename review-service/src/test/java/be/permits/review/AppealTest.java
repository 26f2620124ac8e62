package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewAppealDecided;
import be.permits.contracts.review.ReviewAppealLodged;
import be.permits.contracts.review.ReviewAppealReceived;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.contracts.review.ReviewDecisionSealed;
import be.permits.contracts.review.ReviewOpened;
import be.permits.review.Cases.OpenCase;
import be.permits.review.InquiryTest.Hub;
import be.permits.review.service.Appeals;
import be.permits.review.service.InquiryClosing;
import be.permits.review.service.ProcedureClock;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Caller;
import be.permits.testsupport.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The appeal against a decision on a class 2 establishment: a neighbour appeals within the window
 * with grounds and proof of the fee, confirms by email, and the appeal authority's decision
 * replaces the first; an appeal without the fee, from a false applicant or after the window is
 * refused and leaves nothing behind.
 */
@QuarkusTest
class AppealTest {
  static final String ARTHUR = TestTokens.reviewer("arthur", "appeal-authority");
  private static final byte[] PDF = "%PDF-1.4 proof of payment".getBytes(StandardCharsets.UTF_8);

  @Inject MovableClock clock;
  @Inject ProcedureClock procedure;
  @Inject InquiryClosing closing;
  @Inject EntityManager em;
  @Inject Appeals appeals;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  private Hub decidedHub() {
    return decidedHub(clock, closing);
  }

  /** The Liège hub, reviewed, its inquiry closed, and granted with one condition. */
  static Hub decidedHub(MovableClock clock, InquiryClosing closing) {
    Hub hub = InquiryTest.hubUnderInquiry();
    OpenCase c = new OpenCase(hub.application(), hub.opened().caseId(), null);
    for (ReviewOpened.Step step : hub.opened().steps()) {
      String reviewer = Cases.reviewerOf(step.agency());
      Cases.act(reviewer, c, step.stepId(), "claim").statusCode(200);
      Cases.decide(reviewer, c, step.stepId(), Map.of("outcome", "APPROVE")).statusCode(200);
      if (Cases.fourEyes(step.agency())) {
        String second = Cases.secondReviewerOf(step.agency());
        Cases.declareNoConflict(second, c, step.stepId()).statusCode(200);
        Cases.act(second, c, step.stepId(), "confirm").statusCode(200);
      }
    }
    clock.advance(Duration.ofDays(60));
    closing.closeBatch();
    UUID decision = stepOf(Cases.DIANE, hub, "DECIDING_AUTHORITY");
    Cases.act(Cases.DIANE, c, decision, "claim").statusCode(200);
    Cases.decide(
            Cases.DIANE,
            c,
            decision,
            Map.of("outcome", "APPROVE_WITH_CONDITIONS", "conditions", List.of("Night flights")))
        .statusCode(200);
    Cases.awaitEvent(
        hub.application().applicationId(), EventType.REVIEW_CONCLUDED, ReviewConcluded.class);
    return hub;
  }

  @Test
  void aNeighbourAppealsInTimeAndTheAppealAuthoritysDecisionReplacesTheFirst() {
    Hub hub = decidedHub();
    String reference = hub.application().reference();
    LocalDate decidedOn = LocalDate.now(clock);
    LocalDate lastDay = procedure.due(decidedOn, 20);

    String page =
        given()
            .header("Accept-Language", "fr")
            .get("/appeals/" + reference)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(page.contains("Le permis est accordé, sous conditions."), "the decision in words");
    assertTrue(page.contains("Night flights"), "its conditions are public");
    assertTrue(
        page.contains("name=\"feeProof\""), "the form takes the proof of a payment made before");
    assertTrue(page.contains("comment payer le droit de recours"), "the fee comes by email");

    // As an applicant from another address: refused, nothing kept.
    appeal(reference, "APPLICANT", "voisin@example.org", PDF)
        .statusCode(422)
        .body(containsString("f-appellantEmail-error"));
    assertEquals(0, appealsOf(hub));

    appeal(reference, "THIRD_PARTIES", "voisin@example.org", PDF).statusCode(303);
    ReviewAppealReceived received =
        Cases.awaitEvent(
            hub.application().applicationId(),
            EventType.REVIEW_APPEAL_RECEIVED,
            ReviewAppealReceived.class);
    assertEquals("voisin@example.org", received.appellant().email());
    caseAs(Cases.DIANE, hub).body("appeal.appeals", empty()).body("status", equalTo("CONCLUDED"));

    confirm(received.confirmationToken()).statusCode(303);
    confirm(received.confirmationToken()).statusCode(303);
    ReviewAppealLodged lodged =
        Cases.awaitEvent(
            hub.application().applicationId(),
            EventType.REVIEW_APPEAL_LODGED,
            ReviewAppealLodged.class);
    assertEquals("THIRD_PARTIES", lodged.capacity());
    assertEquals(procedure.due(decidedOn, 70), lodged.decisionDueDate());
    caseAs(Cases.DIANE, hub)
        .body("status", equalTo("APPEALED"))
        .body(
            "appeal.windows.find { it.appellant == 'THIRD_PARTIES' }.lastDay",
            equalTo(lastDay.toString()))
        .body("appeal.appeals", hasSize(1))
        .body("appeal.appeals[0].grounds", containsString("bruit"))
        .body("timetable.kind", hasItem("APPEAL_WINDOW"))
        .body("timetable.find { it.kind == 'APPEAL_DECISION' }.state", equalTo("PLANNED"));
    // Other agencies see the decision and the windows, not the appellants.
    caseAs(Cases.reviewerOf(be.permits.contracts.Agency.URBAN_PLANNING), hub)
        .body("appeal.appeals", empty());
    Caller urbain =
        new Caller(
            "sub-urbain", "Urbain", null, "fr", Set.of("reviewer"), null, Agency.URBAN_PLANNING);
    Caller arthur =
        new Caller(
            "sub-arthur", "Arthur", null, "fr", Set.of("reviewer"), null, Agency.APPEAL_AUTHORITY);
    UUID caseId = hub.opened().caseId();
    assertThrows(Refusal.class, () -> appeals.file(urbain, caseId, lodged.appealId(), true));
    assertArrayEquals(PDF, appeals.file(arthur, caseId, lodged.appealId(), true).content());

    // The appeal authority waits until nobody may appeal any more.
    OpenCase appealed = new OpenCase(hub.application(), hub.opened().caseId(), null);
    UUID appealStep = stepOf(ARTHUR, hub, "APPEAL_AUTHORITY");
    Cases.act(ARTHUR, appealed, appealStep, "claim").statusCode(200);
    Cases.decide(ARTHUR, appealed, appealStep, Map.of("outcome", "APPROVE"))
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.endsWith("appeal-window-open"));

    // Sent the day after the window closed, from the page opened before: refused, nothing kept.
    String opened = InquiryTest.csrfOf("/appeals/" + reference);
    clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(decidedOn, lastDay) + 1));
    appeal(opened, reference, "THIRD_PARTIES", "autre@example.org", PDF)
        .statusCode(409)
        .body(containsString("Le délai de recours est écoulé"));
    assertEquals(1, appealsOf(hub));

    OpenCase c = appealed;
    Cases.decide(ARTHUR, c, appealStep, Map.of("outcome", "REQUEST_INFORMATION")).statusCode(422);
    // Every window closed, but the neighbour's fee is not paid yet: the appeal waits for it.
    assertTrue(lodged.feeRequired(), "the procedure asks the appeal fee");
    caseAs(ARTHUR, hub)
        .body("appeal.appeals[0].owesFee", equalTo(true))
        .body("appeal.appeals[0].feePaidAt", org.hamcrest.Matchers.nullValue());
    Cases.decide(ARTHUR, c, appealStep, Map.of("outcome", "APPROVE"))
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.endsWith("appeal-fee-unpaid"));
    be.permits.testsupport.KafkaEvents.publish(
        EventType.PERMIT_FEE_PAID,
        hub.application().applicationId(),
        new be.permits.contracts.permit.PermitFeePaid(
            hub.application().applicationId(),
            reference,
            UUID.randomUUID(),
            "APPEAL_FEE",
            lodged.appealId(),
            10_000,
            clock.instant()),
        UUID.randomUUID());
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                caseAs(ARTHUR, hub)
                    .body("appeal.appeals[0].feePaidAt", org.hamcrest.Matchers.notNullValue()));
    Cases.decide(
            ARTHUR,
            c,
            appealStep,
            Map.of("outcome", "REJECT", "reasons", List.of("Night noise near homes.")))
        .statusCode(200);
    ReviewAppealDecided decided =
        Cases.awaitEvent(
            hub.application().applicationId(),
            EventType.REVIEW_APPEAL_DECIDED,
            ReviewAppealDecided.class);
    assertEquals("REJECTED", decided.outcome());
    assertEquals(List.of("Night noise near homes."), decided.reasons());
    assertEquals(List.of("voisin@example.org"), emailsOf(decided));
    // The first decision's sealed document is no longer in force; the appeal's is.
    List<ReviewDecisionSealed> documents =
        Cases.awaitEvents(
            hub.application().applicationId(),
            EventType.REVIEW_DECISION_SEALED,
            ReviewDecisionSealed.class,
            2);
    for (ReviewDecisionSealed document : documents) {
      boolean first = "DECISION".equals(document.kind());
      given()
          .contentType("application/pdf")
          .body(document.content())
          .post("/api/decisions/verifications")
          .then()
          .statusCode(200)
          .body("valid", equalTo(true))
          .body("issued.inForce", equalTo(!first))
          .body(
              "issued.replacedOn",
              first
                  ? equalTo(be.permits.support.time.SuiteTime.today(clock).toString())
                  : org.hamcrest.Matchers.nullValue());
    }
    String after =
        given()
            .header("Accept-Language", "fr")
            .get("/appeals/" + reference)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(after.contains("Le permis est refusé."), "the appeal's decision replaces the first");
    assertTrue(after.contains("Décidé sur recours"));
    assertTrue(!after.contains("name=\"feeProof\""), "no appeal against the appeal's decision");
    caseAs(Cases.DIANE, hub)
        .body("status", equalTo("CONCLUDED"))
        .body("appeal.decisionOutcome", equalTo("REJECTED"))
        .body("appeal.decidedOnAppeal", equalTo(true))
        .body("appeal.decidedOn", equalTo(LocalDate.now(clock).toString()))
        .body("timetable.find { it.kind == 'APPEAL_DECISION' }.state", equalTo("ON_TIME"));
  }

  @Test
  @TestSecurity(user = "arthur", roles = "reviewer")
  @OidcSecurity(
      claims = {
        @Claim(key = "sub", value = "sub-arthur"),
        @Claim(key = "name", value = "Arthur Lambert"),
        @Claim(key = "agency", value = "appeal-authority"),
        @Claim(key = "locale", value = "fr")
      })
  void theAppealAuthorityReadsTheAppealOnItsDeskAndDownloadsItsProofOfPayment() {
    Hub hub = decidedHub();
    String reference = hub.application().reference();
    appeal(reference, "THIRD_PARTIES", "voisin@example.org", PDF).statusCode(303);
    ReviewAppealReceived received =
        Cases.awaitEvent(
            hub.application().applicationId(),
            EventType.REVIEW_APPEAL_RECEIVED,
            ReviewAppealReceived.class);
    confirm(received.confirmationToken()).statusCode(303);
    String page =
        given()
            .get("/desk/cases/" + hub.opened().caseId())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(page.contains("Décision et recours"), page);
    assertTrue(page.contains("Le bruit des vols de nuit"), "the grounds");
    assertTrue(page.contains("Preuve du paiement du droit"), "the proof of payment, linked");
    assertEquals(List.of(), be.permits.testsupport.ReadablePage.problems(page), "no raw data");
    byte[] proof =
        given()
            .get(
                "/desk/cases/{c}/appeals/{a}/fee-proof",
                hub.opened().caseId(),
                Cases.awaitEvent(
                        hub.application().applicationId(),
                        EventType.REVIEW_APPEAL_LODGED,
                        ReviewAppealLodged.class)
                    .appealId())
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    assertArrayEquals(PDF, proof);
  }

  @Test
  void confirmationsRacingOpenOneAppealStepAndLodgeEveryAppeal() throws Exception {
    Hub hub = decidedHub();
    String reference = hub.application().reference();
    for (int i = 0; i < 3; i++) {
      appeal(reference, "THIRD_PARTIES", "voisin" + i + "@example.org", PDF).statusCode(303);
    }
    List<String> tokens =
        Cases.awaitEvents(
                hub.application().applicationId(),
                EventType.REVIEW_APPEAL_RECEIVED,
                ReviewAppealReceived.class,
                3)
            .stream()
            .map(ReviewAppealReceived::confirmationToken)
            .toList();
    CyclicBarrier start = new CyclicBarrier(tokens.size());
    ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (String token : tokens) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return confirm(token).extract().statusCode();
                }));
      }
      for (Future<Integer> answer : answers) {
        assertEquals(303, answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
    caseAs(Cases.DIANE, hub)
        .body("appeal.appeals", hasSize(3))
        .body("steps.findAll { it.agency == 'APPEAL_AUTHORITY' }", hasSize(1));
    caseAs(ARTHUR, hub).body("appeal.appeals", hasSize(3));
  }

  static ValidatableResponse appeal(
      String reference, String capacity, String email, byte[] feeProof) {
    return appeal(
        InquiryTest.csrfOf("/appeals/" + reference), reference, capacity, email, feeProof);
  }

  static ValidatableResponse appeal(
      String token, String reference, String capacity, String email, byte[] feeProof) {
    var request =
        given()
            .header("Accept-Language", "fr")
            .redirects()
            .follow(false)
            .cookie("csrf", token)
            .multiPart("csrf", token)
            .multiPart("capacity", capacity)
            .multiPart("appellantName", "Jeanne Voisin")
            .multiPart("appellantAddress", "Rue de l'Aéroport 3, 4460 Grâce-Hollogne")
            .multiPart("appellantEmail", email)
            .multiPart("interest", "J'habite à 300 mètres de la piste.")
            .multiPart("grounds", "Le bruit des vols de nuit n'a pas été évalué.");
    if (feeProof != null) {
      request = request.multiPart("feeProof", "paiement.pdf", feeProof, "application/pdf");
    }
    return request.post("/appeals/" + reference).then();
  }

  static ValidatableResponse confirm(String token) {
    String csrf = InquiryTest.csrfOf("/appeals/confirmations/" + token);
    return given()
        .redirects()
        .follow(false)
        .cookie("csrf", csrf)
        .formParam("csrf", csrf)
        .post("/appeals/confirmations/" + token)
        .then();
  }

  private static List<String> emailsOf(ReviewAppealDecided decided) {
    return decided.appellants().stream().map(be.permits.contracts.Contact::email).toList();
  }

  private long appealsOf(Hub hub) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery("SELECT count(a) FROM Appeal a WHERE a.caseId = :c", Long.class)
                    .setParameter("c", hub.opened().caseId())
                    .getSingleResult());
  }

  private static UUID stepOf(String token, Hub hub, String agency) {
    return UUID.fromString(
        caseAs(token, hub).extract().path("steps.find { it.agency == '" + agency + "' }.id"));
  }

  private static ValidatableResponse caseAs(String token, Hub hub) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/cases/{id}", hub.opened().caseId())
        .then()
        .statusCode(200);
  }
}
