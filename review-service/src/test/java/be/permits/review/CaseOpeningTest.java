package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.contracts.EventSchemas;
import be.permits.contracts.EventType;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.permit.PermitWithdrawn;
import be.permits.contracts.review.ReviewOpened;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.KafkaEvents.ReceivedEvent;
import be.permits.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseOpeningTest {
  @Test
  void aSubmissionOpensOneCaseWithAStepPerRoutedAgencyEvenWhenDeliveredTwice() {
    PermitSubmitted hub = Submissions.liegeHub();
    UUID eventId = UUID.randomUUID();
    KafkaEvents.publish(EventType.PERMIT_SUBMITTED, hub.applicationId(), hub, eventId);
    KafkaEvents.publish(EventType.PERMIT_SUBMITTED, hub.applicationId(), hub, eventId);
    // A replay of the same submission under another event id opens nothing either.
    KafkaEvents.publish(EventType.PERMIT_SUBMITTED, hub.applicationId(), hub, UUID.randomUUID());

    ReceivedEvent event = Cases.awaitOpened(hub.applicationId());
    assertEquals(EventType.REVIEW_OPENED.type(), event.type());
    assertEquals(List.of(), EventSchemas.violations(EventType.REVIEW_OPENED, event.data()));
    ReviewOpened data = event.dataAs(ReviewOpened.class);
    assertEquals(hub.reference(), data.reference());
    assertEquals("2026.5", data.ruleVersion());
    assertEquals(6, data.steps().size());
    assertEquals("alice@example.org", data.applicant().email());

    given()
        .auth()
        .oauth2(Cases.STATE_SECURITY)
        .get("/api/cases/{id}", data.caseId())
        .then()
        .statusCode(200)
        .body("reference", equalTo(hub.reference()))
        .body("ruleVersion", equalTo("2026.5"))
        // The routing rules chose the procedure by the environmental class; the case records it.
        .body("procedure.id", equalTo(RoutingRulesTest.RULES.regimeFor(hub)))
        .body("procedure.version", equalTo("2026.1"))
        .body("procedure.name.fr", org.hamcrest.Matchers.startsWith("Permis unique"))
        .body(
            "steps.agency",
            containsInAnyOrder(
                "COORDINATION",
                "URBAN_PLANNING",
                "ENVIRONMENT",
                "CUSTOMS",
                "STATE_SECURITY",
                "DATA_PROTECTION",
                "FDI_SCREENING"))
        .body("application.project.requestedFloorArea", equalTo(100000));
    given()
        .auth()
        .oauth2(Cases.STATE_SECURITY)
        .queryParam("reference", hub.reference())
        .get("/api/cases")
        .then()
        .statusCode(200)
        .body("$", hasSize(1))
        .body("[0].myStep.agency", equalTo("STATE_SECURITY"))
        .body("[0].myStep.ruleId", equalTo("state-security-non-eu-control"));

    // Every duplicate has been consumed by now (they precede the last one on the same partition).
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(10))
        .until(() -> Cases.opened(hub.applicationId()).size() == 1);
  }

  @Test
  void aReviewerOfAnAgencyWithoutAStepGets404AndOtherRolesGet403() {
    PermitSubmitted local = Submissions.localWarehouse().build();
    KafkaEvents.publish(
        EventType.PERMIT_SUBMITTED, local.applicationId(), local, UUID.randomUUID());
    ReviewOpened data = Cases.awaitOpened(local.applicationId()).dataAs(ReviewOpened.class);
    assertEquals(1, data.steps().size());

    given()
        .auth()
        .oauth2(Cases.URBAN_PLANNING)
        .get("/api/cases/{id}", data.caseId())
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Cases.STATE_SECURITY)
        .get("/api/cases/{id}", data.caseId())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Cases.STATE_SECURITY)
        .queryParam("reference", local.reference())
        .get("/api/cases")
        .then()
        .statusCode(200)
        .body("$", hasSize(0));
    given()
        .auth()
        .oauth2(TestTokens.applicant("alice", "skyway"))
        .get("/api/cases/{id}", data.caseId())
        .then()
        .statusCode(403);
    given().get("/api/cases/{id}", data.caseId()).then().statusCode(401);
    given()
        .auth()
        .oauth2(Cases.URBAN_PLANNING)
        .queryParam("reference", "'; drop table review_case; --")
        .get("/api/cases")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void aWithdrawnApplicationClosesItsOpenSteps() {
    PermitSubmitted local = Submissions.localWarehouse().build();
    KafkaEvents.publish(
        EventType.PERMIT_SUBMITTED, local.applicationId(), local, UUID.randomUUID());
    ReviewOpened data = Cases.awaitOpened(local.applicationId()).dataAs(ReviewOpened.class);
    // A step waiting for the applicant's answer closes as well.
    UUID stepId = data.steps().get(0).stepId();
    given()
        .auth()
        .oauth2(Cases.URBAN_PLANNING)
        .post("/api/cases/{c}/steps/{s}/claim", data.caseId(), stepId)
        .then()
        .statusCode(200);
    Cases.declareNoConflict(
            Cases.URBAN_PLANNING, new Cases.OpenCase(local, data.caseId(), stepId), stepId)
        .statusCode(200);
    given()
        .auth()
        .oauth2(Cases.URBAN_PLANNING)
        .contentType(io.restassured.http.ContentType.JSON)
        .body(
            java.util.Map.of(
                "outcome", "REQUEST_INFORMATION",
                "questions", List.of("Parking plan?"),
                "dueDate", java.time.LocalDate.now().plusDays(10).toString()))
        .post("/api/cases/{c}/steps/{s}/decision", data.caseId(), stepId)
        .then()
        .statusCode(200)
        .body("status", equalTo("INFORMATION_REQUESTED"));
    KafkaEvents.publish(
        EventType.PERMIT_WITHDRAWN,
        local.applicationId(),
        new PermitWithdrawn(
            local.applicationId(),
            local.reference(),
            "The project is cancelled.",
            java.time.Instant.now(),
            local.applicant()),
        UUID.randomUUID());
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(Cases.URBAN_PLANNING)
                    .get("/api/cases/{id}", data.caseId())
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("WITHDRAWN"))
                    // Every open step closes; the completeness check stays as it was decided.
                    .body(
                        "steps.findAll { it.agency != 'COORDINATION' }.status",
                        org.hamcrest.Matchers.everyItem(equalTo("CLOSED")))
                    .body("steps.find { it.agency == 'COORDINATION' }.status", equalTo("DECIDED")));
  }

  @Test
  void administratorsReadTheRoutingRulesInForce() {
    given()
        .auth()
        .oauth2(TestTokens.withRoles("ada", "admin"))
        .get("/api/admin/routing-rules")
        .then()
        .statusCode(200)
        .body("version", equalTo("2026.5"))
        .body("deadlineDays.FDI_SCREENING", equalTo(30));
    given()
        .auth()
        .oauth2(Cases.URBAN_PLANNING)
        .get("/api/admin/routing-rules")
        .then()
        .statusCode(403);
  }
}
