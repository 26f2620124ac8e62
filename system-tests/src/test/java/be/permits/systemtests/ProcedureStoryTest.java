package be.permits.systemtests;

import static be.permits.systemtests.WholeStoryTest.PATIENCE;
import static be.permits.systemtests.WholeStoryTest.as;
import static be.permits.systemtests.WholeStoryTest.awaitStatus;
import static be.permits.systemtests.WholeStoryTest.claimAndDecide;
import static be.permits.systemtests.WholeStoryTest.declareNoConflict;
import static be.permits.systemtests.WholeStoryTest.myCase;
import static be.permits.systemtests.WholeStoryTest.myStep;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The Liège hub through the whole procedure (issues #18 and #19): the coordinating officials find
 * the file incomplete once and complete after Bob's answer; the public inquiry takes three
 * observations, one published redacted; the agencies advise, the authority decides and its email
 * links to the sealed decision; a neighbour appeals in her browser within the window and is asked
 * the fee, a late appeal is refused; the appeal waits until the finance officer's bank statement
 * shows the fee paid, then the appeal authority's decision replaces the first for Bob and on the
 * public pages; Bob downloads both sealed decisions from his file and the public page finds the
 * appeal's in force, the first replaced and a tampered copy invalid; the public timetable shows
 * every milestone planned and actual, and nothing confidential reaches the public pages.
 */
@ExtendWith(RunningSuite.class)
class ProcedureStoryTest {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern OBSERVATION_LINK =
      Pattern.compile("/inquiries/confirmations/([A-Za-z0-9_-]{43})");
  private static final Pattern APPEAL_LINK =
      Pattern.compile("/appeals/confirmations/([A-Za-z0-9_-]{43})");
  private static final Pattern COMMUNICATION =
      Pattern.compile("(\\+\\+\\+[0-9]{3}/[0-9]{4}/[0-9]{5}\\+\\+\\+)");

  @Test
  void theLiegeHubFromAnIncompleteFileToTheDecisionOnAppeal() throws Exception {
    Submissions.Submitted submitted = Submissions.submittedOnly("bob");
    String id = submitted.id();
    String reference = submitted.reference();

    // Completeness: one round of missing items, then complete.
    awaitStatus("bob", id, "SUBMITTED");
    claimAndDecide(
        "colette",
        "COORDINATION",
        reference,
        Map.of(
            "outcome", "REQUEST_INFORMATION",
            "questions", List.of("Joignez l'étude d'incidences signée par l'auteur agréé."),
            "dueDate", LocalDate.now().plusDays(15).toString()));
    awaitStatus("bob", id, "INFORMATION_REQUESTED");
    String request =
        as("bob")
            .get("/api/applications/{id}/information-requests", id)
            .then()
            .statusCode(200)
            .extract()
            .path("[0].id");
    as("bob")
        .contentType(ContentType.JSON)
        .body(Map.of("answer", "L'étude signée est jointe au dossier."))
        .post("/api/applications/{id}/information-requests/{r}/answer", id, request)
        .then()
        .statusCode(200);
    awaitStatus("bob", id, "SUBMITTED");
    JsonPath check =
        await()
            .atMost(PATIENCE)
            .until(
                () -> myCase("colette", reference),
                c -> "OPEN".equals(c.getString("myStep.status")));
    as("colette")
        .contentType(ContentType.JSON)
        .body(Map.of("outcome", "COMPLETE"))
        .post("/api/cases/{c}/steps/{s}/decision", check.getString("id"), check.get("myStep.id"))
        .then()
        .statusCode(200);
    awaitStatus("bob", id, "UNDER_REVIEW");

    // The public inquiry: three observations, confirmed; one published redacted.
    Submissions.inquiryStarted(reference);
    for (String who : List.of("jeanne", "marc", "lea")) {
      observe(reference, who).statusCode(303);
    }
    for (String who : List.of("jeanne", "marc", "lea")) {
      String token = RunningSuite.linkIn(who + ".riverain@example.org", OBSERVATION_LINK);
      confirm("/inquiries/confirmations/" + token, "/inquiries/" + reference).statusCode(303);
    }
    String caseId = myCase("colette", reference).getString("id");
    assertEquals(3, myCase("colette", reference).getList("inquiry.observations").size());
    try (Browser colette = new Browser("fr")) {
      colette.open("/desk/cases/" + caseId + "?lang=fr");
      colette.logIn("colette");
      assertTrue(colette.source().contains("0471 11 22 33"), "the officials read it as sent");
      colette.press(By.cssSelector("form[action$='/publish'] button"));
      assertTrue(colette.source().contains("publiée"), colette.source());
    }

    // The review and the decision, once the inquiry is over.
    WholeStoryTest.everyAgencyButStateSecurityApproves(reference);
    claimAndDecide("sophie", "STATE_SECURITY", reference, Map.of("outcome", "APPROVE"));
    JsonPath security = myCase("simon", reference);
    declareNoConflict("simon", caseId, myStep(security, "STATE_SECURITY"));
    as("simon")
        .post("/api/cases/{c}/steps/{s}/confirm", caseId, myStep(security, "STATE_SECURITY"))
        .then()
        .statusCode(200);
    Submissions.inquiryEnded(reference);
    await()
        .atMost(PATIENCE)
        .until(
            () -> myCase("diane", reference).getString("myStep.agency"),
            "DECIDING_AUTHORITY"::equals);
    claimAndDecide(
        "diane",
        "DECIDING_AUTHORITY",
        reference,
        Map.of(
            "outcome",
            "APPROVE_WITH_CONDITIONS",
            "conditions",
            List.of("Pas de vols de fret entre 23 h et 6 h.")));
    awaitStatus("bob", id, "APPROVED_WITH_CONDITIONS");

    // The decision's email links to the sealed document on Bob's file.
    String decisionLink = "/applications/" + id + "/decisions/DECISION";
    await().atMost(PATIENCE).until(() -> RunningSuite.receivedMail().contains(decisionLink));

    // A neighbour appeals in her browser, within the window; the fee is asked once it is lodged.
    try (Browser neighbour = new Browser("fr")) {
      neighbour.open("/appeals/" + reference + "?lang=fr");
      assertTrue(neighbour.heading().contains("Décision sur la demande " + reference));
      assertTrue(neighbour.source().contains("Le permis est accordé, sous conditions."));
      neighbour.assertWellMade("a decision's public page with the appeal form, fr");
      neighbour.choose("f-capacity-THIRD_PARTIES");
      neighbour.type("f-appellantName", "Jeanne Voisin");
      neighbour.type("f-appellantAddress", "Rue de la Station 3, 4460 Grâce-Hollogne");
      neighbour.type("f-appellantEmail", "jeanne.appel@example.org");
      neighbour.type("f-interest", "J'habite à 300 mètres de la piste.");
      neighbour.type("f-grounds", "Les vols de nuit ne sont pas interdits le week-end.");
      neighbour.press(By.cssSelector("form[action='/appeals/" + reference + "'] button"));
      assertTrue(neighbour.source().contains("Votre recours est reçu"), neighbour.source());
      String token = RunningSuite.linkIn("jeanne.appel@example.org", APPEAL_LINK);
      neighbour.open("/appeals/confirmations/" + token);
      neighbour.assertWellMade("confirm an appeal, fr");
      neighbour.press(By.cssSelector("form[action*='/confirmations/'] button"));
      assertTrue(neighbour.source().contains("Votre recours est introduit"));
    }
    String communication = RunningSuite.linkIn("jeanne.appel@example.org", COMMUNICATION);
    await()
        .atMost(PATIENCE)
        .until(() -> myCase("arthur", reference).getString("status"), "APPEALED"::equals);

    // Forty days later, another appeal comes too late: refused, and nothing is kept.
    String lateForm = csrf("/appeals/" + reference);
    Submissions.decisionTakenDaysAgo(reference, 40);
    appeal(lateForm, reference, "marc.tard@example.org")
        .statusCode(409)
        .body(org.hamcrest.Matchers.containsString("Le délai de recours est écoulé"));
    assertEquals(1, myCase("arthur", reference).getList("appeal.appeals").size());

    // The appeal authority reads the appeal on its desk: its fee is not paid, the appeal waits.
    try (Browser arthur = new Browser("de")) {
      arthur.open("/desk/cases/" + caseId + "?lang=de");
      arthur.logIn("arthur");
      assertTrue(arthur.source().contains("Entscheidung und Beschwerden"), arthur.source());
      assertTrue(arthur.source().contains("Les vols de nuit ne sont pas interdits le week-end."));
      assertTrue(arthur.source().contains("Noch nicht bezahlt"), "the fee is awaited");
      arthur.assertWellMade("desk, an appeal to decide, de");
    }
    assertEquals(
        409,
        decideAppeal(reference).extract().statusCode(),
        "the appeal authority cannot decide while the fee is unpaid");

    // The neighbour pays; the finance officer imports the bank's statement; the appeal goes on.
    String run = java.util.UUID.randomUUID().toString().substring(0, 8);
    as("felix")
        .contentType(ContentType.XML)
        .body(statement(run, communication))
        .post("/api/finance/statements")
        .then()
        .statusCode(200)
        .body("payments[0].outcome", equalTo("MATCHED"));
    await()
        .atMost(PATIENCE)
        .until(() -> myCase("arthur", reference).getString("appeal.appeals[0].feePaidAt") != null);
    try (Browser arthur = new Browser("de")) {
      arthur.open("/desk/cases/" + caseId + "?lang=de");
      arthur.logIn("arthur");
      assertTrue(arthur.source().contains("Bezahlt am"), "the fee is paid");
    }

    // The appeal authority decides; its decision replaces the first.
    decideAppeal(reference).statusCode(200);
    awaitStatus("bob", id, "APPROVED_WITH_CONDITIONS");
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                as("bob")
                    .get("/api/applications/{id}", id)
                    .then()
                    .body("decision.decidedOnAppeal", equalTo(true))
                    .body(
                        "decision.conditions[0]",
                        equalTo("Pas de vols de fret entre 22 h et 7 h, week-end compris.")));
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                RunningSuite.receivedMail().contains("Beslissing in beroep")
                    || RunningSuite.receivedMail().contains("Décision sur recours"));

    try (Browser bob = new Browser("de")) {
      bob.open("/applications/" + id + "?lang=de");
      bob.logIn("bob");
      assertTrue(bob.source().contains("Auf Beschwerde entschieden"), bob.source());
      assertTrue(bob.source().contains("href=\"/appeals/" + reference + "\""));
      bob.assertWellMade("applicant's file decided on appeal, de");

      // Bob downloads both sealed decisions from his file and checks them on the public page.
      String appealLink = "/applications/" + id + "/decisions/APPEAL_DECISION";
      await()
          .atMost(PATIENCE)
          .until(
              () -> {
                bob.open("/applications/" + id + "?lang=de");
                return bob.source().contains(appealLink);
              });
      Browser.Fetched onAppeal = bob.fetch(appealLink);
      assertEquals(200, onAppeal.status());
      assertTrue(onAppeal.type().startsWith("application/pdf"), onAppeal.type());
      Browser.Fetched first = bob.fetch(decisionLink);
      assertEquals(200, first.status());
      bob.press(By.cssSelector("a[href='/decisions/verify']"));
      String verdict = verify(bob, onAppeal.bytes());
      assertTrue(verdict.contains("Das Siegel ist gültig"), verdict);
      assertTrue(verdict.contains(reference), "the application it belongs to");
      assertTrue(verdict.contains("Ja, dies ist die geltende Entscheidung."), verdict);
      bob.assertWellMade("a sealed decision checked, de");
      String replaced = verify(bob, first.bytes());
      assertTrue(replaced.contains("Das Siegel ist gültig"), replaced);
      assertTrue(replaced.contains("Nein: Die Beschwerdeentscheidung vom"), replaced);
      byte[] tampered = onAppeal.bytes().clone();
      tampered[tampered.length / 2] ^= 0x01;
      String refused = verify(bob, tampered);
      assertTrue(refused.contains("Das Siegel ist nicht gültig"), refused);
      assertFalse(refused.contains(reference), "nothing of the application for a broken copy");
    }
    try (Browser anyone = new Browser("nl")) {
      anyone.open("/decisions/verify?lang=nl");
      anyone.assertWellMade("the public page that checks a sealed decision, nl");
      byte[] sealed =
          as("bob")
              .get("/api/applications/{id}/decision-documents/APPEAL_DECISION", id)
              .then()
              .statusCode(200)
              .extract()
              .asByteArray();
      String verdict = verify(anyone, sealed);
      assertTrue(verdict.contains("Het zegel is geldig"), verdict);
      anyone.assertWellMade("a sealed decision checked, nl");
    }
    try (Browser anyone = new Browser("nl")) {
      anyone.open("/appeals/" + reference + "?lang=nl");
      String shown = anyone.source();
      assertTrue(shown.contains("Beslist in beroep"), shown);
      assertTrue(shown.contains("week-end compris"), "the conditions on appeal");
      assertFalse(shown.contains("Jeanne Voisin"), "no appellant's name");
      assertFalse(shown.contains("vols de nuit ne sont pas interdits"), "no grounds");
      anyone.assertWellMade("a decision on appeal, nl");
      anyone.open("/inquiries/" + reference + "?lang=nl");
      assertFalse(anyone.source().contains("0471"), "no phone number");
      assertFalse(anyone.source().contains("Marc Riverain"), "unpublished ones are not shown");
      anyone.open("/timetables/" + reference + "?lang=nl");
      String timetable = anyone.source();
      for (String milestone :
          List.of(
              "Dossier ontvangen",
              "Dossier volledig",
              "Openbaar onderzoek afgesloten",
              "Beslissing",
              "Einde van de beroepstermijn",
              "Beslissing in beroep")) {
        assertTrue(timetable.contains(milestone), milestone);
      }
      assertFalse(timetable.contains("Staatsveiligheid"), "no agency is named");
      anyone.assertWellMade("public timetable after the appeal, nl");
    }
    JsonPath timetable = myCase("arthur", reference);
    for (String kind :
        List.of(
            "FILED", "COMPLETENESS", "INQUIRY", "DECISION", "APPEAL_WINDOW", "APPEAL_DECISION")) {
      assertNotNull(
          timetable.getString("timetable.find { it.kind == '" + kind + "' }.planned"), kind);
      assertNotNull(
          timetable.getString("timetable.find { it.kind == '" + kind + "' }.actual"), kind);
    }
  }

  private static ValidatableResponse observe(String reference, String who) {
    String token = csrf("/inquiries/" + reference);
    return given()
        .baseUri(RunningSuite.entryUrl())
        .header("Accept-Language", "fr")
        .redirects()
        .follow(false)
        .cookie("csrf", token)
        .multiPart("csrf", token)
        .multiPart(
            "observerName", Character.toUpperCase(who.charAt(0)) + who.substring(1) + " Riverain")
        .multiPart("observerAddress", "Rue de l'Aéroport 3, 4460 Grâce-Hollogne")
        .multiPart("observerEmail", who + ".riverain@example.org")
        .multiPart("stance", "OBJECTION")
        .multiPart("topics", "NOISE")
        .multiPart("observation", "Le bruit la nuit. Appelez-moi au 0471 11 22 33.")
        .post("/inquiries/" + reference + "/observations")
        .then();
  }

  /** Checks a document on the public verification page, from its form; answers the verdict. */
  private static String verify(Browser browser, byte[] document) throws java.io.IOException {
    if (!browser.source().contains("id=\"f-document\"")) {
      browser.open("/decisions/verify");
    }
    Path file = Files.createTempFile("decision", ".pdf");
    try {
      Files.write(file, document);
      browser.find(By.id("f-document")).sendKeys(file.toString());
      browser.press(By.cssSelector("form[action='/decisions/verify'] button"));
      return browser.source();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Arthur decides the appeal (claiming its step first if he holds it not yet). */
  private static ValidatableResponse decideAppeal(String reference) {
    JsonPath kase = myCase("arthur", reference);
    String caseId = kase.getString("id");
    String step = myStep(kase, "APPEAL_AUTHORITY");
    if (kase.getString("myStep.assignee") == null) {
      as("arthur").post("/api/cases/{c}/steps/{s}/claim", caseId, step).then().statusCode(200);
      declareNoConflict("arthur", caseId, step);
    }
    return as("arthur")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "outcome",
                "APPROVE_WITH_CONDITIONS",
                "conditions",
                List.of("Pas de vols de fret entre 22 h et 7 h, week-end compris.")))
        .post("/api/cases/{c}/steps/{s}/decision", caseId, step)
        .then();
  }

  /** The authority's bank statement: one credit of 100 € with the appeal fee's communication. */
  private static String statement(String run, String communication) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
        + "<GrpHdr><MsgId>STORY-"
        + run
        + "</MsgId><CreDtTm>2026-12-03T18:00:00</CreDtTm></GrpHdr><Stmt><Id>STORY-"
        + run
        + "</Id><Acct><Id><IBAN>BE71096123456769</IBAN></Id></Acct>"
        + "<Ntry><Amt Ccy=\"EUR\">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>"
        + "<BookgDt><Dt>2026-12-03</Dt></BookgDt><AcctSvcrRef>STORY-"
        + run
        + "-1</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Jeanne Voisin</Nm></Dbtr>"
        + "</RltdPties><RmtInf><Ustrd>"
        + communication
        + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry></Stmt></BkToCstmrStmt></Document>";
  }

  private static ValidatableResponse appeal(String token, String reference, String email) {
    return given()
        .baseUri(RunningSuite.entryUrl())
        .header("Accept-Language", "fr")
        .redirects()
        .follow(false)
        .cookie("csrf", token)
        .multiPart("csrf", token)
        .multiPart("capacity", "THIRD_PARTIES")
        .multiPart("appellantName", "Marc Tard")
        .multiPart("appellantAddress", "Rue Haute 1, 4460 Grâce-Hollogne")
        .multiPart("appellantEmail", email)
        .multiPart("interest", "Riverain.")
        .multiPart("grounds", "Trop de bruit.")
        .multiPart(
            "feeProof",
            "preuve.pdf",
            "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
            "application/pdf")
        .post("/appeals/" + reference)
        .then();
  }

  private static ValidatableResponse confirm(String path, String formPage) {
    String token = csrf(formPage);
    return given()
        .baseUri(RunningSuite.entryUrl())
        .redirects()
        .follow(false)
        .cookie("csrf", token)
        .formParam("csrf", token)
        .post(path)
        .then();
  }

  private static String csrf(String path) {
    Matcher m =
        CSRF.matcher(
            given()
                .baseUri(RunningSuite.entryUrl())
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertTrue(m.find(), "the page at " + path + " has a form");
    return m.group(1);
  }
}
