package be.permits.systemtests;

import static be.permits.systemtests.WholeStoryTest.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An auditor reconstructs what happened: the console in Chromium (search, verification; axe on each
 * page), then a sealed export through the API that verifies offline, without the database.
 */
@ExtendWith(RunningSuite.class)
class AuditBrowserTest {

  @Test
  void anAuditorSearchesVerifiesAndExportsAHistoryThatVerifiesOffline() throws Exception {
    // The demo application's submission has reached the ledger.
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                as("audrey")
                        .queryParam("action", "permit.submitted.v1")
                        .get("/api/audit/entries")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<java.util.List<?>>path("entries")
                        .size()
                    > 0);

    try (Browser browser = new Browser("en")) {
      browser.open("/audit");
      browser.logIn("audrey");
      assertEquals("Audit ledger", browser.heading());
      browser.assertWellMade("audit search");
      new org.openqa.selenium.support.ui.Select(browser.find(org.openqa.selenium.By.id("f-action")))
          .selectByValue("permit.submitted.v1");
      browser.press(org.openqa.selenium.By.cssSelector("form.filters button"));
      assertTrue(browser.source().contains(">Application submitted</td>"), "results, in words");
      browser.assertWellMade("audit results");
      browser.open("/audit/verify");
      assertTrue(browser.source().contains("The chain is intact"), browser.source());
      browser.assertWellMade("audit verification");
    }

    String export =
        as("audrey")
            .queryParam("format", "jsonl")
            .get("/api/audit/export")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    LedgerExports.assertVerifiesOffline(export);
    as("bob").get("/api/audit/entries").then().statusCode(403);
  }
}
