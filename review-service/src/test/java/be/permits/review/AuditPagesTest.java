package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

/** The auditor console: search, verification and export, in the auditor's language. */
@QuarkusTest
@TestSecurity(user = "audrey", roles = "auditor")
@OidcSecurity(
    claims = {@Claim(key = "sub", value = "sub-audrey"), @Claim(key = "locale", value = "fr")})
class AuditPagesTest {

  @Test
  void anAuditorSearchesVerifiesAndExports() {
    given()
        .get("/audit")
        .then()
        .statusCode(200)
        .body(containsString("<h1>Registre d&#39;audit</h1>"));
    given()
        .get("/audit/verify")
        .then()
        .statusCode(200)
        .body(containsString("La chaîne est intacte"));
    given()
        .get("/audit?action=audit.verify&actor=sub-audrey")
        .then()
        .statusCode(200)
        .body(containsString(">Chaîne vérifiée</td>"));
    given()
        .get("/audit?agency=SECRET-POLICE")
        .then()
        .statusCode(422)
        .body(containsString("id=\"f-agency-error\""));
    given()
        .get("/audit/export?format=csv")
        .then()
        .statusCode(200)
        .body(startsWith("seq,recordedAt,"))
        .body(containsString("#seal,"));
  }

  @Test
  void anAuditorFindsAPersonByNameReadsWhatHappenedInWordsAndExportsOneApplication() {
    Cases.OpenCase c = Cases.localWarehouse();
    Cases.act(Cases.URSULA, c, c.stepId(), "claim").statusCode(200);
    Cases.decide(Cases.URSULA, c, c.stepId(), java.util.Map.of("outcome", "APPROVE"))
        .statusCode(200);
    String reference = c.submission().reference();
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(
            () ->
                given()
                    .get("/audit/applications/{id}", c.submission().applicationId())
                    .then()
                    .extract()
                    .asString()
                    .contains("Étape décidée"));
    String timeline =
        given()
            .get("/audit/applications/{id}", c.submission().applicationId())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(timeline.contains("<h1>Historique de " + reference + "</h1>"), timeline);
    assertTrue(timeline.contains("Ursula (examinateur, Commune, urbanisme)"), "who, by name");
    assertTrue(
        timeline.contains("Une personne non nommée dans la plateforme (demandeur)"),
        "an actor the suite cannot name (this test publishes as test-actor) is not shown by id");
    assertEquals(java.util.List.of(), be.permits.testsupport.ReadablePage.problems(timeline));

    String found =
        given()
            .queryParam("actor", "ursu")
            .queryParam("action", "review.step-decided.v1")
            .queryParam("agency", "URBAN_PLANNING")
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(found.contains(">" + reference + "</a>"), "found by part of a name");
    assertTrue(found.contains("<option value=\"URBAN_PLANNING\" selected>"), "agencies listed");
    assertEquals(java.util.List.of(), be.permits.testsupport.ReadablePage.problems(found));

    given()
        .queryParam("from", "2026-12-10")
        .queryParam("to", "2026-12-01")
        .get("/audit")
        .then()
        .statusCode(422)
        .body(containsString("id=\"f-to-error\""))
        .body(containsString("postérieur au premier jour"));

    String extract =
        given()
            .get("/audit/applications/{id}/export", c.submission().applicationId())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String[] lines = extract.strip().split("\n");
    assertTrue(lines.length >= 3, extract);
    assertTrue(
        lines[lines.length - 1].contains(
            "\"extractOf\":\"" + c.submission().applicationId() + "\""),
        "says what it holds");
    for (int i = 0; i < lines.length - 1; i++) {
      assertTrue(
          lines[i].contains("\"applicationId\":\"" + c.submission().applicationId() + "\""),
          "only this application: " + lines[i]);
    }
  }

  @Test
  @TestSecurity(user = "sam", roles = "reviewer")
  @OidcSecurity(claims = {@Claim(key = "sub", value = "sub-sam")})
  void aReviewerHasNoConsole() {
    given().get("/audit").then().statusCode(403);
  }
}
