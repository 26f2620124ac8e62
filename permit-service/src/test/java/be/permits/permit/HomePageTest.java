package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

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
        .header("Location", containsString("code_challenge_method=S256"));
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
}
