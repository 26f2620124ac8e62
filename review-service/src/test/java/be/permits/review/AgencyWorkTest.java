package be.permits.review;

import static be.permits.review.Cases.act;
import static be.permits.review.Cases.awaitEvent;
import static be.permits.review.Cases.decide;
import static be.permits.review.Cases.declareNoConflict;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import be.permits.contracts.Agency;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.contracts.review.ReviewNoteShared;
import be.permits.contracts.review.ReviewOpened;
import be.permits.review.Cases.OpenCase;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An agency at work: conflict of interest and recusal, reassignment, notes and who reads them, the
 * queue's filters, the changes since the agency's last review, and a binding rejection.
 */
@QuarkusTest
class AgencyWorkTest {
  static final String URSULA = Cases.URBAN_PLANNING;
  static final String ULRICH = Cases.ULRICH;
  static final String SAM = Cases.STATE_SECURITY;
  static final String SARAH = TestTokens.reviewer("sarah", "state-security");

  /** The Liège hub: every agency has a step. */
  static OpenCase liegeHub() {
    PermitSubmitted hub = Submissions.liegeHub();
    KafkaEvents.publish(EventType.PERMIT_SUBMITTED, hub.applicationId(), hub, UUID.randomUUID());
    ReviewOpened opened = Cases.awaitOpened(hub.applicationId()).dataAs(ReviewOpened.class);
    return new OpenCase(hub, opened.caseId(), null);
  }

  static UUID stepOf(OpenCase c, String token) {
    return UUID.fromString(
        given()
            .auth()
            .oauth2(token)
            .get("/api/cases/{id}", c.caseId())
            .then()
            .statusCode(200)
            .extract()
            .path("myStep.id"));
  }

