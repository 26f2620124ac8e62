package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Input that broke the reviewer API (issue 14, finding 3): a NUL in a step assignment or a note, an
 * unknown field, a number where text belongs. Each answers a problem naming the field.
 */
@QuarkusTest
class HostileInputTest {
  static void post(String path, String json, String field, Object... ids) {
    given()
        .auth()
        .oauth2(Cases.URSULA)
        .contentType(ContentType.JSON)
        .body(json)
        .post(path, ids)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
  }

  @Test
  void controlCharactersUnknownFieldsAndCoercedValuesAreRefused() {
    Cases.OpenCase c = Cases.localWarehouse();
    String step = "/api/cases/{c}/steps/{s}/";
    post(
        step + "assign",
        "{\"assignee\":\"sub-\\u0000ulrich\"}",
        "assignee",
        c.caseId(),
        c.stepId());
    post(step + "interest", "{\"conflict\":\"false\"}", "conflict", c.caseId(), c.stepId());
    post(step + "decision", "{\"outcome\":1}", "outcome", c.caseId(), c.stepId());
    String notes = "/api/cases/{c}/notes";
    post(notes, "{\"text\":\"Hidden\\u0000\",\"visibility\":\"AGENCY\"}", "text", c.caseId());
    post(
        notes,
        "{\"text\":\"Fine\",\"visibility\":\"AGENCY\",\"classified\":true}",
        "classified",
        c.caseId());

    given()
        .auth()
        .oauth2(Cases.URSULA)
        .get("/api/cases/{id}/notes", c.caseId())
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }
}
