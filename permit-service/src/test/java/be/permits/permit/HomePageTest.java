package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomePageTest {

  @Test
  void aBrowserWithoutSessionIsSentToTheLoginOfTheIdentityProvider() {
    given()
        .redirects()
        .follow(false)
        .get("/")
        .then()
        .statusCode(302)
        .header("Location", containsString("response_type=code&client_id=permit-web"))
        .header("Location", containsString("code_challenge_method=S256"))
        .header("Location", containsString("ui_locales=en"));
    given()
        .redirects()
        .follow(false)
        .cookie("lang", "nl")
        .header("Accept-Language", "de")
        .get("/applications")
        .then()
        .statusCode(302)
        .header("Location", containsString("ui_locales=nl"));
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    given()
        .auth()
        .oauth2(TestTokens.applicant("alice", "skyway"))
        .get("/api/applications")
        .then()
        .statusCode(200)
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Content-Security-Policy", containsString("script-src 'self'"))
        .header("X-Content-Type-Options", equalTo("nosniff"));
  }

  @Test
  @io.quarkus.test.security.TestSecurity(user = "sam", roles = "reviewer")
  @io.quarkus.test.security.oidc.OidcSecurity(
      claims = {
        @io.quarkus.test.security.oidc.Claim(key = "sub", value = "sub-sam"),
        @io.quarkus.test.security.oidc.Claim(key = "agency", value = "state-security"),
        @io.quarkus.test.security.oidc.Claim(key = "locale", value = "nl")
      })
  void aPageRefusedByItsRoleCheckSpeaksThePersonsLanguageAndKeepsTheirMenu() {
    String page =
        given()
            .accept("text/html")
            .get("/applications")
            .then()
            .statusCode(403)
            .extract()
            .asString();
    assertTrue(page.contains("<html lang=\"nl\">"), page);
    assertTrue(page.contains("Niet toegestaan") || page.contains("niet toegestaan"), page);
    assertTrue(page.contains("href=\"/desk\">Behandelingsbureau"), "the reviewer's menu");
    assertTrue(!page.contains("href=\"/applications\">"), "no applicant's entry for a reviewer");
    given()
        .accept("text/html")
        .header("Accept-Language", "de")
        .cookie("lang", "fr")
        .get("/applications")
        .then()
        .statusCode(403)
        .body(containsString("Action non permise"));
  }

  @Test
  @io.quarkus.test.security.TestSecurity(user = "alice", roles = "applicant")
  @io.quarkus.test.security.oidc.OidcSecurity(
      claims = {
        @io.quarkus.test.security.oidc.Claim(key = "sub", value = "sub-alice"),
        @io.quarkus.test.security.oidc.Claim(key = "locale", value = "fr")
      })
  void everyPageCarriesTheSameMenuForThePersonsRoles() {
    String page = given().get("/applications").then().statusCode(200).extract().asString();
    assertTrue(
        page.contains("<a href=\"/applications\" aria-current=\"page\">Mes demandes</a>"), page);
    assertTrue(page.contains("<a href=\"/inbox\">Messages</a>"), "messages from every service");
    assertTrue(!page.contains("href=\"/desk\""), "no desk for an applicant");
  }
}
