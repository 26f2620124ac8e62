package be.permits.systemtests;

import static be.permits.systemtests.WholeStoryTest.PATIENCE;
import static be.permits.systemtests.WholeStoryTest.as;
import static be.permits.systemtests.WholeStoryTest.awaitStatus;
import static be.permits.systemtests.WholeStoryTest.declareNoConflict;
import static be.permits.systemtests.WholeStoryTest.everyAgencyButStateSecurityApproves;
import static be.permits.systemtests.WholeStoryTest.myCase;
import static be.permits.systemtests.WholeStoryTest.myStep;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The reviewers' work in Chromium, each person in their own language and every page checked at 1280
 * and 390 px ({@link Browser#assertWellMade}): a reviewer of a single-reviewer agency asks, reads
 * the answer and opens its document; a four-eyes pair where the confirmer sends the proposal back
 * and the proposer reads why; the deciding authority adopts another agency's condition.
 */
@ExtendWith(RunningSuite.class)
class ReviewWorkBrowserTest {
  private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aReviewerAsksReadsTheAnswerAndOpensItsDocument() {
    Submissions.Submitted submitted = Submissions.throughApi("bob");
    awaitStatus("bob", submitted.id(), "UNDER_REVIEW");
    String caseId = claimed("urbain", "URBAN_PLANNING", submitted.reference())[0];

    try (Browser browser = new Browser("fr")) {
      browser.open("/desk/cases/" + caseId);
      browser.logIn("urbain");
      browser.choose("f-outcome-REQUEST_INFORMATION");
      browser.type("f-questions", "Quelle est la hauteur du hall au faîte ?");
      browser.setDate("f-dueDate", LocalDate.now().plusDays(15));
      browser.press(By.cssSelector("form[action$='/decision'] button"));
      assertTrue(browser.source().contains("Vos questions sont envoyées au demandeur"));
      assertTrue(
          browser.source().contains("Quelle est la hauteur du hall au faîte ?"),
          "the desk keeps showing the question");
      browser.assertWellMade("desk, information requested");
    }
    awaitStatus("bob", submitted.id(), "INFORMATION_REQUESTED");

    String requestId =
        as("bob")
            .get("/api/applications/{id}/information-requests", submitted.id())
            .then()
            .statusCode(200)
            .extract()
            .path("[0].id");
    as("bob")
        .multiPart("answer", "De nok van de hal ligt op 24,5 m; zie de doorsnede.")
        .multiPart("kind", "OTHER")
        .multiPart("file", "doorsnede hal.pdf", PDF, "application/pdf")
        .post(
            "/api/applications/{id}/information-requests/{r}/answer-with-document",
            submitted.id(),
            requestId)
        .then()
        .statusCode(200);
    await()
        .atMost(PATIENCE)
        .until(
            () -> myCase("urbain", submitted.reference()).getString("myStep.status"),
            "OPEN"::equals);

    try (Browser browser = new Browser("fr")) {
      browser.open("/desk/cases/" + caseId);
      browser.logIn("urbain");
      String page = browser.source();
      assertTrue(page.contains("De nok van de hal ligt op 24,5 m; zie de doorsnede."), "answer");
      assertTrue(page.contains("(révision 2)"), "the answer names its revision");
      WebElement link = browser.find(By.partialLinkText("doorsnede hal.pdf"));
      Browser.Fetched document = browser.fetch(link.getAttribute("href"));
      assertEquals(200, document.status(), document.text());
      assertEquals("application/pdf", document.type());
      assertTrue(document.text().startsWith("%PDF-1.7"), "the applicant's document opens");
      browser.assertWellMade("desk, answer read");
      browser.open("/desk/cases/" + caseId + "?lang=nl");
      assertTrue(browser.source().contains("Beantwoord op"), "the thread in Dutch");
      browser.assertWellMade("desk, answer read, nl");
    }
  }

  @Test
  void theConfirmerSendsTheProposalBackAndTheProposerReadsWhyThenTheDecidingAuthorityAdopts() {
    Submissions.Submitted submitted = Submissions.throughApi("bob");
    awaitStatus("bob", submitted.id(), "UNDER_REVIEW");
    String[] held = claimed("sophie", "STATE_SECURITY", submitted.reference());
    String caseId = held[0];
    String step = held[1];
    String condition = "Les données des clients européens restent dans l'Union.";

    // Sophie proposes on the desk, in French.
    try (Browser browser = new Browser("fr")) {
      browser.open("/desk/cases/" + caseId);
      browser.logIn("sophie");
      browser.choose("f-outcome-APPROVE_WITH_CONDITIONS");
      browser.type("f-conditions", condition);
      browser.type("f-reasons", "Le groupe est soumis à une loi de renseignement étrangère.");
      browser.press(By.cssSelector("form[action$='/decision'] button"));
      assertTrue(browser.source().contains("un second examinateur de votre autorité la confirme"));
      browser.assertWellMade("desk, proposal made");
    }

    // Simon, in Dutch, sees who proposed what and why, and sends it back.
    declareNoConflict("simon", caseId, step);
    try (Browser browser = new Browser("nl")) {
      browser.open("/desk/cases/" + caseId);
      browser.logIn("simon");
      String page = browser.source();
      assertTrue(page.contains("Voorgesteld door Sophie Lambert"), "the proposer by name");
      assertTrue(page.contains(condition), "the proposed condition");
      assertTrue(page.contains("loi de renseignement"), "the proposal's reasons");
      browser.assertWellMade("desk, proposal to confirm, nl");
      browser.type("f-returnReason", "De voorwaarde moet ook de back-ups in China dekken.");
      browser.press(By.cssSelector("form[action$='/return'] button"));
      assertTrue(browser.source().contains("Het voorstel is teruggestuurd"), browser.source());
      browser.assertWellMade("desk, proposal returned, nl");
    }

    // Sophie reads why, in French, and holds the step again.
    try (Browser browser = new Browser("fr")) {
      browser.open("/desk/cases/" + caseId);
      browser.logIn("sophie");
      String page = browser.source();
      assertTrue(page.contains("Renvoyée par Simon De Smet"), "who sent it back");
      assertTrue(page.contains("De voorwaarde moet ook de back-ups in China dekken."), "why");
      browser.assertWellMade("desk, proposal back with its proposer");
    }
    as("sophie")
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "APPROVE_WITH_CONDITIONS", "conditions", List.of(condition)))
        .post("/api/cases/{c}/steps/{s}/decision", caseId, step)
        .then()
        .statusCode(200)
        .body("status", equalTo("PROPOSED"));
    as("simon")
        .post("/api/cases/{c}/steps/{s}/confirm", caseId, step)
        .then()
        .statusCode(200)
        .body("status", equalTo("DECIDED"));
    everyAgencyButStateSecurityApproves(submitted.reference());
    Submissions.inquiryEnded(submitted.reference());

    // Diane adopts state security's condition by ticking it, without retyping it.
    claimed("diane", "DECIDING_AUTHORITY", submitted.reference());
    try (Browser browser = new Browser("fr")) {
      browser.open("/desk/cases/" + caseId);
      browser.logIn("diane");
      browser.assertWellMade("desk, deciding authority");
      browser.choose("f-outcome-APPROVE_WITH_CONDITIONS");
      browser
          .find(By.xpath("//fieldset[.//input[@name='adopt']]//label[contains(., 'Union')]"))
          .click();
      browser.press(By.cssSelector("form[action$='/decision'] button"));
      assertTrue(browser.source().contains("Votre décision est enregistrée."), browser.source());
      browser.assertWellMade("desk, decided with an adopted condition");
      browser.open("/desk/cases/" + caseId + "?lang=nl");
      browser.assertWellMade("desk, decided with an adopted condition, nl");
    }
    as("diane")
        .get("/api/cases/{id}", caseId)
        .then()
        .body("myStep.status", equalTo("DECIDED"))
        .body("myStep.conditions", hasItem(condition));
    awaitStatus("bob", submitted.id(), "APPROVED_WITH_CONDITIONS");
  }

  /** The reviewer claims their agency's step and declares no conflict: the case and step ids. */
  private static String[] claimed(String reviewer, String agency, String reference) {
    JsonPath kase = myCase(reviewer, reference);
    String caseId = kase.getString("id");
    String step = myStep(kase, agency);
    as(reviewer).post("/api/cases/{c}/steps/{s}/claim", caseId, step).then().statusCode(200);
    declareNoConflict(reviewer, caseId, step);
    return new String[] {caseId, step};
  }
}
