package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.Map;
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
class ApplicantPagesTest {
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
            .formParam("data.systems", "Warehouse management\nCustoms brokerage")
            .formParam("data.dataCategories", "PERSONAL", "CUSTOMS_DECLARATIONS")
            .formParam("data.storageCountries", "be, ie;CN")
            .formParam("data.thirdCountryTransfers", "CN")
            .formParam("data.foreignLawsCompellingAccess", "CN National Intelligence Law, art. 7")
            .formParam("data.certifications", "ISO/IEC 27001")
            .formParam("data.aeoNumber", "beaeof0000123")
            .formParam("data.bondedWarehouse", "true")
            .post(edit + "data")
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
        .body(containsString("62032A0101/02"));

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

  @Test
  @TestSecurity(user = "zoe", roles = "applicant")
  @OidcSecurity(
      claims = {
        @Claim(key = "sub", value = "sub-zoe"),
        @Claim(key = "name", value = "Zoé Lemaire"),
        @Claim(key = "email", value = "zoe@lemaire-freight.example"),
        @Claim(key = "organisation", value = "lemaire-freight"),
        @Claim(key = "locale", value = "fr")
      })
  void theDashboardSortsByLastChangeByStartOrByReference() {
    ApplicantPages pages = ApplicantPages.open();
    String first = pages.newDraft();
    String second = pages.newDraft();

    String byChange = given().get("/applications").then().statusCode(200).extract().asString();
    assertTrue(byChange.indexOf(second) < byChange.indexOf(first), "last changed first");
    assertTrue(byChange.contains("<option value=\"CHANGED\" selected>"), "the order is shown");
    String byStart =
        given().get("/applications?sort=OLDEST").then().statusCode(200).extract().asString();
    assertTrue(byStart.indexOf(first) < byStart.indexOf(second), "oldest first");
    assertTrue(byStart.contains("Date de début, la plus ancienne d&#39;abord"), "named in French");
    given()
        .get("/applications?sort=REFERENCE&q=%25")
        .then()
        .statusCode(200)
        .body(containsString("<option value=\"REFERENCE\" selected>"));
    // An order the page does not offer falls back to the usual one.
    given()
        .get("/applications?sort=DROP%20TABLE")
        .then()
        .statusCode(200)
        .body(containsString("<option value=\"CHANGED\" selected>"));
  }

  @Test
  void theLanguageFollowsTheProfileAndCanBeSwitched() {
    given().get("/applications").then().body(containsString("<h1>Vos demandes</h1>"));
    given()
        .get("/applications?lang=nl")
        .then()
        .body(containsString("<html lang=\"nl\">"))
        .body(containsString("<h1>Uw aanvragen</h1>"))
        .header("Set-Cookie", containsString("lang=nl"));
    given()
        .cookie("lang", "de")
        .get("/applications")
        .then()
        .body(containsString("<h1>Ihre Anträge</h1>"));
  }

  @Test
  @TestSecurity(user = "carl", roles = "applicant")
  @OidcSecurity(
      claims = {
        @Claim(key = "sub", value = "sub-carl"),
        @Claim(key = "organisation", value = "skyway")
      })
  void withoutAProfileLanguageTheBrowsersLanguageIsSpoken() {
    given()
        .header("Accept-Language", "it-IT, de;q=0.8, en;q=0.5")
        .get("/applications")
        .then()
        .body(containsString("<h1>Ihre Anträge</h1>"));
    given()
        .header("Accept-Language", "ja")
        .get("/applications")
        .then()
        .body(containsString("<h1>Your applications</h1>"));
  }

  @Test
  void theFileShowsTheOpenRequestAndTakesTheAnswerWithADocument() {
    Reviews.UnderReview app = Reviews.underReview();
    Reviews.requestInformation(app, Agency.STATE_SECURITY);
    String fileUrl = "/applications/" + app.id();
    given()
        .get(fileUrl)
        .then()
        .statusCode(200)
        .body(containsString("Sûreté de l&#39;État demande des informations complémentaires"))
        .body(containsString("Which group entities can reach the warehouse management system?"));

    ApplicantPages pages = ApplicantPages.open();
    String requestsUrl =
        given()
            .auth()
            .oauth2(ALICE_API)
            .get("/api/applications/{id}/information-requests", app.id())
            .then()
            .extract()
            .path("[0].id");
    String answerUrl = fileUrl + "/requests/" + requestsUrl + "/answer";
    pages
        .multipart()
        .multiPart("answer", " ")
        .post(answerUrl)
        .then()
        .statusCode(422)
        .body(containsString("id=\"f-answer-error\""));
    // A PNG named .pdf: the answer is not sent, and the page says why beside the file field.
    pages
        .multipart()
        .multiPart("answer", "Only the Belgian entity; see the access matrix.")
        .multiPart("kind", "OTHER")
        .multiPart("file", "access matrix.pdf", Documents.PNG, "application/pdf")
        .post(answerUrl)
        .then()
        .statusCode(422)
        .body(containsString("id=\"f-file-error\""))
        .body(containsString("reconnus à leur contenu"));
    given()
        .auth()
        .oauth2(ALICE_API)
        .get("/api/applications/{id}/information-requests", app.id())
        .then()
        .body("[0].answerRevision", org.hamcrest.Matchers.nullValue());
    pages
        .multipart()
        .multiPart("answer", "Only the Belgian entity; see the access matrix.")
        .multiPart("kind", "OTHER")
        .multiPart("file", "access matrix.pdf", Documents.PDF, "application/pdf")
        .post(answerUrl)
        .then()
        .statusCode(303)
        .header("Location", endsWith(fileUrl + "?done=answered"));

    Reviews.awaitStatus(app.id(), "UNDER_REVIEW");
    given()
        .get(fileUrl + "?done=answered")
        .then()
        .body(containsString("Votre réponse a été envoyée à l&#39;administration."))
        .body(containsString("Vous avez répondu (révision 2)"))
        .body(containsString("Only the Belgian entity; see the access matrix."))
        .body(containsString("access matrix.pdf"))
        .body(not(containsString("Envoyer la réponse")));
  }

