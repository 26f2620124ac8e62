package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.EventSchemas;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.review.EnforcementOutcome;
import be.permits.contracts.review.EvidenceOutcome;
import be.permits.contracts.review.ReviewEnforcementClosed;
import be.permits.contracts.review.ReviewObligationsSet;
import be.permits.review.ObligationsTest.Granted;
import be.permits.review.service.EnforcementClosing;
import be.permits.review.service.FlowReviews;
import be.permits.review.service.InquiryClosing;
import be.permits.review.service.ObligationReviews;
import be.permits.review.service.ObligationViews;
import be.permits.support.refusal.Refusal;
import be.permits.support.security.Caller;
import be.permits.support.time.SuiteTime;
import be.permits.testsupport.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The deciding authority closes an enforcement case on its desk (Dutch profile): an outcome and its
 * words to the operator, once; the agency that found the breach reads how it ended and may not
 * close it; two officials closing it at once close it once.
 */
@QuarkusTest
@TestSecurity(user = "dirk", roles = "reviewer")
@OidcSecurity(
    claims = {
      @Claim(key = "sub", value = "sub-dirk-enforcement"),
      @Claim(key = "name", value = "Dirk De Smet"),
      @Claim(key = "agency", value = "deciding-authority"),
      @Claim(key = "locale", value = "nl")
    })
class EnforcementClosingTest {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Caller SAM =
      new Caller("sub-sam", "Sam", null, "fr", Set.of("reviewer"), null, Agency.STATE_SECURITY);
  private static final Caller DIANE =
      new Caller(
          "sub-diane", "Diane", null, "fr", Set.of("reviewer"), null, Agency.DECIDING_AUTHORITY);
  private static final Caller DIRK =
      new Caller(
          "sub-dirk-enforcement",
          "Dirk De Smet",
          null,
          "nl",
          Set.of("reviewer"),
          null,
          Agency.DECIDING_AUTHORITY);

  @Inject MovableClock clock;
  @Inject InquiryClosing inquiries;
  @Inject FlowReviews flows;
  @Inject ObligationReviews reviews;
  @Inject ObligationViews views;
  @Inject EnforcementClosing closing;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  @Test
  void theDecidingAuthorityClosesTheCaseOnceAndTheAgencyReadsHowItEnded() {
    Granted granted = ObligationsTest.granted(clock, inquiries, flows);
    ReviewObligationsSet.Obligation storage = granted.set().obligations().get(0);
    UUID id = breach(granted, storage, storage.firstDue());
    String page = "/desk/enforcement/" + id;

    String open =
        given()
            .get(page)
            .then()
            .statusCode(200)
            .body(containsString("Het dossier afsluiten"))
            .body(containsString("<dd>Open</dd>"))
            .extract()
            .asString();
    String csrf = csrf(open);
    DeskPagesTest.post(csrf, page + "/close", Map.of("reason", ""))
        .statusCode(422)
        .body(containsString("id=\"f-outcome-error\""))
        .body(containsString("id=\"f-reason-error\""));
    DeskPagesTest.post(csrf, page + "/close", Map.of("outcome", "FORGIVEN", "reason", "Zo."))
        .statusCode(422)
        .body(containsString("id=\"f-outcome-error\""));
    DeskPagesTest.post(
            csrf, page + "/close", Map.of("outcome", "SANCTIONED", "reason", "x".repeat(2001)))
        .statusCode(422)
        .body(containsString("id=\"f-reason-error\""));
    // The agency that found the breach reads the case but does not close it.
    Refusal notTheirs =
        assertThrows(
            Refusal.class,
            () ->
                closing.close(
                    SAM,
                    id,
                    new EnforcementClosing.Closing(EnforcementOutcome.REMEDIED, "Rechtgezet.")));
    assertEquals(Refusal.Reason.NOT_FOUND, notTheirs.reason());
    assertFalse(views.enforcementCase(SAM, id).mayClose());

    DeskPagesTest.post(
            csrf,
            page + "/close",
            Map.of("outcome", "SANCTIONED", "reason", "Een administratieve boete van 25.000 euro."))
        .statusCode(303)
        .header("Location", endsWith(page + "?done=closed"));
    given()
        .get(page + "?done=closed")
        .then()
        .statusCode(200)
        .body(containsString("Het dossier is afgesloten"))
        .body(containsString("Afgesloten: gesanctioneerd"))
        .body(containsString("Een administratieve boete van 25.000 euro."))
        .body(containsString("Dirk De Smet"))
        .body(not(containsString("Het dossier afsluiten")));
    DeskPagesTest.post(
            csrf, page + "/close", Map.of("outcome", "REMEDIED", "reason", "Toch rechtgezet."))
        .statusCode(409)
        .body(containsString("Dit handhavingsdossier is al afgesloten."));

    ReviewEnforcementClosed closed = closedEvents(granted).get(0);
    assertEquals(id, closed.enforcementId());
    assertEquals(EnforcementOutcome.SANCTIONED, closed.outcome());
    assertEquals(Agency.STATE_SECURITY, closed.agency());
    assertEquals("Een administratieve boete van 25.000 euro.", closed.reason());
    assertEquals(granted.reference(), closed.reference());
    assertEquals(EnforcementOutcome.SANCTIONED, views.enforcementCase(SAM, id).row().outcome());
    assertTrue(
        given().get("/desk/enforcement").then().extract().asString().contains("gesanctioneerd"));
  }

