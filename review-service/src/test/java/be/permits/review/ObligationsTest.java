package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.EventSchemas;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.review.ReviewObligationsSet;
import be.permits.contracts.review.ReviewOpened;
import be.permits.review.Cases.OpenCase;
import be.permits.review.InquiryTest.Hub;
import be.permits.review.service.FlowReviews;
import be.permits.review.service.InquiryClosing;
import be.permits.review.service.ProcedureClock;
import be.permits.support.security.Caller;
import be.permits.support.time.SuiteTime;
import be.permits.testsupport.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A granted permit's conditions become the operator's obligations, in the decision's transaction: a
 * standard condition keeps its schedule and evidence (yearly, in the applicant's language), a typed
 * one gets the schedule for other conditions, each owed to the agency that set it, due on a working
 * day.
 */
@QuarkusTest
class ObligationsTest {
  @Inject MovableClock clock;
  @Inject InquiryClosing closing;
  @Inject FlowReviews flows;
  @Inject ProcedureClock procedure;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  /** A hub granted with two conditions: state security's EU storage, the authority's own. */
  record Granted(
      UUID applicationId,
      UUID caseId,
      String reference,
      LocalDate decidedOn,
      String euStorage,
      ReviewObligationsSet set) {}

  static Granted granted(MovableClock clock, InquiryClosing closing, FlowReviews flows) {
    Hub hub = InquiryTest.hubUnderInquiry();
    UUID caseId = hub.opened().caseId();
    OpenCase c = new OpenCase(hub.application(), caseId, null);
    Caller sam =
        new Caller("sub-sam", "Sam", null, "de", Set.of("reviewer"), null, Agency.STATE_SECURITY);
    flows.pick(sam, caseId, List.of("eu-storage"));
    String euStorage = flows.proposedTexts(sam, caseId).get(0);
    assertTrue(euStorage.startsWith("Les données des clients"), "in the applicant's language");
    for (ReviewOpened.Step step : hub.opened().steps()) {
      String reviewer = Cases.reviewerOf(step.agency());
      Cases.act(reviewer, c, step.stepId(), "claim").statusCode(200);
      Map<String, Object> opinion =
          step.agency() == Agency.STATE_SECURITY
              ? Map.of("outcome", "APPROVE_WITH_CONDITIONS", "conditions", List.of(euStorage))
              : Map.of("outcome", "APPROVE");
      Cases.decide(reviewer, c, step.stepId(), opinion).statusCode(200);
      if (Cases.fourEyes(step.agency())) {
        String second = Cases.secondReviewerOf(step.agency());
        Cases.declareNoConflict(second, c, step.stepId()).statusCode(200);
        Cases.act(second, c, step.stepId(), "confirm").statusCode(200);
      }
    }
    clock.advance(Duration.ofDays(60));
    closing.closeBatch();
    UUID decision =
        UUID.fromString(
            given()
                .auth()
                .oauth2(Cases.DIANE)
                .get("/api/cases/{id}", caseId)
                .then()
                .extract()
                .path("myStep.id"));
    Cases.act(Cases.DIANE, c, decision, "claim").statusCode(200);
    LocalDate decidedOn = SuiteTime.today(clock);
    Cases.decide(
            Cases.DIANE,
            c,
            decision,
            Map.of(
                "outcome",
                "APPROVE_WITH_CONDITIONS",
                "conditions",
                List.of(euStorage, "Pas de vols de nuit au départ du hub.")))
        .statusCode(200);

    UUID applicationId = hub.application().applicationId();
    ReviewObligationsSet set =
        Cases.awaitEvent(
            applicationId, EventType.REVIEW_OBLIGATIONS_SET, ReviewObligationsSet.class);
    assertEquals(2, set.obligations().size());
    return new Granted(
        applicationId, caseId, hub.application().reference(), decidedOn, euStorage, set);
  }

  @Test
  void theConditionsOfAGrantedPermitBecomeObligationsOwedToTheAgencyThatSetThem() {
    Granted granted = granted(clock, closing, flows);
    ReviewObligationsSet set = granted.set();
    UUID applicationId = granted.applicationId();
    UUID caseId = granted.caseId();
    LocalDate decidedOn = granted.decidedOn();
    String euStorage = granted.euStorage();
    ReviewObligationsSet.Obligation storage = set.obligations().get(0);
    assertEquals(Agency.STATE_SECURITY, storage.agency(), "the agency whose opinion set it");
    assertEquals(euStorage, storage.condition());
    assertEquals(12, storage.everyMonths());
    assertTrue(storage.evidence().startsWith("Une attestation que les données restent"));
    assertDueOnTheFirstWorkingDayFrom(decidedOn.plusMonths(12), storage.firstDue());
    ReviewObligationsSet.Obligation nights = set.obligations().get(1);
    assertEquals(Agency.DECIDING_AUTHORITY, nights.agency(), "the authority's own condition");
    assertNull(nights.everyMonths(), "a typed condition: evidence once");
    assertTrue(nights.evidence().startsWith("La preuve que la condition est respectée"));
    assertDueOnTheFirstWorkingDayFrom(decidedOn.plusMonths(12), nights.firstDue());

    String raw =
        KafkaEvents.readAll(Topics.REVIEW_EVENTS).stream()
            .filter(e -> EventType.REVIEW_OBLIGATIONS_SET.type().equals(e.type()))
            .filter(e -> applicationId.toString().equals(e.key()))
            .findFirst()
            .orElseThrow()
            .data();
    assertEquals(List.of(), EventSchemas.violations(EventType.REVIEW_OBLIGATIONS_SET, raw));
    given()
        .auth()
        .oauth2(Cases.URBAN_PLANNING)
        .get("/api/cases/{id}", caseId)
        .then()
        .statusCode(200)
        .body("obligations.size()", equalTo(2))
        .body("obligations[0].agency", equalTo("STATE_SECURITY"));
  }

  /** {@code due} is {@code from}, or the first working day after it. */
  private void assertDueOnTheFirstWorkingDayFrom(LocalDate from, LocalDate due) {
    assertFalse(due.isBefore(from), due + " before " + from);
    for (LocalDate d = from; d.isBefore(due); d = d.plusDays(1)) {
      assertFalse(
          procedure.regimes().holidays().isWorkingDay(d), d + " is a working day before " + due);
    }
    assertTrue(procedure.regimes().holidays().isWorkingDay(due));
    assertFalse(due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY);
  }
}
