package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.EventSchemas;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.permit.PermitEvidenceSubmitted;
import be.permits.contracts.review.EvidenceOutcome;
import be.permits.contracts.review.ReviewObligationReminder;
import be.permits.contracts.review.ReviewObligationReminder.Stage;
import be.permits.contracts.review.ReviewObligationReviewed;
import be.permits.contracts.review.ReviewObligationsSet;
import be.permits.review.ObligationsTest.Granted;
import be.permits.review.service.FlowReviews;
import be.permits.review.service.InquiryClosing;
import be.permits.review.service.ObligationClock;
import be.permits.review.service.ObligationReviews;
import be.permits.review.service.ObligationViews;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Caller;
import be.permits.support.time.SuiteTime;
import be.permits.testsupport.KafkaEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Conditions that live after the permit: reminded before the due date, evidence reviewed by the
 * agency that set the condition on its desk, escalated once overdue, and a breach that opens an
 * enforcement case on the desks of that agency and of the deciding authority, and no other's.
 */
@QuarkusTest
@TestSecurity(user = "sam", roles = "reviewer")
@OidcSecurity(
    claims = {
      @Claim(key = "sub", value = "sub-sam"),
      @Claim(key = "name", value = "Sam Peeters"),
      @Claim(key = "agency", value = "state-security"),
      @Claim(key = "locale", value = "fr")
    })
class ObligationFollowUpTest {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Caller URSULA =
      new Caller(
          "sub-ursula", "Ursula", null, "nl", Set.of("reviewer"), null, Agency.URBAN_PLANNING);
  private static final Caller DIANE =
      new Caller(
          "sub-diane", "Diane", null, "fr", Set.of("reviewer"), null, Agency.DECIDING_AUTHORITY);
  private static final Pattern ENFORCEMENT = Pattern.compile("/desk/enforcement/([0-9a-f-]{36})");

  @Inject MovableClock clock;
  @Inject InquiryClosing closing;
  @Inject FlowReviews flows;
  @Inject ObligationClock obligationClock;
  @Inject ObligationReviews reviews;
  @Inject ObligationViews views;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  @Test
  void aYearlyAttestationIsRemindedAcceptedThenLateEscalatedAndABreachOpensEnforcement() {
    Granted granted = ObligationsTest.granted(clock, closing, flows);
    ReviewObligationsSet.Obligation storage = granted.set().obligations().get(0);
    String page = "/desk/obligations/" + storage.id();

    // Ten days before the first attestation is due, the operator is reminded, once.
    moveTo(storage.firstDue().minusDays(10));
    obligationClock.runBatch();
    obligationClock.runBatch();
    ReviewObligationReminder soon = reminder(granted, storage.id(), Stage.DUE_SOON);
    assertEquals(storage.firstDue(), soon.due());
    assertEquals(Agency.STATE_SECURITY, soon.agency());

    // The attestation comes in (delivered twice): one piece of evidence, to review.
    UUID evidenceId = UUID.randomUUID();
    submitEvidence(granted, storage.id(), evidenceId, "Attestation 2027 de l'auditeur.");
    submitEvidence(granted, storage.id(), evidenceId, "Attestation 2027 de l'auditeur.");
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> html("/desk/obligations").contains("Preuve à examiner"));
    String shown = html(page);
    assertEquals(1, count(shown, "Attestation 2027 de l&#39;auditeur."), shown);
    assertTrue(shown.contains("attestation-2027.pdf"), "the document, linked to permit-service");
    assertEquals(1, reminders(granted, storage.id(), Stage.DUE_SOON), "reminded once");

    // Another agency does not see it at all.
    Refusal hidden = assertThrows(Refusal.class, () -> views.obligation(URSULA, storage.id()));
    assertEquals(Refusal.Reason.NOT_FOUND, hidden.reason());

    String token = csrf(page);
    DeskPagesTest.post(token, page + "/reviews", Map.of("evidence", evidenceId.toString()))
        .statusCode(422);
    DeskPagesTest.post(
            token,
            page + "/reviews",
            Map.of("evidence", evidenceId.toString(), "outcome", "MORE_INFORMATION"))
        .statusCode(422);
    DeskPagesTest.post(
            token,
            page + "/reviews",
            Map.of("evidence", evidenceId.toString(), "outcome", "ACCEPTED"))
        .statusCode(303);
    ReviewObligationReviewed accepted = reviewed(granted, storage.id(), EvidenceOutcome.ACCEPTED);
    assertEquals(evidenceId, accepted.evidenceId());
    assertFalse(accepted.nextDue().isBefore(storage.firstDue().plusMonths(12)), "a year later");
    DeskPagesTest.post(
            token,
            page + "/reviews",
            Map.of("evidence", evidenceId.toString(), "outcome", "ACCEPTED"))
        .statusCode(409);

