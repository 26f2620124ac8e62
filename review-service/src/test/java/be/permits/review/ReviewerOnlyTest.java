package be.permits.review;

import static io.restassured.RestAssured.given;

import be.permits.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every reviewer endpoint refuses an applicant (403) and a caller without a token (401). */
@QuarkusTest
class ReviewerOnlyTest {
  static final String CASE = UUID.randomUUID().toString();
  static final String STEP = UUID.randomUUID().toString();

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET, /api/cases",
    "GET, /api/cases/reviewers",
    "GET, /api/cases/{case}",
    "GET, /api/cases/{case}/notes",
    "POST, /api/cases/{case}/notes",
    "POST, /api/cases/{case}/steps/{step}/claim",
    "POST, /api/cases/{case}/steps/{step}/release",
    "POST, /api/cases/{case}/steps/{step}/assign",
    "POST, /api/cases/{case}/steps/{step}/interest",
    "POST, /api/cases/{case}/steps/{step}/decision",
    "POST, /api/cases/{case}/steps/{step}/confirm",
    "GET, /api/admin/routing-rules"
  })
  void anApplicantIsForbiddenAndAnonymousIsUnauthorised(String method, String template) {
    String path = template.replace("{case}", CASE).replace("{step}", STEP);
    given()
        .auth()
        .oauth2(TestTokens.applicant("alice", "skyway"))
        .contentType("application/json")
        .body("{}")
        .request(method, path)
        .then()
        .statusCode(403);
    given().contentType("application/json").body("{}").request(method, path).then().statusCode(401);
  }
}