  static io.restassured.response.ValidatableResponse post(
      String token, String path, Object body, Object... params) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post(path, params)
        .then();
  }

  @Test
  void aReviewerDeclaresNoConflictBeforeDecidingAndARecusalHandsTheStepBackForGood() {
    OpenCase c = Cases.localWarehouse();
    UUID step = c.stepId();
    act(URSULA, c, step, "claim").statusCode(200);
    given()
        .auth()
        .oauth2(URSULA)
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "APPROVE"))
        .post("/api/cases/{c}/steps/{s}/decision", c.caseId(), step)
        .then()
        .statusCode(409)
        .body("detail", org.hamcrest.Matchers.containsString("conflict of interest"));

    post(
            URSULA,
            "/api/cases/{c}/steps/{s}/interest",
            Map.of("conflict", true, "reason", "My brother-in-law manages the site."),
            c.caseId(),
            step)
        .statusCode(200)
        .body("assignee", nullValue());
    act(URSULA, c, step, "claim").statusCode(409);
    declareNoConflict(URSULA, c, step).statusCode(409);

    act(ULRICH, c, step, "claim").statusCode(200);
    decide(ULRICH, c, step, Map.of("outcome", "APPROVE")).statusCode(200);
    declareNoConflict(ULRICH, c, step).statusCode(409);
  }

  @Test
  void aStepIsReassignedOnlyToAReviewerOfTheSameAgency() {
    OpenCase c = Cases.localWarehouse();
    // Reviewers become known to the service when they work in it.
    given().auth().oauth2(ULRICH).get("/api/cases/reviewers").then().statusCode(200);
    given().auth().oauth2(SAM).get("/api/cases/reviewers").then().statusCode(200);
    given()
        .auth()
        .oauth2(URSULA)
        .get("/api/cases/reviewers")
        .then()
        .body("subject", hasItem("sub-ulrich"))
        .body("subject", not(hasItem("sub-sam")));

    act(URSULA, c, c.stepId(), "claim").statusCode(200);
    String assign = "/api/cases/{c}/steps/{s}/assign";
    post(URSULA, assign, Map.of("assignee", "sub-sam"), c.caseId(), c.stepId()).statusCode(422);
    post(URSULA, assign, Map.of("assignee", "sub-nobody"), c.caseId(), c.stepId()).statusCode(422);
    post(SAM, assign, Map.of("assignee", "sub-sam"), c.caseId(), c.stepId()).statusCode(404);
    post(URSULA, assign, Map.of("assignee", "sub-ulrich"), c.caseId(), c.stepId())
        .statusCode(200)
        .body("assignee", equalTo("sub-ulrich"));
    decide(ULRICH, c, c.stepId(), Map.of("outcome", "APPROVE")).statusCode(200);
  }

  @Test
  void notesReachOnlyWhoMayReadThemAndAClassifiedNoteNeverLeavesTheService() {
    OpenCase c = liegeHub();
    String classified =
        "Source HUMINT-7: the group's CTO reports to a state body. " + UUID.randomUUID();
    String notes = "/api/cases/{id}/notes";
    post(SAM, notes, Map.of("text", classified, "visibility", "AGENCY"), c.caseId())
        .statusCode(201)
        .body("agency", equalTo("STATE_SECURITY"));
    post(
            SAM,
            notes,
            Map.of("text", "We look at remote access to the WMS.", "visibility", "REVIEWERS"),
            c.caseId())
        .statusCode(201);
    post(
            SAM,
            notes,
            Map.of("text", "Please expect questions on data access.", "visibility", "APPLICANT"),
            c.caseId())
        .statusCode(201);
    post(SAM, notes, Map.of("text", " ", "visibility", "AGENCY"), c.caseId()).statusCode(400);
    post(SAM, notes, Map.of("text", "x".repeat(4001), "visibility", "AGENCY"), c.caseId())
        .statusCode(400);

    given()
        .auth()
        .oauth2(URSULA)
        .get("/api/cases/{id}", c.caseId())
        .then()
        .statusCode(200)
        .body(
            "notes.text",
            contains(
                "We look at remote access to the WMS.", "Please expect questions on data access."));
    given()
        .auth()
        .oauth2(SARAH)
        .get(notes, c.caseId())
        .then()
        .body("visibility", contains("AGENCY", "REVIEWERS", "APPLICANT"));
    // An agency without a step in the case reads nothing of it.
    String otherCase = "/api/cases/{id}/notes";
    given()
        .auth()
        .oauth2(TestTokens.reviewer("zoe", "urban-planning"))
        .get(otherCase, UUID.randomUUID())
        .then()
        .statusCode(404);

    ReviewNoteShared shared =
        awaitEvent(
            c.submission().applicationId(), EventType.REVIEW_NOTE_SHARED, ReviewNoteShared.class);
    assertEquals("Please expect questions on data access.", shared.text());
    assertEquals(Agency.STATE_SECURITY, shared.agency());
    for (var event : KafkaEvents.readAll(Topics.REVIEW_EVENTS)) {
      assertFalse(event.data().contains("HUMINT-7"), "a classified note left the service");
      assertFalse(event.data().contains("remote access to the WMS"), "a reviewers' note left");
    }
  }

  @Test
  void theQueueFiltersByStatusDeadlineAndHolderNearestDeadlineFirst() {
    OpenCase first = Cases.localWarehouse();
    OpenCase second = Cases.localWarehouse();
    act(URSULA, second, second.stepId(), "claim").statusCode(200);
    given()
        .auth()
        .oauth2(URSULA)
        .queryParam("mine", true)
        .queryParam("limit", 200)
        .get("/api/cases")
        .then()
        .statusCode(200)
        .body("id", hasItem(second.caseId().toString()))
        .body("id", not(hasItem(first.caseId().toString())))
        .body("myStep.assignee", org.hamcrest.Matchers.everyItem(equalTo("sub-ursula")));
    given()
        .auth()
        .oauth2(URSULA)
        .queryParam("dueBefore", java.time.LocalDate.now().minusDays(1).toString())
        .get("/api/cases")
        .then()
        .body("id", not(hasItem(first.caseId().toString())));
    List<String> dueDates =
        given()
            .auth()
            .oauth2(URSULA)
            .queryParam("status", "OPEN")
            .queryParam("limit", 200)
            .get("/api/cases")
            .then()
            .body("myStep.status", org.hamcrest.Matchers.everyItem(equalTo("OPEN")))
            .extract()
            .path("myStep.dueDate");
    assertEquals(dueDates.stream().sorted().toList(), dueDates, "nearest deadline first");
    given()
        .auth()
        .oauth2(URSULA)
        .queryParam("status", "LOST")
        .get("/api/cases")
        .then()
        .statusCode(400);
  }

  @Test
  void aBindingRejectionEndsTheCaseAndClosesTheOtherSteps() {
    OpenCase c = liegeHub();
    UUID security = stepOf(c, SAM);
    act(SAM, c, security, "claim").statusCode(200);
    decide(SAM, c, security, Map.of("outcome", "REJECT", "reasons", List.of("Espionage risk.")))
        .statusCode(200)
        .body("status", equalTo("PROPOSED"));
    declareNoConflict(SARAH, c, security).statusCode(200);
    act(SARAH, c, security, "confirm").statusCode(200);

    ReviewConcluded concluded =
        awaitEvent(
            c.submission().applicationId(), EventType.REVIEW_CONCLUDED, ReviewConcluded.class);
    assertEquals("REJECTED", concluded.outcome());
    assertEquals(List.of("Espionage risk."), concluded.reasons());
    given()
        .auth()
        .oauth2(URSULA)
        .get("/api/cases/{id}", c.caseId())
        .then()
        .body("status", equalTo("CONCLUDED"))
        .body("myStep.status", equalTo("CLOSED"))
        .body("steps.findAll { it.agency != 'STATE_SECURITY' }.status", not(hasItem("OPEN")));
    act(URSULA, c, stepOf(c, URSULA), "claim").statusCode(409);
  }

  @Test
  void anAgencyThatAskedSeesWhatChangedSinceAndTheOthersDoNot() {
    OpenCase c = liegeHub();
    UUID planning = stepOf(c, URSULA);
    act(URSULA, c, planning, "claim").statusCode(200);
    var request =
        Cases.requestInformation(URSULA, c, planning, java.time.LocalDate.now().plusDays(20));
    Submissions revised = Submissions.liegeHubFacts();
    revised.revision = 2;
    revised.requestedFloorArea = 80_000;
    revised.documents = c.submission().documents();
    Cases.answer(c, request, revised);
    given()
        .auth()
        .oauth2(URSULA)
        .get("/api/cases/{id}", c.caseId())
        .then()
        .body("revision", equalTo(2))
        .body("myStep.actedOnRevision", equalTo(1))
        .body("changesSinceLastReview.field", containsInAnyOrder("project.requestedFloorArea"))
        .body("changesSinceLastReview[0].before", equalTo("100000"))
        .body("changesSinceLastReview[0].after", equalTo("80000"));
    given()
        .auth()
        .oauth2(SAM)
        .get("/api/cases/{id}", c.caseId())
        .then()
        .body("changesSinceLastReview", empty())
        .body("myStep.status", equalTo("OPEN"));
  }
}
