package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewDecisionExtended;
import be.permits.review.Cases.OpenCase;
import be.permits.review.domain.ProcedureRegimes.Phase;
import be.permits.review.service.ProcedureClock;
import be.permits.support.clock.Deadlines.Running;
import be.permits.support.clock.Extension;
import be.permits.support.clock.Period;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The decision period is extended once, by the days the procedure allows, by a coordinating
 * official, before it ends, with a reason that the applicant is told.
 */
@QuarkusTest
class DecisionExtensionTest {
  @Inject MovableClock clock;
  @Inject ProcedureClock procedure;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  static ValidatableResponse extend(String token, OpenCase c, Object body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body(body)
        .post("/api/cases/{id}/decision-extension", c.caseId())
        .then();
  }

  @Test
  void aCoordinatingOfficialExtendsTheDecisionPeriodOnceWithAReason() {
    OpenCase c = Cases.localWarehouse();
    String regime =
        given()
            .auth()
            .oauth2(Cases.COLETTE)
            .get("/api/cases/{id}", c.caseId())
            .then()
            .extract()
            .path("procedure.id");
    var decision =
        procedure.regimes().regime(regime).orElseThrow().phase(Phase.DECISION).orElseThrow();
    LocalDate today = LocalDate.now(clock);
    LocalDate extended =
        procedure
            .deadlines()
            .dueDate(
                Running.from(today, Period.calendarDays(decision.days()))
                    .extended(new Extension(decision.extensionDays(), "why")))
            .orElseThrow();

    extend(Cases.URBAN_PLANNING, c, Map.of("reason", "x")).statusCode(403);
    extend(Cases.COLETTE, c, Map.of("reason", " ")).statusCode(400);
    extend(Cases.COLETTE, c, Map.of("reason", "The impact study must be completed."))
        .statusCode(200)
        .body("decisionDueDate", equalTo(extended.toString()));
    ReviewDecisionExtended event =
        Cases.awaitEvent(
            c.submission().applicationId(),
            EventType.REVIEW_DECISION_EXTENDED,
            ReviewDecisionExtended.class);
    assertEquals(decision.extensionDays(), event.days());
    assertEquals("The impact study must be completed.", event.reason());
    extend(Cases.COLETTE, c, Map.of("reason", "Again"))
        .statusCode(409)
        .body("type", endsWith("extended-already"));
    given()
        .auth()
        .oauth2(Cases.URBAN_PLANNING)
        .get("/api/cases/{id}", c.caseId())
        .then()
        .body("timetable.find { it.kind == 'DECISION' }.planned", equalTo(extended.toString()))
        .body(
            "timetable.find { it.kind == 'DECISION' }.extendedDays",
            equalTo(decision.extensionDays()));
  }

  @Test
  void aPeriodThatEndedIsNotExtended() {
    OpenCase c = Cases.localWarehouse();
    clock.advance(Duration.ofDays(400));
    extend(Cases.COLETTE, c, Map.of("reason", "Too late"))
        .statusCode(409)
        .body("type", endsWith("decision-period-ended"));
  }
}
