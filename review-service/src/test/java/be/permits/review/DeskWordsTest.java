package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewProposalReturned;
import be.permits.review.Cases.OpenCase;
import be.permits.testsupport.ReadablePage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The desk as a reviewer reads it: the application in words, requests for information as threads,
 * four eyes that can say no, the deciding authority adopting conditions, and a word after every
 * action. Each page is also read by {@link ReadablePage}: no id, enum constant, JSON, {@code null}
 * or English sentence on a French page.
 */
@QuarkusTest
@TestSecurity(user = "ursula", roles = "reviewer")
@OidcSecurity(
    claims = {
      @Claim(key = "sub", value = "ursula"),
      @Claim(key = "name", value = "Ursula Urbain"),
      @Claim(key = "agency", value = "urban-planning"),
      @Claim(key = "locale", value = "fr")
    })
class DeskWordsTest {

  static String page(OpenCase c, String lang) {
    return page(c, lang, "");
  }

  /** The case page as the redirect after an action shows it, saying what was {@code done}. */
  static String page(OpenCase c, String lang, String done) {
    String html =
        given()
            .queryParam("lang", lang)
            .queryParam("done", done)
            .get("/desk/cases/" + c.caseId())
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals(List.of(), ReadablePage.problems(html), "what the reader sees in " + lang);
    return html;
  }

  @Test
  void theApplicationReadsInTheReadersWordsInEveryLanguage() {
    OpenCase c = AgencyWorkTest.liegeHub();
    String fr = page(c, "fr");
    assertTrue(fr.contains("0403.170.701"), "the enterprise number as the CBE writes it");
    assertTrue(fr.contains("100\u00a0%") || fr.contains("100\u202f%"), "a percentage in French");
    assertTrue(fr.contains("<li>Allemagne</li><li>Irlande</li>"), "countries, listed");
    assertTrue(fr.contains("Extension d&#39;un site existant"), "the kind of project by its label");
    assertTrue(fr.contains("Suivi des envois"), "the data categories");
    assertTrue(fr.contains("Tout permis de bâtir requiert"), "the routing reason in French");
    assertTrue(
        fr.contains("href=\"/applications/" + c.submission().applicationId() + "/documents/"));
    String nl = page(c, "nl");
    assertTrue(nl.contains("<li>Duitsland</li><li>Ierland</li>"), nl);
    assertTrue(nl.contains("Elke bouwvergunning vereist"), "the routing reason in Dutch");
    String de = page(c, "de");
    assertTrue(de.contains("Jede Baugenehmigung erfordert"), "the routing reason in German");
    assertTrue(de.contains("5.000.000\u00a0€"), "an amount in German");
    String en = page(c, "en");
    assertTrue(en.contains("100%") && en.contains("€5,000,000"), "English numbers");
  }

  @Test
  void aRequestForInformationIsAThreadWithItsQuestionsDueDateAnswerAndDocuments() {
    OpenCase c = Cases.localWarehouse();
    Cases.act(Cases.URSULA, c, c.stepId(), "claim").statusCode(200);
    LocalDate due = LocalDate.now().plusDays(20);
    var request = Cases.requestInformation(Cases.URSULA, c, c.stepId(), due);
    String waiting = page(c, "fr");
    assertTrue(waiting.contains("Parking plan?"), "the questions stay on the desk");
    assertTrue(waiting.contains("En attente de la réponse du demandeur"), waiting);

    Submissions revised = Submissions.localWarehouse();
    revised.revision = 2;
    revised.documents =
        List.of(
            c.submission().documents().get(0),
            Submissions.document("Plan de stationnement.pdf", "OTHER", 2));
    Cases.answer(c, request, revised);
    String answered = page(c, "fr");
    assertTrue(answered.contains("Plan attached; the hall is smaller."), "the applicant's answer");
    assertTrue(answered.contains("Documents joints à la réponse"), answered);
    assertTrue(
        answered.contains(
            "/documents/" + revised.documents.get(1).id() + "\">Plan de stationnement.pdf"),
        "the answer's document opens from the thread");
    assertTrue(!answered.contains("En attente de la réponse"), "no longer waiting");
  }

