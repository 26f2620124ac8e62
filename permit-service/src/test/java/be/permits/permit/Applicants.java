package be.permits.permit;

import static io.restassured.RestAssured.given;

import be.permits.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Applicants of two organisations, and what every test does first: a draft, submitted. */
final class Applicants {
  private Applicants() {}

  static final String ALICE = TestTokens.applicant("alice", "skyway");
  static final String BOB = TestTokens.applicant("bob", "other-co");

  static String createDraft(String token, Object body) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/applications")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static ValidatableResponse submit(String token, String id) {
    return given().auth().oauth2(token).post("/api/applications/{id}/submit", id).then();
  }
}
