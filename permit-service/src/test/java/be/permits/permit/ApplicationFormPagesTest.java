package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The application form's steps, driven as a browser without script would: each step's mistakes
 * beside their fields, every step through to the submit, and a submit that lists what is missing.
 * Alice of Skyway is signed in; her French profile sets the language.
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
class ApplicationFormPagesTest {
  static final String ALICE_API = Applicants.ALICE;

  @Test
  void aStepWithMistakesShowsEachBesideItsFieldAndKeepsTheValidAnswers() {
    ApplicantPages pages = ApplicantPages.open();
    String id = pages.newDraft();

    String html =
        pages
            .post(
                "/applications/" + id + "/edit/organisation",
                Map.of(
                    "organisation.legalName", "Skyway Logistics Belgium SRL",
                    "organisation.ultimateParent", "S".repeat(10_000),
                    "organisation.enterpriseNumber", "0403.170.702",
                    "organisation.countryOfIncorporation", "ZZ",
                    "organisation.nonEuVotingShare", "beaucoup"))
            .response()
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertTrue(html.startsWith("<!DOCTYPE html>"), "an HTML page, not a problem document");
    assertTrue(html.contains("<title>Erreur : Organisation"), "the title says there is an error");
    assertTrue(html.contains("Il y a un problème"), "the summary heads the page");
    assertTrue(
        html.contains("href=\"#f-organisation-enterpriseNumber\""), "summary links the field");
    assertTrue(html.contains("id=\"f-organisation-enterpriseNumber-error\""), "error beside field");
    assertTrue(html.contains("chiffres de contrôle"), "the check digits are named");
    assertTrue(html.contains("Utilisez au plus 200 caractères."), "the length limit is named");
    assertTrue(html.contains("Indiquez un nombre, par exemple 12,5."), "a number is asked for");
    assertTrue(html.contains("Utilisez des codes pays"), "the country is refused");
    assertTrue(html.contains("value=\"0403.170.702\""), "what was typed is shown again");
    assertEquals(4, count(html, "aria-invalid=\"true\""), "each wrong field is marked invalid");
    assertTrue(
        html.contains("Vos autres réponses de l&#39;étape « Organisation » sont enregistrées."),
        "the page says what was saved");

    // The valid answer is kept; the refused ones are not stored.
    given()
        .auth()
        .oauth2(ALICE_API)
        .get("/api/applications/{id}", id)
        .then()
        .statusCode(200)
        .body("organisation.legalName", equalTo("Skyway Logistics Belgium SRL"))
        .body("organisation.enterpriseNumber", nullValue())
        .body("organisation.ultimateParent", nullValue());

    pages
        .post(
            "/applications/" + id + "/edit/organisation",
            Map.of(
                "organisation.legalName", "Skyway Logistics Belgium SRL",
                "organisation.enterpriseNumber", "0403.170.701",
                "organisation.countryOfIncorporation", "BE",
                "organisation.nonEuVotingShare", "100",
                "organisation.ultimateParent", "Skyway Group Holding Ltd",
                "organisation.ultimateParentCountry", "CN"))
        .response()
        .then()
        .statusCode(303)
        .header(
            "Location",
            endsWith("/applications/" + id + "/edit/site?done=saved&saved=organisation"));
    given()
        .get("/applications/" + id + "/edit/site?done=saved&saved=organisation")
        .then()
        .statusCode(200)
        .body(containsString("Vos réponses de l&#39;étape « Organisation » sont enregistrées."));

    // A wrong answer over a stored one keeps the stored one; the other change is saved.
    pages
        .post(
            "/applications/" + id + "/edit/organisation",
            Map.of(
                "organisation.legalName", "Skyway Logistics SRL",
                "organisation.enterpriseNumber", "0403.170.702",
                "organisation.countryOfIncorporation", "BE",
                "organisation.nonEuVotingShare", "100",
                "organisation.ultimateParent", "Skyway Group Holding Ltd",
                "organisation.ultimateParentCountry", "CN"))
        .response()
        .then()
        .statusCode(422)
        .body(containsString("value=\"0403.170.702\""));
    given()
        .auth()
        .oauth2(ALICE_API)
        .get("/api/applications/{id}", id)
        .then()
        .body("organisation.legalName", equalTo("Skyway Logistics SRL"))
        .body("organisation.enterpriseNumber", equalTo("0403170701"))
        .body("organisation.nonEuVotingShare", equalTo(100.0f));
  }

