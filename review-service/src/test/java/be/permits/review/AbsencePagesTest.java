package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.review.service.Absences;
import be.permits.support.security.Caller;
import be.permits.support.time.SuiteTime;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The absence and team pages as a browser without script uses them: Lena, the lead of urban
 * planning, Dutch profile, declares an absence with a delegate, sees it, withdraws it, and reads
 * her team's load; a reviewer who is not a lead may not.
 */
@QuarkusTest
@TestSecurity(
    user = "lena",
    roles = {"reviewer", "lead"})
@OidcSecurity(
    claims = {
      @Claim(key = "sub", value = "sub-lena-pages"),
      @Claim(key = "name", value = "Lena Leider"),
      @Claim(key = "agency", value = "urban-planning"),
      @Claim(key = "locale", value = "nl")
    })
class AbsencePagesTest {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern END = Pattern.compile("/desk/absences/([0-9a-f-]{36})/end");

  @Inject MovableClock clock;
  @Inject Absences absences;

  static ValidatableResponse post(String csrf, String path, Map<String, ?> fields) {
    return given()
        .redirects()
        .follow(false)
        .cookie("csrf", csrf)
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParam("csrf", csrf)
        .formParams(fields)
        .post(path)
        .then();
  }

  @Test
  void aLeadDeclaresAnAbsenceWithADelegateThenWithdrawsItAndReadsTheTeam() {
    String delegate = AbsenceTest.reviewer("mia");
    AbsenceTest.known(delegate);
    String page =
        given()
            .get("/desk/absences")
            .then()
            .statusCode(200)
            .body(containsString("<h1>Afwezigheden</h1>"))
            .body(containsString("Een afwezigheid melden"))
            .extract()
            .asString();
    Matcher csrf = CSRF.matcher(page);
    assertTrue(csrf.find(), "the form carries a CSRF token");
    String token = csrf.group(1);

    post(token, "/desk/absences", Map.of("from", "", "to", "", "assignee", ""))
        .statusCode(422)
        .body(containsString("id=\"f-from-error\""))
        .body(containsString("id=\"f-assignee-error\""));
    LocalDate first = SuiteTime.today(clock).plusDays(30);
    post(
            token,
            "/desk/absences",
            Map.of(
                "from",
                first.toString(),
                "to",
                first.plusDays(1).toString(),
                "assignee",
                AbsenceTest.subject("mia")))
        .statusCode(303)
        .header("Location", endsWith("/desk/absences?done=declared"));
    String declared =
        given()
            .get("/desk/absences?done=declared")
            .then()
            .statusCode(200)
            .body(containsString("Uw afwezigheid is gemeld."))
            .body(containsString("Lena Leider"))
            .body(containsString("Gepland"))
            .body(containsString("Intrekken"))
            .body(not(containsString(">sub-")))
            .extract()
            .asString();
    // The same days again: refused, in words.
    post(
            token,
            "/desk/absences",
            Map.of(
                "from",
                first.toString(),
                "to",
                first.toString(),
                "assignee",
                AbsenceTest.subject("mia")))
        .statusCode(409)
        .body(containsString("U hebt al een afwezigheid gemeld"));
    Matcher end = END.matcher(declared);
    assertTrue(end.find(), "her own absence can be withdrawn");
    post(token, "/desk/absences/" + end.group(1) + "/end", Map.of())
        .statusCode(303)
        .header("Location", endsWith("/desk/absences?done=ended"));

    // A colleague's absence: Lena, the lead, may end it too (and only a lead may).
    java.util.UUID colleagues =
        absences.declare(
            new Caller(
                "sub-nina-pages",
                "Nina",
                null,
                "nl",
                Set.of("reviewer"),
                null,
                be.permits.contracts.Agency.URBAN_PLANNING),
            new Absences.Declaration(first, first, AbsenceTest.subject("mia")));
    given()
        .get("/desk/absences")
        .then()
        .statusCode(200)
        .body(containsString("Nina"))
        .body(containsString("/desk/absences/" + colleagues + "/end"));

    given()
        .get("/desk/team")
        .then()
        .statusCode(200)
        .body(containsString("<h1>Uw team</h1>"))
        .body(containsString("Binnen 7 dagen af"))
        .body(not(containsString(">sub-")));
    given()
        .get("/desk")
        .then()
        .statusCode(200)
        .body(containsString("href=\"/desk/absences\""))
        .body(containsString("href=\"/desk/team\""));
  }

  @Test
  @TestSecurity(user = "rob", roles = "reviewer")
  void aReviewerWhoIsNotALeadHasNoTeamPage() {
    given().redirects().follow(false).get("/desk/team").then().statusCode(403);
    given().get("/desk").then().statusCode(200).body(not(containsString("href=\"/desk/team\"")));
  }
}