    // A breach cannot be found while the next attestation is not due yet.
    DeskPagesTest.post(token, page + "/reviews", Map.of("evidence", "", "reason", "Rien reçu."))
        .statusCode(409);

    // The second is late: escalated once, the day after its due date; then a breach.
    moveTo(accepted.nextDue().plusDays(1));
    obligationClock.runBatch();
    ReviewObligationReminder overdue = reminder(granted, storage.id(), Stage.OVERDUE);
    assertEquals(accepted.nextDue(), overdue.due());
    assertTrue(html("/desk/obligations").contains("En retard"));
    DeskPagesTest.post(
            csrf(page),
            page + "/reviews",
            Map.of("evidence", "", "reason", "Aucune attestation pour 2028, malgré le rappel."))
        .statusCode(303);
    ReviewObligationReviewed breach = reviewed(granted, storage.id(), EvidenceOutcome.BREACH);
    assertNull(breach.evidenceId());
    assertTrue(breach.enforcementReference().matches("ENF-[0-9]{4}-[0-9]{6}"));
    assertFalse(breach.nextDue().isBefore(accepted.nextDue().plusMonths(12)), "still owed yearly");

    // The enforcement case is on state security's desk and the deciding authority's only.
    String list = html("/desk/enforcement");
    assertTrue(list.contains(breach.enforcementReference()), list);
    Matcher link = ENFORCEMENT.matcher(list.substring(list.indexOf("<tbody")));
    assertTrue(link.find());
    String enforcement = "/desk/enforcement/" + link.group(1);
    assertTrue(html(enforcement).contains("Aucune attestation pour 2028, malgré le rappel."));
    UUID enforcementId = UUID.fromString(link.group(1));
    assertEquals(
        breach.enforcementReference(),
        views.enforcementCase(DIANE, enforcementId).row().reference());
    assertTrue(
        views.enforcement(DIANE).stream()
            .anyMatch(e -> e.reference().equals(breach.enforcementReference())));
    assertThrows(Refusal.class, () -> views.enforcementCase(URSULA, enforcementId));
    assertTrue(
        views.enforcement(URSULA).stream()
            .noneMatch(e -> e.reference().equals(breach.enforcementReference())));
  }

  /**
   * Two reviewers of the authority record a finding on the same evidence at the same moment: one
   * finding is kept, the other is refused, round after round.
   */
  @Test
  void twoFindingsOnTheSameEvidenceNeverBothLand() throws Exception {
    Granted granted = ObligationsTest.granted(clock, closing, flows);
    ReviewObligationsSet.Obligation nights = granted.set().obligations().get(1);
    assertEquals(Agency.DECIDING_AUTHORITY, nights.agency());
    List<Caller> reviewers =
        List.of(
            new Caller("sub-diane", "Diane", null, "fr", Set.of("reviewer"), null, nights.agency()),
            new Caller("sub-dirk", "Dirk", null, "nl", Set.of("reviewer"), null, nights.agency()));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        UUID evidenceId = UUID.randomUUID();
        PermitEvidenceSubmitted evidence =
            evidence(granted, nights.id(), evidenceId, "Round " + round);
        QuarkusTransaction.requiringNew().run(() -> reviews.evidenceSubmitted(evidence));
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (Caller reviewer : reviewers) {
          outcomes.add(
              pool.submit(
                  () -> {
                    start.await();
                    try {
                      reviews.review(
                          reviewer,
                          nights.id(),
                          new ObligationReviews.Review(
                              evidenceId, EvidenceOutcome.MORE_INFORMATION, "Signez-la."));
                      return "kept";
                    } catch (Refusal e) {
                      return e.code();
                    }
                  }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
          results.add(f.get());
        }
        assertEquals(1, results.stream().filter("kept"::equals).count(), results.toString());
        assertTrue(results.contains("evidence-reviewed"), results.toString());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Evidence handed in for a due date while the agency finds that same period a breach: it is
   * reviewed for the period it answered, and accepting it does not skip the next period.
   */
  @Test
  void lateEvidenceForASettledPeriodLeavesTheNextPeriodAsItIs() {
    Granted granted = ObligationsTest.granted(clock, closing, flows);
    ReviewObligationsSet.Obligation storage = granted.set().obligations().get(0);
    Caller sam =
        new Caller("sub-sam", "Sam", null, "fr", Set.of("reviewer"), null, Agency.STATE_SECURITY);
    moveTo(storage.firstDue().plusDays(3));
    reviews.review(
        sam,
        storage.id(),
        new ObligationReviews.Review(null, EvidenceOutcome.BREACH, "Rien reçu."));
    java.time.LocalDate next = views.obligation(sam, storage.id()).nextDue();
    assertFalse(next.isBefore(storage.firstDue().plusMonths(12)));

    UUID evidenceId = UUID.randomUUID();
    PermitEvidenceSubmitted crossed =
        new PermitEvidenceSubmitted(
            granted.applicationId(),
            granted.reference(),
            storage.id(),
            Agency.STATE_SECURITY,
            evidenceId,
            storage.firstDue(),
            "Envoyée avant le constat.",
            "attestation.pdf",
            1000,
            "c".repeat(64),
            Instant.now());
    QuarkusTransaction.requiringNew().run(() -> reviews.evidenceSubmitted(crossed));
    ObligationViews.Detail shown = views.obligation(sam, storage.id());
    assertEquals(storage.firstDue(), shown.toReview().due(), "the period it answered");
    reviews.review(
        sam,
        storage.id(),
        new ObligationReviews.Review(evidenceId, EvidenceOutcome.ACCEPTED, null));
    ObligationViews.Detail after = views.obligation(sam, storage.id());
    assertEquals(next, after.nextDue(), "no year skipped");
    assertEquals(be.permits.review.domain.Obligation.State.AWAITED, after.state());
  }

  private void moveTo(java.time.LocalDate day) {
    clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(SuiteTime.today(clock), day)));
  }

  private static PermitEvidenceSubmitted evidence(
      Granted granted, UUID obligationId, UUID evidenceId, String statement) {
    return new PermitEvidenceSubmitted(
        granted.applicationId(),
        granted.reference(),
        obligationId,
        Agency.STATE_SECURITY,
        evidenceId,
        granted.set().obligations().stream()
            .filter(o -> o.id().equals(obligationId))
            .findFirst()
            .orElseThrow()
            .firstDue(),
        statement,
        "attestation-2027.pdf",
        48_213,
        "a".repeat(64),
        Instant.now());
  }

  private static void submitEvidence(
      Granted granted, UUID obligationId, UUID evidenceId, String statement) {
    KafkaEvents.publish(
        EventType.PERMIT_EVIDENCE_SUBMITTED,
        granted.applicationId(),
        evidence(granted, obligationId, evidenceId, statement),
        UUID.randomUUID());
  }

  private static ReviewObligationReminder reminder(Granted granted, UUID obligation, Stage stage) {
    return org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                all(granted, EventType.REVIEW_OBLIGATION_REMINDER, ReviewObligationReminder.class)
                    .stream()
                    .filter(r -> r.obligationId().equals(obligation) && r.stage() == stage)
                    .findFirst()
                    .orElse(null),
            java.util.Objects::nonNull);
  }

  private static long reminders(Granted granted, UUID obligation, Stage stage) {
    return all(granted, EventType.REVIEW_OBLIGATION_REMINDER, ReviewObligationReminder.class)
        .stream()
        .filter(r -> r.obligationId().equals(obligation) && r.stage() == stage)
        .count();
  }

  private static ReviewObligationReviewed reviewed(
      Granted granted, UUID obligation, EvidenceOutcome outcome) {
    return org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                all(granted, EventType.REVIEW_OBLIGATION_REVIEWED, ReviewObligationReviewed.class)
                    .stream()
                    .filter(r -> r.obligationId().equals(obligation) && r.outcome() == outcome)
                    .findFirst()
                    .orElse(null),
            java.util.Objects::nonNull);
  }

  private static <T> List<T> all(Granted granted, EventType type, Class<T> payload) {
    return KafkaEvents.readAll(Topics.REVIEW_EVENTS).stream()
        .filter(e -> granted.applicationId().toString().equals(e.key()))
        .filter(e -> type.type().equals(e.type()))
        .peek(e -> assertEquals(List.of(), EventSchemas.violations(type, e.data()), e.data()))
        .map(e -> e.dataAs(payload))
        .toList();
  }

  private static String html(String path) {
    return given().get(path).then().statusCode(200).extract().asString();
  }

  private static String csrf(String path) {
    Matcher m = CSRF.matcher(html(path));
    assertTrue(m.find());
    return m.group(1);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
