package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.support.web.CsrfTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The applicant's pages, driven as a browser without script would: plain form posts, redirects, and
 * the HTML that comes back. Alice of Skyway is signed in; her French profile sets the language.
 */
@QuarkusTest
@TestSecurity(user = "alice", roles = "applicant")
@OidcSecurity(
    claims = {
      @Claim(key = "sub", value = "sub-alice"),
      @Claim(key = "name", value = "Alice Martin"),
      @Claim(key = "email", value = "alice@skyway.example"),
      @Claim(key = "organisation", value = "skyway"),
      @Claim(key = "locale", value = "fr")
    })
class ApplicantPagesRefusalsTest {
  static final String ALICE_API = Applicants.ALICE;

  /**
   * Issue 14, finding 4: a form posted with Alice's session but Bob's CSRF cookie and field (a pair
   * the server really issued to Bob) is refused, as is a matching pair the server never issued.
   */
  @Test
  void aCsrfTokenIssuedToAnotherSessionIsRefused() {
    ApplicantPages pages = ApplicantPages.open();
    CsrfTokens tokens = new CsrfTokens("test-only-session-secret-0123456789abcdef");
    for (String foreign : List.of(tokens.issue("sub-bob|null"), "a".repeat(43))) {
      given()
          .cookie("csrf", foreign)
          .redirects()
          .follow(false)
          .contentType("application/x-www-form-urlencoded; charset=UTF-8")
          .formParam("csrf", foreign)
          .post("/applications/new")
          .then()
          .statusCode(403);
    }
    // Alice's own pair, from her own page, is accepted.
    pages.post("/applications/new", Map.of()).response().then().statusCode(303);
  }

  /**
   * A browser sends the page's origin with every form it posts, unless the page's referrer policy
   * is {@code no-referrer}: then the Origin is {@code null} (Fetch standard), and the CORS filter
   * refuses the form with an empty 403, as Chromium showed. The pages ask for {@code same-origin};
   * a form from the suite's own origin is accepted, from another origin or {@code null} refused.
   */
  @Test
  void formsFromTheSuitesOwnOriginAreAcceptedAndFromAnyOtherRefused() {
    ApplicantPages pages = ApplicantPages.open();
    given()
        .get("/applications")
        .then()
        .statusCode(200)
        .header("Referrer-Policy", equalTo("same-origin"));
    String own = ConfigProvider.getConfig().getValue("quarkus.http.cors.origins", String.class);
    pages.form().header("Origin", own).post("/applications/new").then().statusCode(303);
    for (String other : List.of("https://attacker.example", "null")) {
      pages.form().header("Origin", other).post("/applications/new").then().statusCode(403);
    }
  }

