package be.permits.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import be.permits.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A caller beyond their allowance is told to slow down (429, Retry-After, the RateLimit fields),
 * and nobody else is slowed by it. The limits are lowered for this test only.
 */
@QuarkusTest
@TestProfile(RateLimitsTest.LowLimits.class)
class RateLimitsTest {
  static final int API_PER_MINUTE = 30;
  static final int PAGES_PER_MINUTE = 20;

  public static class LowLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "rate-limits.api.per-minute", String.valueOf(API_PER_MINUTE),
          "rate-limits.pages.per-minute", String.valueOf(PAGES_PER_MINUTE));
    }
  }

  @Test
  void anApiCallerBeyondTheAllowanceGets429WithRetryAfterAndOthersAreNotSlowed() {
    String eve = TestTokens.withRoles("eve-" + System.nanoTime(), "applicant");
    for (int i = 0; i < API_PER_MINUTE; i++) {
      given()
          .auth()
          .oauth2(eve)
          .get("/api/notifications/unread-count")
          .then()
          .statusCode(200)
          .header("RateLimit-Policy", equalTo("\"api\";q=" + API_PER_MINUTE + ";w=60"))
          .header("RateLimit", matchesPattern("\"api\";r=\\d+;t=\\d+"));
    }
    given()
        .auth()
        .oauth2(eve)
        .get("/api/notifications/unread-count")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", matchesPattern("[1-9][0-9]*"))
        .header("RateLimit", matchesPattern("\"api\";r=0;t=[1-9][0-9]*"))
        .body("status", equalTo(429));

    String frank = TestTokens.withRoles("frank-" + System.nanoTime(), "applicant");
    given().auth().oauth2(frank).get("/api/notifications/unread-count").then().statusCode(200);
  }

  @Test
  @TestSecurity(user = "pagey", roles = "applicant")
  void pagesAreLimitedPerClientAddressWithAPageInThePersonsLanguage() {
    given()
        .header("Accept", "text/html")
        .header("Accept-Language", "nl")
        .get("/inbox")
        .then()
        .statusCode(200)
        .body(containsString("<html lang=\"nl\""));
    int status = 200;
    int sent = 1;
    while (status == 200 && sent <= PAGES_PER_MINUTE + 5) {
      status = given().header("Accept", "text/html").get("/inbox").then().extract().statusCode();
      sent++;
    }
    given()
        .header("Accept", "text/html")
        .header("Accept-Language", "nl")
        .get("/inbox")
        .then()
        .statusCode(429)
        .header("Retry-After", notNullValue())
        .body(containsString("Te veel verzoeken"));
  }
}
