package be.permits.review;

import static be.permits.review.Cases.act;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.review.ReviewAbsenceRecorded;
import be.permits.contracts.review.ReviewStepHandedOver;
import be.permits.contracts.review.ReviewStepHandedOver.Reason;
import be.permits.review.Cases.OpenCase;
import be.permits.review.service.Absences;
import be.permits.support.time.SuiteTime;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reviewers away: an absence hands the steps held to the delegate, who is told, and gives them back
 * when it ends; colleagues may take them meanwhile; declarations that would leave work with nobody
 * are refused, also when two are made at once (AbsenceRacesTest). The agency's lead: TeamLeadTest.
 */
@QuarkusTest
class AbsenceTest {
  @Inject MovableClock clock;
  @Inject Absences absences;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  /** A reviewer of urban planning of this test alone, so that no other test finds them away. */
  static String reviewer(String name) {
    return TestTokens.reviewer(user(name), "urban-planning");
  }

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  static String user(String name) {
    return name + "-" + RUN;
  }

  /** The subject of the user's tokens. */
  static String subject(String name) {
    return "sub-" + user(name);
  }

  private static OpenCase workedOn;

  /**
   * The reviewer works once in the service, which then knows them as a colleague: they take a step
   * of urban planning and put it back (one case serves every reviewer of these tests).
   */
  static synchronized void known(String token) {
    if (workedOn == null) {
      workedOn = Cases.localWarehouse();
    }
    act(token, workedOn, workedOn.stepId(), "claim").statusCode(200);
    act(token, workedOn, workedOn.stepId(), "release").statusCode(200);
  }