  @Test
  void anApplicationGoesThroughEveryStepWithADocumentAndIsSubmitted() throws Exception {
    ApplicantPages pages = ApplicantPages.open();
    String id = pages.newDraft();
    String edit = "/applications/" + id + "/edit/";
    saved(
        pages.post(
            edit + "organisation",
            Map.of(
                "organisation.legalName", "Skyway Logistics Belgium SRL",
                "organisation.enterpriseNumber", "0403 170 701",
                "organisation.countryOfIncorporation", "BE",
                "organisation.nonEuVotingShare", "49,5",
                "organisation.ultimateParent", "Skyway Group Holding Ltd",
                "organisation.ultimateParentCountry", "CN")),
        edit + "site");
    saved(
        pages.post(
            edit + "site",
            Map.of(
                "site.name", "Liège Airport logistics hub",
                "site.address", "Rue de l'Aéroport 50, 4460 Grâce-Hollogne",
                "site.municipality", "Grâce-Hollogne",
                "site.cadastralParcels", "62032A0101/02\r\n\r\n62032A0102\r\n",
                "site.airsideAccess", "true")),
        edit + "project");
    saved(
        pages.post(
            edit + "project",
            Map.ofEntries(
                Map.entry("project.kind", "EXPANSION"),
                Map.entry("project.currentFloorArea", "30 000"),
                Map.entry("project.requestedFloorArea", "100000"),
                Map.entry("project.heightMetres", "24,5"),
                Map.entry("project.investmentEur", "120000000"),
                Map.entry("project.jobs", "450"),
                Map.entry("project.environmentalClass", "2"),
                Map.entry("project.operatesAroundTheClock", "true"),
                Map.entry("project.hazardousGoods", "false"),
                Map.entry("go", "next"))),
        edit + "data");
    String dataStep = given().get(edit + "data").then().statusCode(200).extract().asString();
    assertTrue(dataStep.contains("Données biométriques"), "categories are named in French");
    saved(
        pages
            .form()
            .formParam("data.dataCategories", "PERSONAL", "CUSTOMS_DECLARATIONS")
            .formParam("data.storageCountries", "be, ie;CN")
            .formParam("data.thirdCountryTransfers", "CN")
            .formParam("data.foreignLawsCompellingAccess", "CN National Intelligence Law, art. 7")
            .formParam("data.certifications", "ISO/IEC 27001")
            .formParam("data.aeoNumber", "beaeof0000123")
            .formParam("data.bondedWarehouse", "true")
            .formParam("data.declarationsPerYear", "2400000")
            .post(edit + "data")
            .then()
            .extract(),
        edit + "systems");
    String systemsStep = given().get(edit + "systems").then().statusCode(200).extract().asString();
    assertTrue(systemsStep.contains("Système 1"), "one empty group to declare the first system");
    assertTrue(systemsStep.contains("Clauses contractuelles types"), "legal bases in French");
    saved(
        pages
            .form()
            .formParam("count", "1")
            .formParam("systems[0].name", "Group trade platform")
            .formParam("systems[0].operator", "Skyway Group Holding Ltd")
            .formParam("systems[0].hostingCountry", "DE")
            .formParam("systems[0].administeredFrom", "cn")
            .formParam("systems[0].remoteAccess", "true")
            .formParam("systems[0].stored.SHIPMENT_TRACKING", "de")
            .formParam("systems[0].transfers.STANDARD_CONTRACTUAL_CLAUSES", "CN")
            .post(edit + "systems")
            .then()
            .extract(),
        edit + "documents");

    // A PNG named .pdf is refused by its content; the page says so beside the file field.
    String refused =
        pages
            .multipart()
            .multiPart("kind", "SITE_PLAN")
            .multiPart("file", "plan.pdf", Documents.PNG, "application/pdf")
            .post(edit + "documents")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertTrue(refused.contains("id=\"f-file-error\""), "the error sits beside the file field");
    assertTrue(refused.contains("reconnus à leur contenu"), "the reason is given");
    pages
        .multipart()
        .multiPart("kind", "SITE_PLAN")
        .multiPart("file", "plan du site.pdf", Documents.PDF, "application/pdf")
        .post(edit + "documents")
        .then()
        .statusCode(303)
        .header("Location", endsWith(edit + "documents?done=uploaded"));
    given()
        .get(edit + "documents")
        .then()
        .statusCode(200)
        .body(containsString("plan du site.pdf"))
        .body(containsString(Documents.sha256(Documents.PDF)));

    given()
        .get(edit + "review")
        .then()
        .statusCode(200)
        .body(not(containsString("Complétez ces éléments")))
        .body(containsString("Extension d&#39;un site existant"))
        .body(containsString("Chine"))
        .body(containsString("62032A0101/02"))
        .body(containsString("Group trade platform"))
        .body(containsString("Suivi des envois: Allemagne"))
        .body(containsString("2\u202f400\u202f000"));

    String location = pages.post(edit + "submit", Map.of()).header("Location");
    assertTrue(location.endsWith("/applications/" + id + "?done=submitted"), location);
    String file =
        given()
            .get("/applications/" + id + "?done=submitted")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String reference =
        given()
            .auth()
            .oauth2(ALICE_API)
            .get("/api/applications/{id}", id)
            .then()
            .body("status", equalTo("SUBMITTED"))
            .body("organisation.nonEuVotingShare", equalTo(49.5f))
            .body("data.storageCountries", equalTo(java.util.List.of("BE", "IE", "CN")))
            .body("data.aeoNumber", equalTo("BEAEOF0000123"))
            .extract()
            .path("reference");
    assertTrue(file.contains("Votre demande a été déposée. Sa référence est " + reference), file);
    assertTrue(file.contains("Déposée"), "the status is shown");

    given()
        .get("/applications")
        .then()
        .statusCode(200)
        .body(containsString(reference))
        .body(containsString("href=\"/applications/" + id + "\""));
  }

  @Test
  void submittingAnIncompleteDraftListsWhatIsMissingAndLeavesItADraft() {
    ApplicantPages pages = ApplicantPages.open();
    String id = pages.newDraft();
    String html =
        pages
            .post("/applications/" + id + "/edit/submit", Map.of())
            .response()
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertTrue(html.contains("Complétez ces éléments avant de déposer"));
    assertTrue(
        html.contains("href=\"/applications/" + id + "/edit/site#f-site-cadastralParcels\""),
        "each gap links to the step that holds it");
    given()
        .auth()
        .oauth2(ALICE_API)
        .get("/api/applications/{id}", id)
        .then()
        .body("status", equalTo("DRAFT"));
  }

  /** The step was saved and the person is sent on to {@code next}, which says it was saved. */
  private static void saved(io.restassured.response.ExtractableResponse<?> response, String next) {
    assertEquals(303, response.statusCode(), () -> response.asString());
    String location = response.header("Location");
    assertTrue(location.contains(next + "?done=saved&saved="), location);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
