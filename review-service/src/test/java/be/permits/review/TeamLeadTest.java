package be.permits.review;

import static be.permits.review.AbsenceTest.declare;
import static be.permits.review.AbsenceTest.end;
import static be.permits.review.AbsenceTest.known;
import static be.permits.review.AbsenceTest.reviewer;
import static be.permits.review.AbsenceTest.step;
import static be.permits.review.AbsenceTest.subject;
import static be.permits.review.AbsenceTest.user;
import static be.permits.review.Cases.act;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewStepHandedOver;
import be.permits.contracts.review.ReviewStepHandedOver.Reason;
import be.permits.review.Cases.OpenCase;
import be.permits.support.time.SuiteTime;
import be.permits.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The agency's lead: reads each reviewer's load, hands a step over, and ends a colleague's absence
 * (back early without saying so); a lead of another agency, or a colleague who is no lead, may not.
 */
@QuarkusTest
class TeamLeadTest {
  @Inject MovableClock clock;

  static String lead(String name, String agency) {
    return TestTokens.token(user(name), Set.of("reviewer", "lead"), Map.of("agency", agency));
  }

  @Test
  void theLeadReadsEachReviewersLoadAndHandsAStepOver() {
    String lead = lead("lena", "urban-planning");
    String jon = reviewer("jon");
    String kim = reviewer("kim");
    known(kim);
    OpenCase c = Cases.localWarehouse();
    act(jon, c, c.stepId(), "claim").statusCode(200);

    given()
        .auth()
        .oauth2(lead)
        .get("/api/team")
        .then()
        .statusCode(200)
        .body("reviewers.find { it.subject == '" + subject("jon") + "' }.held", equalTo(1))
        .body("reviewers.find { it.subject == '" + subject("jon") + "' }.overdue", equalTo(0))
        .body("steps.find { it.stepId == '" + c.stepId() + "' }.holder", equalTo(subject("jon")))
        .body("steps.find { it.stepId == '" + c.stepId() + "' }.canHand", equalTo(true));
    given().auth().oauth2(jon).get("/api/team").then().statusCode(403);

    given()
        .auth()
        .oauth2(lead)
        .contentType(ContentType.JSON)
        .body(Map.of("assignee", subject("kim")))
        .post("/api/cases/{c}/steps/{s}/assign", c.caseId(), c.stepId())
        .then()
        .statusCode(200)
        .body("assignee", equalTo(subject("kim")));
    ReviewStepHandedOver handed =
        Cases.awaitEvent(
            c.submission().applicationId(),
            EventType.REVIEW_STEP_HANDED_OVER,
            ReviewStepHandedOver.class);
    assertEquals(Reason.REASSIGNED, handed.reason());
    assertEquals(subject("jon"), handed.from());
    assertEquals(subject("kim"), handed.to());
  }

  @Test
  void theLeadEndsAColleaguesAbsenceAndTheStepsComeBack() {
    String olga = reviewer("olga");
    String paul = reviewer("paul");
    known(paul);
    OpenCase c = Cases.localWarehouse();
    act(olga, c, c.stepId(), "claim").statusCode(200);
    LocalDate today = SuiteTime.today(clock);
    String id =
        declare(olga, today, today.plusDays(5), subject("paul"))
            .statusCode(201)
            .extract()
            .path("id");
    step(olga, c).body("myStep.assignee", equalTo(subject("paul")));

    String lead = lead("rita", "urban-planning");
    given()
        .auth()
        .oauth2(lead)
        .get("/api/absences")
        .then()
        .statusCode(200)
        .body("find { it.id == '" + id + "' }.mine", equalTo(false))
        .body("find { it.id == '" + id + "' }.mayEnd", equalTo(true));
    given()
        .auth()
        .oauth2(paul)
        .get("/api/absences")
        .then()
        .body("find { it.id == '" + id + "' }.mayEnd", equalTo(false));

    // Neither a colleague who is no lead nor the lead of another agency: as if there were none.
    end(paul, id).statusCode(404);
    end(lead("sam", "customs"), id).statusCode(404);
    end(lead, id).statusCode(204);
    step(olga, c)
        .body("myStep.assignee", equalTo(subject("olga")))
        .body("myStep.standingInFor", nullValue());
    ReviewStepHandedOver back =
        Cases.awaitEvents(
                c.submission().applicationId(),
                EventType.REVIEW_STEP_HANDED_OVER,
                ReviewStepHandedOver.class,
                2)
            .get(1);
    assertEquals(Reason.ABSENCE_ENDED, back.reason());
    assertEquals(subject("olga"), back.to());
    end(lead, id).statusCode(409).body("type", endsWith("absence-over"));
  }
}