  @Test
  void aWithdrawalNeedsAReasonAndThenShowsIt() {
    String id = Applicants.createDraft(ALICE_API, Samples.liegeHub());
    Applicants.submit(ALICE_API, id);
    ApplicantPages pages = ApplicantPages.open();
    pages
        .post("/applications/" + id + "/withdraw", Map.of("reason", "   "))
        .response()
        .then()
        .statusCode(422)
        .body(containsString("id=\"f-reason-error\""));
    given()
        .auth()
        .oauth2(ALICE_API)
        .get("/api/applications/{id}", id)
        .then()
        .body("status", equalTo("SUBMITTED"));
    // Withdrawing is final: the page asks first, and nothing changes until it is confirmed.
    pages
        .post(
            "/applications/" + id + "/withdraw", Map.of("reason", "The group chose another site."))
        .response()
        .then()
        .statusCode(200)
        .body(containsString("Retirer cette demande ?"))
        .body(containsString("name=\"confirmed\" value=\"yes\""));
    given()
        .auth()
        .oauth2(ALICE_API)
        .get("/api/applications/{id}", id)
        .then()
        .body("status", equalTo("SUBMITTED"));
    pages
        .post(
            "/applications/" + id + "/withdraw",
            Map.of("reason", "The group chose another site.", "confirmed", "yes"))
        .response()
        .then()
        .statusCode(303)
        .header("Location", endsWith("/applications/" + id + "?done=withdrawn"));
    given()
        .get("/applications/" + id + "?done=withdrawn")
        .then()
        .body(containsString("Votre demande est retirée"))
        .body(containsString("Retirée"))
        .body(containsString("The group chose another site."))
        .body(not(containsString("Retirer la demande")));
  }

  @Test
  void deletingADraftOrOneOfItsDocumentsIsConfirmedFirst() {
    ApplicantPages pages = ApplicantPages.open();
    String id = pages.newDraft();
    pages
        .multipart()
        .multiPart("kind", "SITE_PLAN")
        .multiPart("file", "plan.pdf", Documents.PDF, "application/pdf")
        .post("/applications/" + id + "/edit/documents")
        .then()
        .statusCode(303);
    String documentId =
        given()
            .auth()
            .oauth2(ALICE_API)
            .get("/api/applications/{id}/attachments", id)
            .then()
            .statusCode(200)
            .extract()
            .path("[0].id");
    String removeDocument = "/applications/" + id + "/edit/documents/" + documentId + "/delete";
    pages
        .post(removeDocument, Map.of())
        .response()
        .then()
        .statusCode(200)
        .body(containsString("Retirer plan.pdf ?"));
    given().get("/applications/" + id + "/edit/documents").then().body(containsString("plan.pdf"));
    pages
        .post(removeDocument, Map.of("confirmed", "yes"))
        .response()
        .then()
        .statusCode(303)
        .header("Location", endsWith("/edit/documents?done=document-deleted"));
    given()
        .get("/applications/" + id + "/edit/documents?done=document-deleted")
        .then()
        .body(containsString("Le document est retiré du brouillon."))
        .body(not(containsString("plan.pdf")));

    pages
        .post("/applications/" + id + "/delete", Map.of())
        .response()
        .then()
        .statusCode(200)
        .body(containsString("Supprimer ce brouillon ?"));
    given().auth().oauth2(ALICE_API).get("/api/applications/{id}", id).then().statusCode(200);
    pages
        .post("/applications/" + id + "/delete", Map.of("confirmed", "yes"))
        .response()
        .then()
        .statusCode(303)
        .header("Location", endsWith("/applications?done=deleted"));
    given()
        .get("/applications?done=deleted")
        .then()
        .body(containsString("Le brouillon est supprimé."));
    given().auth().oauth2(ALICE_API).get("/api/applications/{id}", id).then().statusCode(404);
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