  /** Two officials of the deciding authority close the same case at once, round after round. */
  @Test
  void twoOfficialsClosingAtOnceCloseItOnce() throws Exception {
    Granted granted = ObligationsTest.granted(clock, inquiries, flows);
    ReviewObligationsSet.Obligation storage = granted.set().obligations().get(0);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      LocalDate due = storage.firstDue();
      List<UUID> cases = new ArrayList<>();
      for (int round = 0; round < 10; round++) {
        UUID id = breach(granted, storage, due);
        cases.add(id);
        due = views.obligation(SAM, storage.id()).nextDue();
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (Caller official : List.of(DIANE, DIRK)) {
          outcomes.add(
              pool.submit(
                  () -> {
                    together.await();
                    try {
                      closing.close(
                          official,
                          id,
                          new EnforcementClosing.Closing(
                              EnforcementOutcome.REMEDIED, "Rechtgezet door " + official.name()));
                      return "closed";
                    } catch (Refusal refused) {
                      return refused.code();
                    }
                  }));
        }
        List<String> answers = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
          answers.add(outcome.get());
        }
        assertTrue(
            answers.contains("closed") && answers.contains("enforcement-closed"),
            "round " + round + ": " + answers);
      }
      org.awaitility.Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> closedEvents(granted).size() >= cases.size());
      List<UUID> once = closedEvents(granted).stream().map(c -> c.enforcementId()).toList();
      assertEquals(cases.size(), once.size(), "one event per case");
      assertEquals(Set.copyOf(cases), Set.copyOf(once));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Past {@code due} without evidence, state security finds a breach: its enforcement case. */
  private UUID breach(Granted granted, ReviewObligationsSet.Obligation obligation, LocalDate due) {
    clock.advance(
        Duration.ofDays(ChronoUnit.DAYS.between(SuiteTime.today(clock), due.plusDays(3))));
    reviews.review(
        SAM,
        obligation.id(),
        new ObligationReviews.Review(null, EvidenceOutcome.BREACH, "Geen attest."));
    return views.enforcement(SAM).stream()
        .filter(e -> e.applicationReference().equals(granted.reference()) && e.outcome() == null)
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static List<ReviewEnforcementClosed> closedEvents(Granted granted) {
    return KafkaEvents.readAll(Topics.REVIEW_EVENTS).stream()
        .filter(e -> granted.applicationId().toString().equals(e.key()))
        .filter(e -> EventType.REVIEW_ENFORCEMENT_CLOSED.type().equals(e.type()))
        .peek(
            e ->
                assertEquals(
                    List.of(),
                    EventSchemas.violations(EventType.REVIEW_ENFORCEMENT_CLOSED, e.data()),
                    e.data()))
        .map(e -> e.dataAs(ReviewEnforcementClosed.class))
        .toList();
  }

  private static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    assertTrue(m.find());
    return m.group(1);
  }
}