  @Test
  @TestSecurity(user = "sofia", roles = "reviewer")
  @OidcSecurity(
      claims = {
        @Claim(key = "sub", value = "sofia"),
        @Claim(key = "name", value = "Sofia Sûreté"),
        @Claim(key = "agency", value = "state-security"),
        @Claim(key = "locale", value = "fr")
      })
  void aConfirmerSeesTheWholeProposalAndReturnsItWithAReason() {
    OpenCase c = AgencyWorkTest.liegeHub();
    UUID step = AgencyWorkTest.stepOf(c, Cases.STATE_SECURITY);
    Cases.act(Cases.STATE_SECURITY, c, step, "claim").statusCode(200);
    Cases.decide(
            Cases.STATE_SECURITY,
            c,
            step,
            Map.of(
                "outcome",
                "APPROVE_WITH_CONDITIONS",
                "conditions",
                List.of("Les journaux restent dans l'UE.")))
        .statusCode(200)
        .body("status", equalTo("PROPOSED"));
    String token = DeskPagesTest.csrf(c);
    String stepPath = "/desk/cases/" + c.caseId() + "/steps/" + step;
    DeskPagesTest.post(token, stepPath + "/interest", Map.of("conflict", "false")).statusCode(303);

    String proposal = page(c, "fr");
    assertTrue(proposal.contains("Proposé par Sam, à confirmer ou à renvoyer"), proposal);
    assertTrue(proposal.contains("<li>Les journaux restent dans l&#39;UE.</li>"), "its conditions");

    DeskPagesTest.post(token, stepPath + "/return", Map.of("returnReason", " "))
        .statusCode(422)
        .body(containsString("id=\"f-returnReason-error\""));
    DeskPagesTest.post(
            token, stepPath + "/return", Map.of("returnReason", "Nommez l'hébergeur des serveurs."))
        .statusCode(303)
        .header("Location", containsString("?done=returned"));
    String returned = page(c, "fr", "returned");
    assertTrue(returned.contains("La proposition est renvoyée à son auteur"), "a word after it");

    given()
        .auth()
        .oauth2(Cases.STATE_SECURITY)
        .get("/api/cases/{id}", c.caseId())
        .then()
        .body("myStep.status", equalTo("OPEN"))
        .body("myStep.assignee", equalTo("sub-sam"))
        .body("myStep.returned.byName", equalTo("Sofia Sûreté"))
        .body("myStep.returned.reason", equalTo("Nommez l'hébergeur des serveurs."))
        .body("myStep.returned.conditions", equalTo(List.of("Les journaux restent dans l'UE.")));
    ReviewProposalReturned event =
        Cases.awaitEvent(
            c.submission().applicationId(),
            EventType.REVIEW_PROPOSAL_RETURNED,
            ReviewProposalReturned.class);
    assertEquals("sub-sam", event.proposedBy());
    assertEquals("sofia", event.returnedBy());
  }

  @Test
  @TestSecurity(user = "diane", roles = "reviewer")
  @OidcSecurity(
      claims = {
        @Claim(key = "sub", value = "diane"),
        @Claim(key = "name", value = "Diane Décision"),
        @Claim(key = "agency", value = "deciding-authority"),
        @Claim(key = "locale", value = "fr")
      })
  void theDecidingAuthorityAdoptsAnAgencysConditionsWithoutRetypingThem() {
    OpenCase c = Cases.localWarehouse();
    Cases.act(Cases.URSULA, c, c.stepId(), "claim").statusCode(200);
    Cases.decide(
            Cases.URSULA,
            c,
            c.stepId(),
            Map.of("outcome", "APPROVE_WITH_CONDITIONS", "conditions", List.of("Toiture verte.")))
        .statusCode(200);
    UUID decision = AgencyWorkTest.stepOf(c, Cases.DIANE);
    String token = DeskPagesTest.csrf(c);
    String stepPath = "/desk/cases/" + c.caseId() + "/steps/" + decision;
    DeskPagesTest.post(token, stepPath + "/claim", Map.of()).statusCode(303);
    DeskPagesTest.post(token, stepPath + "/interest", Map.of("conflict", "false")).statusCode(303);
    String page = page(c, "fr");
    assertTrue(page.contains("Commune, urbanisme : Toiture verte."), "the condition to adopt");
    assertTrue(
        !page.contains("un second examinateur de votre autorité confirme"),
        "no four-eyes hint here");

    DeskPagesTest.post(
            token,
            stepPath + "/decision",
            Map.of(
                "outcome", "APPROVE_WITH_CONDITIONS", "adopt", "c1", "conditions", "Bornes vélo."))
        .statusCode(303);
    given()
        .auth()
        .oauth2(Cases.DIANE)
        .get("/api/cases/{id}", c.caseId())
        .then()
        .body("myStep.status", equalTo("DECIDED"))
        .body("myStep.conditions", equalTo(List.of("Toiture verte.", "Bornes vélo.")));
  }

