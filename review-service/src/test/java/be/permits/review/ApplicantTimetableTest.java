package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

/**
 * The applicant who submitted the Liège hub reads its whole timetable, each agency's opinion among
 * the milestones, in French; another applicant finds no such page.
 */
@QuarkusTest
class ApplicantTimetableTest {

  @Test
  @TestSecurity(user = "alice", roles = "applicant")
  @OidcSecurity(
      claims = {@Claim(key = "sub", value = "sub-alice"), @Claim(key = "locale", value = "fr")})
  void theApplicantReadsEveryMilestoneWithEachAgencysOpinion() {
    String reference = InquiryTest.hubUnderInquiry().application().reference();
    given()
        .get("/timetables/" + reference + "/mine?lang=fr")
        .then()
        .statusCode(200)
        .body(containsString("Dossier reçu"))
        .body(containsString("Avis : Sûreté de l&#39;État"))
        .body(containsString("Avis : Douanes"))
        .body(containsString("href=\"/timetables/" + reference + "\""));
  }

  @Test
  @TestSecurity(user = "mallory", roles = "applicant")
  @OidcSecurity(claims = {@Claim(key = "sub", value = "sub-mallory")})
  void anotherApplicantFindsNoSuchPage() {
    String reference = InquiryTest.hubUnderInquiry().application().reference();
    given().get("/timetables/" + reference + "/mine").then().statusCode(404);
    given().get("/timetables/" + reference).then().statusCode(200);
  }
}
