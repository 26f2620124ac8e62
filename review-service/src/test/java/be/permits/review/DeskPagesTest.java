package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.review.Cases.OpenCase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The agency desk as a browser without script uses it: Ursula of urban planning, French profile,
 * claims a step, is stopped until she declares no conflict of interest, decides, writes notes.
 */
@QuarkusTest
@TestSecurity(user = "ursula", roles = "reviewer")
@OidcSecurity(
    claims = {
      @Claim(key = "sub", value = "sub-ursula"),
      @Claim(key = "name", value = "Ursula Urbain"),
      @Claim(key = "agency", value = "urban-planning"),
      @Claim(key = "locale", value = "fr")
    })
class DeskPagesTest {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  static String csrf(OpenCase c) {
    Matcher m =
        CSRF.matcher(
            given().get("/desk/cases/" + c.caseId()).then().statusCode(200).extract().asString());
    assertTrue(m.find(), "the desk's forms carry a CSRF token");
    return m.group(1);
  }

  static ValidatableResponse post(String token, String path, Map<String, ?> fields) {
    return given()
        .redirects()
        .follow(false)
        .cookie("csrf", token)
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParam("csrf", token)
        .formParams(fields)
        .post(path)
        .then();
  }

  @Test
  void aReviewerClaimsDeclaresAndDecidesOnTheDesk() {
    OpenCase c = Cases.localWarehouse();
    String token = csrf(c);
    String casePage = "/desk/cases/" + c.caseId();
    String step = casePage + "/steps/" + c.stepId();

    // Found by its reference: the other tests' cases may fill the first page of the queue.
    given()
        .get("/desk?q=" + c.submission().reference())
        .then()
        .statusCode(200)
        .body(containsString("File de : Commune, urbanisme"))
        .body(containsString(c.submission().reference()));
    given()
        .get(casePage)
        .then()
        .statusCode(200)
        .body(containsString("Dossier " + c.submission().reference()))
        .body(containsString("Prendre l&#39;étape"));

    post(token, step + "/claim", Map.of())
        .statusCode(303)
        .header("Location", containsString(casePage));
    post(token, step + "/decision", Map.of("outcome", "APPROVE"))
        .statusCode(409)
        .body(containsString("Cela n&#39;a pas été fait"))
        .body(containsString("Déclarez n&#39;avoir aucun conflit d&#39;intérêts"));
    post(token, step + "/interest", Map.of("conflict", "false")).statusCode(303);
    given()
        .get(casePage)
        .then()
        .body(containsString("Vous avez déclaré n&#39;avoir aucun conflit"));
    post(token, step + "/decision", Map.of("outcome", "APPROVE_WITH_CONDITIONS", "conditions", " "))
        .statusCode(422)
        .body(containsString("id=\"f-conditions-error\""));
    post(token, step + "/decision", Map.of("outcome", "MAYBE"))
        .statusCode(422)
        .body(containsString("id=\"f-outcome-error\""));
    post(
            token,
            step + "/decision",
            Map.of("outcome", "APPROVE_WITH_CONDITIONS", "conditions", "Green roof.\nBike racks."))
        .statusCode(303);
    given()
        .auth()
        .oauth2(Cases.URBAN_PLANNING)
        .get("/api/cases/{id}", c.caseId())
        .then()
        .body("myStep.status", equalTo("DECIDED"))
        .body("myStep.conditions", equalTo(java.util.List.of("Green roof.", "Bike racks.")));
  }

  @Test
  void aClassifiedNoteStaysWithItsAgencyAndFormsNeedTheirToken() {
    OpenCase c = AgencyWorkTest.liegeHub();
    String token = csrf(c);
    String notes = "/desk/cases/" + c.caseId() + "/notes";
    post(token, notes, Map.of("text", "Le bourgmestre est actionnaire.", "visibility", "AGENCY"))
        .statusCode(303);
    post(token, notes, Map.of("text", "x", "visibility", "PUBLIC")).statusCode(422);
    given()
        .redirects()
        .follow(false)
        .formParam("text", "forged")
        .formParam("visibility", "APPLICANT")
        .post(notes)
        .then()
        .statusCode(403);
    given()
        .get("/desk/cases/" + c.caseId())
        .then()
        .body(containsString("Le bourgmestre est actionnaire."))
        .body(not(containsString("forged")));
    given()
        .auth()
        .oauth2(Cases.STATE_SECURITY)
        .get("/api/cases/{id}/notes", c.caseId())
        .then()
        .body("text", not(org.hamcrest.Matchers.hasItem("Le bourgmestre est actionnaire.")));
  }

  @Test
  void whatChangedSinceMyAgencyAskedIsShownInWordsNotJson() {
    OpenCase c = Cases.localWarehouse();
    Cases.act(Cases.URSULA, c, c.stepId(), "claim").statusCode(200);
    var request =
        Cases.requestInformation(
            Cases.URSULA, c, c.stepId(), java.time.LocalDate.now().plusDays(20));
    Submissions revised = Submissions.localWarehouse();
    revised.revision = 2;
    revised.requestedFloorArea = 4_000;
    revised.storageCountries = java.util.List.of("BE", "NL");
    revised.airside = true;
    Cases.answer(c, request, revised);

    String page =
        given().get("/desk/cases/" + c.caseId()).then().statusCode(200).extract().asString();
    String changes =
        page.substring(page.indexOf("id=\"changes\""), page.indexOf("id=\"application\""));
    assertTrue(changes.contains("<th scope=\"row\">Superficie demandée</th>"), changes);
    assertTrue(changes.contains(">5\u202f000 m²<"), "the value before, in French: " + changes);
    assertTrue(changes.contains(">4\u202f000 m²<"), "the value after");
    assertTrue(changes.contains("<li>Belgique</li><li>Pays-Bas</li>"), "a list, by country name");
    assertTrue(changes.contains(">Non<") && changes.contains(">Oui<"), "yes and no, in French");
    assertTrue(changes.contains("Site plan.pdf (Plan du site"), "a changed document by its name");
    assertEquals(List.of(), be.permits.testsupport.ReadablePage.problems(page), "no raw data");
  }

  @Test
  @TestSecurity(user = "alice", roles = "applicant")
  @OidcSecurity(claims = {@Claim(key = "sub", value = "sub-alice")})
  void anApplicantHasNoDesk() {
    given().get("/desk").then().statusCode(403);
  }

  @Test
  @TestSecurity(user = "zoe", roles = "reviewer")
  @OidcSecurity(
      claims = {@Claim(key = "sub", value = "sub-zoe"), @Claim(key = "agency", value = "customs")})
  void anotherAgencysCaseIsNotFound() {
    OpenCase c = Cases.localWarehouse();
    given().get("/desk/cases/" + c.caseId()).then().statusCode(404);
  }
}