  static ValidatableResponse declare(
      String token, LocalDate first, LocalDate last, String delegate) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(
            Map.of("firstDay", first.toString(), "lastDay", last.toString(), "delegate", delegate))
        .post("/api/absences")
        .then()
        .log()
        .ifValidationFails();
  }

  static ValidatableResponse end(String token, String id) {
    return given().auth().oauth2(token).post("/api/absences/{id}/end", id).then();
  }

  static ValidatableResponse step(String token, OpenCase c) {
    return given().auth().oauth2(token).get("/api/cases/{id}", c.caseId()).then().statusCode(200);
  }

  LocalDate today() {
    return SuiteTime.today(clock);
  }

  @Test
  void anAbsenceHandsTheHeldStepToTheDelegateAndGivesItBackWhenItEnds() {
    String ann = reviewer("ann");
    String bob = reviewer("bob");
    String cyd = reviewer("cyd");
    known(bob);
    known(cyd);
    OpenCase c = Cases.localWarehouse();
    act(ann, c, c.stepId(), "claim").statusCode(200);

    String id =
        declare(ann, today(), today().plusDays(3), subject("bob"))
            .statusCode(201)
            .extract()
            .path("id");
    step(ann, c)
        .body("myStep.assignee", equalTo(subject("bob")))
        .body("myStep.standingInFor", equalTo(subject("ann")));
    ReviewStepHandedOver away =
        Cases.awaitEvent(
            c.submission().applicationId(),
            EventType.REVIEW_STEP_HANDED_OVER,
            ReviewStepHandedOver.class);
    assertEquals(Reason.ABSENCE_BEGAN, away.reason());
    assertEquals(subject("ann"), away.from());
    assertEquals(subject("bob"), away.to());
    assertEquals(today().plusDays(3), away.until());
    ReviewAbsenceRecorded recorded = absenceRecorded(id, false);
    assertEquals(subject("bob"), recorded.delegate());

    // Everyone of the agency sees who is away; nobody hands a step to them meanwhile.
    given()
        .auth()
        .oauth2(cyd)
        .get("/api/absences")
        .then()
        .statusCode(200)
        .body("find { it.id == '" + id + "' }.current", equalTo(true))
        .body("find { it.id == '" + id + "' }.mine", equalTo(false));
    OpenCase other = Cases.localWarehouse();
    given()
        .auth()
        .oauth2(cyd)
        .contentType(ContentType.JSON)
        .body(Map.of("assignee", subject("ann")))
        .post("/api/cases/{c}/steps/{s}/assign", other.caseId(), other.stepId())
        .then()
        .statusCode(409)
        .body("type", endsWith("reviewer-away"));

    // Only Ann ends her absence; the step comes back to her.
    end(bob, id).statusCode(404);
    end(ann, id).statusCode(204);
    step(ann, c)
        .body("myStep.assignee", equalTo(subject("ann")))
        .body("myStep.standingInFor", nullValue());
    List<ReviewStepHandedOver> handed =
        Cases.awaitEvents(
            c.submission().applicationId(),
            EventType.REVIEW_STEP_HANDED_OVER,
            ReviewStepHandedOver.class,
            2);
    assertEquals(Reason.ABSENCE_ENDED, handed.get(1).reason());
    assertEquals(subject("ann"), handed.get(1).to());
    assertTrue(absenceRecorded(id, true).lastDay().isBefore(today()));
    end(ann, id).statusCode(409).body("type", endsWith("absence-over"));
  }

  @Test
  void aPlannedAbsenceBeginsAndEndsOnTheClockAndAColleagueMayTakeAStepMeanwhile() {
    String dan = reviewer("dan");
    String eve = reviewer("eve");
    String fay = reviewer("fay");
    known(eve);
    OpenCase kept = Cases.localWarehouse();
    OpenCase taken = Cases.localWarehouse();
    act(dan, kept, kept.stepId(), "claim").statusCode(200);
    act(dan, taken, taken.stepId(), "claim").statusCode(200);
    declare(dan, today().plusDays(1), today().plusDays(2), subject("eve")).statusCode(201);
    absences.keepTime(50);
    step(dan, kept).body("myStep.assignee", equalTo(subject("dan")));

    clock.advance(Duration.ofDays(1));
    absences.keepTime(50);
    step(dan, kept).body("myStep.assignee", equalTo(subject("eve")));
    // Held for an absent colleague, the step is offered to everyone of the agency.
    act(fay, taken, taken.stepId(), "claim").statusCode(200);
    step(fay, taken)
        .body("myStep.assignee", equalTo(subject("fay")))
        .body("myStep.standingInFor", nullValue());

    clock.advance(Duration.ofDays(2));
    absences.keepTime(50);
    step(dan, kept)
        .body("myStep.assignee", equalTo(subject("dan")))
        .body("myStep.standingInFor", nullValue());
    step(dan, taken).body("myStep.assignee", equalTo(subject("fay")));
  }

  /**
   * A step that reaches a reviewer while away (they claimed it) goes to the delegate on the next
   * run of the clock engine; released by the delegate, it waits in the queue and still comes back.
   */
  @Test
  void aStepThatReachesSomeoneAwayGoesToTheDelegateAndComesBackAfter() {
    String nia = reviewer("nia");
    String oli = reviewer("oli");
    known(oli);
    String id =
        declare(nia, today(), today().plusDays(2), subject("oli"))
            .statusCode(201)
            .extract()
            .path("id");
    OpenCase c = Cases.localWarehouse();
    act(nia, c, c.stepId(), "claim").statusCode(200);
    absences.keepTime(50);
    step(nia, c)
        .body("myStep.assignee", equalTo(subject("oli")))
        .body("myStep.standingInFor", equalTo(subject("nia")));
    act(oli, c, c.stepId(), "release").statusCode(200);
    step(nia, c)
        .body("myStep.assignee", nullValue())
        .body("myStep.standingInFor", equalTo(subject("nia")));
    end(nia, id).statusCode(204);
    step(nia, c).body("myStep.assignee", equalTo(subject("nia")));
  }

  /** A delegate who recused from a step does not get it: it waits in the queue, then comes back. */
  @Test
  void aStepTheDelegateRecusedFromWaitsInTheQueueAndComesBack() {
    String lou = reviewer("lou");
    String max = reviewer("max");
    known(max);
    OpenCase c = Cases.localWarehouse();
    act(lou, c, c.stepId(), "claim").statusCode(200);
    given()
        .auth()
        .oauth2(max)
        .contentType(ContentType.JSON)
        .body(Map.of("conflict", true, "reason", "The applicant is my brother."))
        .post("/api/cases/{c}/steps/{s}/interest", c.caseId(), c.stepId())
        .then()
        .statusCode(200);
    String id =
        declare(lou, today(), today().plusDays(1), subject("max"))
            .statusCode(201)
            .extract()
            .path("id");
    step(lou, c)
        .body("myStep.assignee", nullValue())
        .body("myStep.standingInFor", equalTo(subject("lou")));
    end(lou, id).statusCode(204);
    step(lou, c).body("myStep.assignee", equalTo(subject("lou")));
  }

  @Test
  void declarationsThatWouldLeaveWorkWithNobodyAreRefused() {
    String gus = reviewer("gus");
    String hal = reviewer("hal");
    String ida = reviewer("ida");
    String sam = TestTokens.reviewer(user("sam"), "state-security");
    known(hal);
    known(ida);
    OpenCase hub = AgencyWorkTest.liegeHub();
    UUID samStep = AgencyWorkTest.stepOf(hub, sam);
    given()
        .auth()
        .oauth2(sam)
        .post("/api/cases/{c}/steps/{s}/claim", hub.caseId(), samStep)
        .then()
        .statusCode(200);
    LocalDate d1 = today().plusDays(10);

    declare(gus, d1, d1.plusDays(2), subject("sam"))
        .statusCode(422)
        .body("errors.field", hasItem("delegate"));
    declare(gus, d1, d1, subject("gus")).statusCode(422).body("errors.field", hasItem("delegate"));
    declare(gus, today().minusDays(1), d1, subject("hal"))
        .statusCode(422)
        .body("errors.field", hasItem("firstDay"));
    declare(gus, d1, d1.minusDays(1), subject("hal"))
        .statusCode(422)
        .body("errors.field", hasItem("lastDay"));
    declare(gus, d1, d1.plusDays(Absences.MOST_DAYS), subject("hal"))
        .statusCode(422)
        .body("errors.field", hasItem("lastDay"));
    given()
        .auth()
        .oauth2(gus)
        .contentType(ContentType.JSON)
        .body(Map.of("firstDay", d1.toString(), "lastDay", d1.toString(), "delegate", 7))
        .post("/api/absences")
        .then()
        .statusCode(400);

    String id =
        declare(gus, d1, d1.plusDays(4), subject("hal")).statusCode(201).extract().path("id");
    declare(gus, d1.plusDays(2), d1.plusDays(8), subject("ida"))
        .statusCode(409)
        .body("type", endsWith("away-already"));
    declare(hal, d1.plusDays(1), d1.plusDays(1), subject("ida"))
        .statusCode(409)
        .body("type", endsWith("standing-in"));
    declare(ida, d1.minusDays(3), d1, subject("gus"))
        .statusCode(409)
        .body("type", endsWith("delegate-away"));
    // Withdrawn before it began, the absence stands in nobody's way.
    end(gus, id).statusCode(204);
    declare(hal, d1.plusDays(1), d1.plusDays(1), subject("ida")).statusCode(201);
  }

  /** The latest {@code review.absence-recorded} of the absence, once it says {@code ended}. */
  static ReviewAbsenceRecorded absenceRecorded(String id, boolean ended) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                KafkaEvents.readAll(Topics.REVIEW_EVENTS).stream()
                    .filter(e -> id.equals(e.key()))
                    .filter(e -> EventType.REVIEW_ABSENCE_RECORDED.type().equals(e.type()))
                    .map(e -> e.dataAs(ReviewAbsenceRecorded.class))
                    .filter(r -> r.ended() == ended)
                    .findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }
}
