package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

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
        .body(containsString("<code>audit.verify</code>"));
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
  @TestSecurity(user = "sam", roles = "reviewer")
  @OidcSecurity(claims = {@Claim(key = "sub", value = "sub-sam")})
  void aReviewerHasNoConsole() {
    given().get("/audit").then().statusCode(403);
  }
}
