package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.testsupport.ReadablePage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Félix, a finance officer reading French, imports a statement on his page, reads what each credit
 * did in words, and records how the unknown one was resolved.
 */
@QuarkusTest
@TestSecurity(user = "felix", roles = "finance")
@OidcSecurity(
    claims = {
      @Claim(key = "sub", value = "sub-felix"),
      @Claim(key = "name", value = "Félix Renard"),
      @Claim(key = "locale", value = "fr")
    })
class FinancePagesTest {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern RESOLVE =
      Pattern.compile("action=\"(/finance/payments/[0-9a-f-]{36}/resolution)\"");

  @Test
  void aFinanceOfficerImportsAStatementAndResolvesWhatNeedsAPerson() {
    String id = Applicants.createDraft(Applicants.ALICE, Samples.liegeHub());
    Applicants.submit(Applicants.ALICE, id).statusCode(200);
    String regional =
        given()
            .auth()
            .oauth2(Applicants.ALICE)
            .get("/api/applications/{id}/invoices", id)
            .then()
            .extract()
            .path("[0].communication");
    String run = UUID.randomUUID().toString().substring(0, 8);
    String statement =
        ReconciliationTest.statement(
            "STMT-" + run,
            ReconciliationTest.entry(
                run + "-1", "125.00", "CRDT", ReconciliationTest.structured(regional)),
            ReconciliationTest.entry(
                run + "-2", "12.00", "CRDT", ReconciliationTest.unstructured("Cotisation " + run)));

    String token = csrf();
    String report =
        given()
            .cookie("csrf", token)
            .multiPart("csrf", token)
            .multiPart(
                "statement", "extrait.xml", statement.getBytes(StandardCharsets.UTF_8), "text/xml")
            .post("/finance/statements")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(report.contains("L&#39;extrait est importé."), report);
    assertTrue(report.contains("A payé entièrement un droit de PA-"), "matched, by reference");
    assertTrue(report.contains("Ne nomme aucun droit connu"), "the unknown one");
    assertTrue(report.contains("125,00"), "amounts as French writes them");
    assertEquals(List.of(), ReadablePage.problems(report));

    String notAStatement =
        given()
            .cookie("csrf", token)
            .multiPart("csrf", token)
            .multiPart("statement", "x.xml", "<a/>".getBytes(StandardCharsets.UTF_8), "text/xml")
            .post("/finance/statements")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertTrue(notAStatement.contains("pas un extrait camt.053 lisible"), notAStatement);

    String page = given().get("/finance").then().statusCode(200).extract().asString();
    int at = page.indexOf("Cotisation " + run);
    Matcher form = RESOLVE.matcher(page);
    assertTrue(at > 0 && form.find(at), "the unknown payment has its form");
    given()
        .redirects()
        .follow(false)
        .cookie("csrf", token)
        .formParam("csrf", token)
        .formParam("note", "Remboursé le 4 décembre.")
        .post(form.group(1))
        .then()
        .statusCode(303);
    assertTrue(
        !given().get("/finance").then().extract().asString().contains("Cotisation " + run),
        "resolved, it waits no more");
  }

  @Test
  @TestSecurity(user = "alice", roles = "applicant")
  @OidcSecurity(claims = {@Claim(key = "sub", value = "sub-alice")})
  void anApplicantHasNoFinancePage() {
    given().get("/finance").then().statusCode(403);
  }

  private static String csrf() {
    Matcher m = CSRF.matcher(given().get("/finance").then().statusCode(200).extract().asString());
    assertTrue(m.find());
    return m.group(1);
  }
}