  /** A NUL typed (or pasted) into a page's field is an error beside the field, not a 500. */
  @Test
  void aControlCharacterInAFormFieldIsAnErrorBesideItAndSavesNothing() {
    ApplicantPages pages = ApplicantPages.open();
    String id = pages.newDraft();
    pages
        .post(
            "/applications/" + id + "/edit/organisation",
            Map.of("organisation.legalName", "Sky\u0000way"))
        .response()
        .then()
        .statusCode(422)
        .body(containsString("id=\"f-organisation-legalName-error\""));
    given()
        .auth()
        .oauth2(ALICE_API)
        .get("/api/applications/{id}", id)
        .then()
        .body("organisation.legalName", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void malformedPagesAndFormsGetA4xxAndChangeNothing() {
    ApplicantPages pages = ApplicantPages.open();
    String id = pages.newDraft();
    given().get("/applications/not-a-uuid").then().statusCode(404);
    given().get("/applications/" + id + "/edit/payment").then().statusCode(404);
    pages
        .post("/applications/" + id + "/edit/documents/" + id + "/delete", Map.of())
        .response()
        .then()
        .statusCode(404);
    // A step that holds no fields takes no fields.
    pages.post("/applications/" + id + "/edit/review", Map.of()).response().then().statusCode(404);
    // An unknown choice is a mistake beside its field, not a crash.
    pages
        .post(
            "/applications/" + id + "/edit/project",
            Map.of("project.kind", "CASINO", "project.jobs", "99999999999999999999"))
        .response()
        .then()
        .statusCode(422)
        .body(containsString("id=\"f-project-kind-error\""))
        .body(containsString("id=\"f-project-jobs-error\""));
    // Too many parcels, each too long.
    pages
        .post(
            "/applications/" + id + "/edit/site",
            Map.of("site.cadastralParcels", ("P".repeat(41) + "\n").repeat(60)))
        .response()
        .then()
        .statusCode(422)
        .body(containsString("id=\"f-site-cadastralParcels-error\""));
    // JSON sent to a form: refused by type.
    pages
        .browser()
        .contentType("application/json")
        .body("{\"site.name\": \"x\"}")
        .post("/applications/" + id + "/edit/site")
        .then()
        .statusCode(org.hamcrest.Matchers.anyOf(equalTo(403), equalTo(415)));
    given()
        .auth()
        .oauth2(ALICE_API)
        .get("/api/applications/{id}", id)
        .then()
        .body("project.kind", nullValue())
        .body("site.cadastralParcels.size()", equalTo(0));
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
    ApplicantPages pages = ApplicantPages.open();
    String id = pages.newDraft();
    given()
        .redirects()
        .follow(false)
        .formParam("organisation.legalName", "Forged SA")
        .post("/applications/" + id + "/edit/organisation")
        .then()
        .statusCode(403);
    given()
        .redirects()
        .follow(false)
        .cookie("csrf", "A".repeat(43))
        .formParam("csrf", "B".repeat(43))
        .formParam("organisation.legalName", "Forged SA")
        .post("/applications/" + id + "/edit/organisation")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .redirects()
        .follow(false)
        .cookie("csrf", "A".repeat(43))
        .multiPart("kind", "SITE_PLAN")
        .multiPart("file", "plan.pdf", Documents.PDF, "application/pdf")
        .post("/applications/" + id + "/edit/documents")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(ALICE_API)
        .get("/api/applications/{id}", id)
        .then()
        .body("organisation.legalName", nullValue());
    given()
        .auth()
        .oauth2(ALICE_API)
        .get("/api/applications/{id}/attachments", id)
        .then()
        .body("size()", equalTo(0));
  }

  @Test
  void theCsrfCookieIsSecretToScriptsAndStaysOnThisSite() {
    String setCookie =
        given().get("/applications").then().statusCode(200).extract().header("Set-Cookie");
    assertTrue(setCookie.startsWith("csrf="), setCookie);
    assertTrue(setCookie.toLowerCase(java.util.Locale.ROOT).contains("httponly"), setCookie);
    assertTrue(setCookie.contains("Secure"), setCookie);
    assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
    given()
        .get("/applications")
        .then()
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Content-Security-Policy", not(containsString("unsafe-inline")));
  }

  @Test
  void anotherOrganisationsApplicationIsNotFoundOnAnyPage() {
    String bobs = Applicants.createDraft(Applicants.BOB, Samples.liegeHub());
    ApplicantPages pages = ApplicantPages.open();
    given().get("/applications/" + bobs).then().statusCode(404);
    given().get("/applications/" + bobs + "/edit/site").then().statusCode(404);
    pages
        .post("/applications/" + bobs + "/edit/site", Map.of("site.name", "Taken"))
        .response()
        .then()
        .statusCode(404);
    pages.post("/applications/" + bobs + "/delete", Map.of()).response().then().statusCode(404);
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .get("/api/applications/{id}", bobs)
        .then()
        .statusCode(200)
        .body("site.name", equalTo("Liège Airport logistics hub"));
    given().get("/applications").then().body(not(containsString(bobs)));

    // A browser asking for the page gets a page, in the person's language.
    given()
        .accept("text/html,application/xhtml+xml")
        .get("/applications/" + bobs)
        .then()
        .statusCode(404)
        .contentType("text/html")
        .body(containsString("<h1>Page introuvable</h1>"));
  }
}