  @Test
  void aRecusalIsConfirmedFirstAndEveryActionSaysWhatItDid() {
    OpenCase c = Cases.localWarehouse();
    String token = DeskPagesTest.csrf(c);
    String stepPath = "/desk/cases/" + c.caseId() + "/steps/" + c.stepId();
    DeskPagesTest.post(token, stepPath + "/claim", Map.of())
        .statusCode(303)
        .header("Location", containsString("?done=claimed"));
    assertTrue(page(c, "fr", "claimed").contains("Vous traitez désormais cette étape."));
    given()
        .queryParam("done", "<script>")
        .get("/desk/cases/" + c.caseId())
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.not(containsString("&lt;script")));

    DeskPagesTest.post(
            token, stepPath + "/interest", Map.of("conflict", "true", "reason", "Mon beau-frère."))
        .statusCode(200)
        .body(containsString("Une récusation est définitive"));
    given()
        .auth()
        .oauth2(Cases.URSULA)
        .get("/api/cases/{id}", c.caseId())
        .then()
        .body("myStep.assignee", equalTo("ursula"));
    DeskPagesTest.post(
            token,
            stepPath + "/interest",
            Map.of("conflict", "true", "reason", "Mon beau-frère.", "confirmed", "yes"))
        .statusCode(303)
        .header("Location", containsString("?done=recused"));
    given()
        .auth()
        .oauth2(Cases.URSULA)
        .get("/api/cases/{id}", c.caseId())
        .then()
        .body("myStep.assignee", org.hamcrest.Matchers.nullValue());
  }

  @Test
  void aRefusalIsWrittenInTheReadersLanguage() {
    OpenCase c = Cases.localWarehouse();
    String token = DeskPagesTest.csrf(c);
    String stepPath = "/desk/cases/" + c.caseId() + "/steps/" + c.stepId();
    DeskPagesTest.post(token, stepPath + "/claim", Map.of()).statusCode(303);
    DeskPagesTest.post(token, stepPath + "/decision?lang=nl", Map.of("outcome", "APPROVE"))
        .statusCode(409)
        .body(containsString("Verklaar dat u geen belangenconflict hebt"));
  }

  @Test
  void theQueueIsSearchedSortedAndPagedAndSaysHowManyCasesMatch() {
    OpenCase wanted = Cases.localWarehouse();
    String reference = wanted.submission().reference();
    String found =
        given()
            .queryParam("q", reference.toLowerCase(java.util.Locale.ROOT))
            .get("/desk")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(found.contains(">Un dossier.<"), found);
    assertTrue(found.contains(">" + reference + "</a>"), "found by its reference");
    assertEquals(List.of(), ReadablePage.problems(found));
    given()
        .queryParam("q", "100%_\\")
        .get("/desk")
        .then()
        .statusCode(200)
        .body(containsString("Aucun dossier ne correspond."));

    while (given()
            .auth()
            .oauth2(Cases.URSULA)
            .queryParam("limit", 200)
            .get("/api/cases")
            .then()
            .extract()
            .jsonPath()
            .getList("id")
            .size()
        <= 50) {
      Cases.localWarehouse();
    }
    String first = given().queryParam("sort", "NEWEST").get("/desk").then().extract().asString();
    assertTrue(first.contains("1 à 50 affichés"), "the count and the range shown");
    assertTrue(first.contains("href=\"/desk?sort=NEWEST&amp;page=2\" rel=\"next\""), first);
    assertTrue(
        first.indexOf(">" + reference + "<") < 0
            || first.indexOf(">" + reference + "<") > first.indexOf("<tbody>"),
        "the newest first");
    String second =
        given()
            .queryParam("sort", "NEWEST")
            .queryParam("page", 2)
            .get("/desk")
            .then()
            .extract()
            .asString();
    assertTrue(second.contains("51 à "), second);
    assertTrue(second.contains("rel=\"prev\""), "a way back");
    given()
        .queryParam("sort", "'; DROP")
        .queryParam("page", -3)
        .get("/desk")
        .then()
        .statusCode(200);
  }
}
