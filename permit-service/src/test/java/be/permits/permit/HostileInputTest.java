package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Input that broke the API (issue 14, finding 3): each answers a problem that names the field and
 * says why, never a 5xx, and stores nothing.
 */
@QuarkusTest
class HostileInputTest {
  static final String BOUNDARY = "permitsboundary7MA4YWxkTrZu0gW";

  @Inject javax.sql.DataSource dataSource;

  /** A multipart body with a kind and one file, as a browser builds it. */
  static byte[] multipart(String fileName, byte[] content) {
    var out = new java.io.ByteArrayOutputStream();
    String head =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nSITE_PLAN\r\n--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/pdf\r\n\r\n";
    out.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    out.writeBytes(content);
    out.writeBytes(
        ("\r\n--" + BOUNDARY + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** An applicant of an organisation of their own, so that nothing else counts its drafts. */
  static String freshApplicant() {
    return TestTokens.applicant("mallory", "hostile-" + UUID.randomUUID());
  }

  static ValidatableResponse create(String token, String json) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/applications")
        .then();
  }

  static int drafts(String token) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/applications?limit=200")
        .then()
        .statusCode(200)
        .extract()
        .path("size()");
  }

  static void refused(ValidatableResponse answer, int status, String field) {
    answer
        .statusCode(status)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field))
        .body(not(containsString("Exception")))
        .body(not(containsString("org.")))
        .body(not(containsString("SQL")));
  }

  @Test
  void aNulCharacterInAnyTextIsRefusedNamingTheFieldAndNothingIsStored() {
    String token = freshApplicant();
    refused(
        create(token, "{\"organisation\":{\"legalName\":\"Sky\\u0000way\"}}"),
        400,
        "organisation.legalName");
    refused(
        create(token, "{\"site\":{\"cadastralParcels\":[\"62032A\\u00000101\"]}}"),
        400,
        "site.cadastralParcels[0]");
    assertEquals(0, drafts(token));

    String id = Applicants.createDraft(Applicants.ALICE, Samples.liegeHub());
    Applicants.submit(Applicants.ALICE, id).statusCode(200);
    refused(
        given()
            .auth()
            .oauth2(Applicants.ALICE)
            .contentType(ContentType.JSON)
            .body("{\"reason\":\"We stop\\u0000.\"}")
            .post("/api/applications/{id}/withdraw", id)
            .then(),
        400,
        "reason");
    given()
        .auth()
        .oauth2(Applicants.ALICE)
        .get("/api/applications/{id}", id)
        .then()
        .body("status", equalTo("SUBMITTED"));
  }

  @Test
  void unknownFieldsCoercedValuesAndANullBodyAreRefused() {
    String token = freshApplicant();
    refused(
        create(token, "{\"organisation\":{\"legalName\":\"Sky\",\"ceo\":\"x\"}}"),
        400,
        "organisation.ceo");
    refused(create(token, "{\"organisation\":{\"legalName\":12}}"), 400, "organisation.legalName");
    refused(
        create(token, "{\"organisation\":{\"legalName\":1e400}}"), 400, "organisation.legalName");
    refused(create(token, "{\"project\":{\"jobs\":\"450\"}}"), 400, "project.jobs");
    refused(create(token, "{\"site\":{\"airsideAccess\":1}}"), 400, "site.airsideAccess");
    create(token, "null").statusCode(400).contentType("application/problem+json");
    String padding = "x".repeat(1024 * 1024 - 100);
    create(token, "{\"padding\":\"" + padding + "\"}")
        .statusCode(400)
        .contentType("application/problem+json");
    assertEquals(0, drafts(token));
  }

  @Test
  void aBodyLargerThanTheRequestTakesIsRefusedWith413() {
    String token = freshApplicant();
    create(token, "{\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
        .statusCode(413)
        .contentType("application/problem+json")
        .body("status", equalTo(413));
    String id = Applicants.createDraft(token, Map.of());
    // As a browser sends an upload: one multipart body with its length declared.
    given()
        .auth()
        .oauth2(token)
        .contentType("multipart/form-data; boundary=" + BOUNDARY)
        .body(multipart("plan.pdf", new byte[30 * 1024 * 1024]))
        .post("/api/applications/{id}/attachments", id)
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(token)
        .get("/api/applications/{id}/attachments", id)
        .then()
        .body("size()", equalTo(0));
  }

  @Test
  void aFileNameLongerThan255CharactersOrABrokenMultipartBodyIsRefused() {
    String token = freshApplicant();
    String id = Applicants.createDraft(token, Map.of());
    refused(
        given()
            .auth()
            .oauth2(token)
            .multiPart("kind", "SITE_PLAN")
            .multiPart("file", "p".repeat(10_000) + ".pdf", Documents.PDF, "application/pdf")
            .post("/api/applications/{id}/attachments", id)
            .then(),
        422,
        "file");
    given()
        .auth()
        .oauth2(token)
        .contentType("multipart/form-data; boundary=" + BOUNDARY)
        .body(
            ("--"
                    + BOUNDARY
                    + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nSITE_PLAN\r\n--XY")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .post("/api/applications/{id}/attachments", id)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(token)
        .get("/api/applications/{id}/attachments", id)
        .then()
        .body("size()", equalTo(0));
  }

  @Test
  void aControlCharacterInTheQueryIsRefused() {
    given()
        .auth()
        .oauth2(Applicants.ALICE)
        .urlEncodingEnabled(false)
        .get("/api/applications?limit=5%00")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  /** Every connection of the pool held: a request waits 2 s, then is told to come back. */
  @Test
  void beyondCapacityCreateAnswers503WithRetryAfterNot500() throws Exception {
    List<java.sql.Connection> held = new ArrayList<>();
    try {
      // Take every connection the pool has, as a burst of slow requests would: until the pool
      // has none left to give within its acquisition timeout.
      try {
        while (held.size() < 500) {
          held.add(dataSource.getConnection());
        }
      } catch (java.sql.SQLException exhausted) {
        // The pool is empty now.
      }
      create(freshApplicant(), "{}")
          .statusCode(503)
          .header("Retry-After", equalTo("2"))
          .contentType("application/problem+json");
    } finally {
      for (java.sql.Connection c : held) {
        c.close();
      }
    }
    create(freshApplicant(), "{}").statusCode(201);
  }
}
