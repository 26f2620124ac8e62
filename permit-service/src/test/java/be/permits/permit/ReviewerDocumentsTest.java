package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The desk links to an application's documents: reviewers of the agencies that review it open its
 * submitted documents; reviewers of other agencies get 404, as for an application they do not see.
 */
@QuarkusTest
class ReviewerDocumentsTest {
  record Reviewed(String id, String submitted) {}

  /** An application under review by state security, with a submitted document. */
  static Reviewed reviewed() {
    String[] submitted = new String[1];
    Reviews.UnderReview app =
        Reviews.underReview(
            id ->
                submitted[0] =
                    Documents.upload(Reviews.ALICE, id, "SITE_PLAN", "plan.pdf", Documents.PDF)
                        .statusCode(201)
                        .extract()
                        .path("id"));
    return new Reviewed(app.id(), submitted[0]);
  }

  static void awaitDocument(Reviewed app, String document, int status) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                given()
                    .redirects()
                    .follow(false)
                    .get("/applications/{id}/documents/{d}", app.id(), document)
                    .then()
                    .statusCode(status));
  }

  @Test
  @TestSecurity(user = "sam", roles = "reviewer")
  @OidcSecurity(
      claims = {
        @Claim(key = "sub", value = "sub-sam"),
        @Claim(key = "agency", value = "state-security")
      })
  void aReviewerOfAnAgencyThatReviewsOpensItsSubmittedDocuments() {
    Reviewed app = reviewed();
    awaitDocument(app, app.submitted(), 200);
    given()
        .get("/applications/{id}/documents/{d}", app.id(), app.submitted())
        .then()
        .contentType("application/pdf")
        .header("Content-Disposition", org.hamcrest.Matchers.containsString("plan.pdf"));
    given()
        .get("/applications/{id}/documents/{d}", app.id(), java.util.UUID.randomUUID())
        .then()
        .statusCode(404);
    given().get("/applications/{id}", app.id()).then().statusCode(403);
  }

  @Test
  @TestSecurity(user = "chloe", roles = "reviewer")
  @OidcSecurity(
      claims = {
        @Claim(key = "sub", value = "sub-chloe"),
        @Claim(key = "agency", value = "customs")
      })
  void aReviewerOfAnotherAgencyGetsNotFound() {
    Reviewed app = reviewed();
    given()
        .get("/applications/{id}/documents/{d}", app.id(), app.submitted())
        .then()
        .statusCode(404)
        .body(org.hamcrest.Matchers.not(equalTo("")));
  }
}
