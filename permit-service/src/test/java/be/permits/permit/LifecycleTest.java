package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.contracts.EventSchemas;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.permit.PermitWithdrawn;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.KafkaEvents.ReceivedEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LifecycleTest {
  static final String ALICE = Applicants.ALICE;
  static final String BOB = Applicants.BOB;

  static String submitted() {
    String id = Applicants.createDraft(ALICE, Samples.liegeHub());
    Applicants.submit(ALICE, id).statusCode(200);
    return id;
  }

  @Test
  void aSubmissionIsFrozenAsRevisionOneAndOnlyTheOwnerReadsIt() {
    String id = submitted();
    given()
        .auth()
        .oauth2(ALICE)
        .get("/api/applications/{id}/revisions", id)
        .then()
        .statusCode(200)
        .body("number", equalTo(List.of(1)));
    given()
        .auth()
        .oauth2(ALICE)
        .get("/api/applications/{id}/revisions/1", id)
        .then()
        .statusCode(200)
        .body("application.project.requestedFloorArea", equalTo(100000))
        .body("application.data.aeoNumber", equalTo("BEAEOF0000123"));
    given()
        .auth()
        .oauth2(ALICE)
        .queryParam("from", 1)
        .queryParam("to", 1)
        .get("/api/applications/{id}/revisions/diff", id)
        .then()
        .statusCode(200)
        .body("changes", hasSize(0));
    given()
        .auth()
        .oauth2(ALICE)
        .get("/api/applications/{id}/revisions/2", id)
        .then()
        .statusCode(404);
    given().auth().oauth2(BOB).get("/api/applications/{id}/revisions/1", id).then().statusCode(404);
    given()
        .auth()
        .oauth2(ALICE)
        .queryParam("from", 0)
        .get("/api/applications/{id}/revisions/diff", id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void aSubmittedApplicationIsWithdrawnWithItsReasonAndTheReviewIsTold() {
    String id = submitted();
    given()
        .auth()
        .oauth2(ALICE)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", " "))
        .post("/api/applications/{id}/withdraw", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reason"));
    given()
        .auth()
        .oauth2(BOB)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Not mine"))
        .post("/api/applications/{id}/withdraw", id)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(ALICE)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "The group cancelled the expansion."))
        .post("/api/applications/{id}/withdraw", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"))
        .body("withdrawalReason", equalTo("The group cancelled the expansion."));
    given()
        .auth()
        .oauth2(ALICE)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Again"))
        .post("/api/applications/{id}/withdraw", id)
        .then()
        .statusCode(409);

    ReceivedEvent event =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    KafkaEvents.readAll(Topics.PERMIT_EVENTS).stream()
                        .filter(e -> id.equals(e.key()))
                        .filter(e -> EventType.PERMIT_WITHDRAWN.type().equals(e.type()))
                        .toList(),
                events -> !events.isEmpty())
            .get(0);
    assertEquals(List.of(), EventSchemas.violations(EventType.PERMIT_WITHDRAWN, event.data()));
    assertEquals(
        "The group cancelled the expansion.", event.dataAs(PermitWithdrawn.class).reason());
  }

  @Test
  void applicationsOnTheSameSiteAreLinkedWithTheirCumulativeFloorArea() {
    String token = be.permits.testsupport.TestTokens.applicant("splitter", "split-co");
    Map<String, Object> site =
        Map.of("municipality", "Bierset", "cadastralParcels", List.of("P-1", "P-2"));
    String first =
        Applicants.createDraft(
            token, Map.of("site", site, "project", Map.of("requestedFloorArea", 9_000)));
    String second =
        Applicants.createDraft(
            token,
            Map.of(
                "site", Map.of("municipality", "BIERSET", "cadastralParcels", List.of("P-2")),
                "project", Map.of("requestedFloorArea", 8_000)));
    Applicants.createDraft(
        token,
        Map.of(
            "site", Map.of("municipality", "Bierset", "cadastralParcels", List.of("P-9")),
            "project", Map.of("requestedFloorArea", 7_000)));
    given()
        .auth()
        .oauth2(token)
        .get("/api/applications/{id}/related", first)
        .then()
        .statusCode(200)
        .body("cumulativeRequestedFloorArea", equalTo(17_000))
        .body("related.id", equalTo(List.of(second)));
    given()
        .auth()
        .oauth2(ALICE)
        .get("/api/applications/{id}/related", first)
        .then()
        .statusCode(404);
  }

  @Test
  void draftsAreDeletedButSubmittedApplicationsAreNot() {
    String draft = Applicants.createDraft(ALICE, Samples.liegeHub());
    given().auth().oauth2(BOB).delete("/api/applications/{id}", draft).then().statusCode(404);
    given().auth().oauth2(ALICE).delete("/api/applications/{id}", draft).then().statusCode(204);
    given().auth().oauth2(ALICE).get("/api/applications/{id}", draft).then().statusCode(404);

    String id = submitted();
    given()
        .auth()
        .oauth2(ALICE)
        .delete("/api/applications/{id}", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }
}
