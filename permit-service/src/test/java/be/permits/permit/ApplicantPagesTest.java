package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The applicant's dashboard, file, language, withdrawal and deletion pages, driven as a browser
 * without script would: plain form posts, redirects, and the HTML that comes back ({@link
 * ApplicationFormPagesTest} has the form's steps). Alice of Skyway is signed in; her French profile
 * sets the language.
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
}
