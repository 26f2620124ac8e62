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

  @Test
  void anAuditorFindsAPersonByNameAndExportsOneApplicationsHistory() throws Exception {
    Submissions.Submitted submitted = Submissions.throughApi("bob");
    WholeStoryTest.awaitStatus("bob", submitted.id(), "UNDER_REVIEW");
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                as("audrey")
                    .get("/api/audit/applications/{id}", submitted.id())
                    .then()
                    .statusCode(200)
                    .extract()
                    .<java.util.List<?>>path("")
                    .size(),
            n -> n > 1);
    // The witness (its own process) cosigns a checkpoint holding them within seconds.
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                as("audrey")
                    .get("/api/audit/applications/{id}/proof", submitted.id())
                    .then()
                    .statusCode(200)
                    .extract()
                    .<Integer>path("proven"),
            n -> n > 1);

    try (Browser browser = new Browser("en")) {
      browser.open("/audit");
      browser.logIn("audrey");
      // A person is found by a part of their name, as people remember it: no id needed.
      browser.type("f-actor", "janssens");
      browser.press(org.openqa.selenium.By.cssSelector("form.filters button"));
      assertTrue(browser.source().contains("Bob Janssens"), "the person by name");
      assertTrue(
          browser
              .source()
              .matches(
                  "(?s).*<p role=\"status\">(One entry|[0-9,]+ entries; 1 to [0-9,]+ shown)\\.</p>.*"),
          "how many entries match");
      browser.assertWellMade("audit results for a person");
      browser.press(org.openqa.selenium.By.linkText(submitted.reference()));
      assertEquals("Timeline of " + submitted.reference(), browser.heading());
      // Wholly proven when the witness cosigned after the last entry, else up to its checkpoint.
      assertTrue(
          browser
              .source()
              .matches(
                  "(?s).*<h2>This history is proven( up to the latest witnessed checkpoint)?</h2>.*"),
          browser.source());
      browser.assertWellMade("audit timeline");

      String href =
          browser
              .find(org.openqa.selenium.By.cssSelector("a[href$='/export']"))
              .getAttribute("href");
      Browser.Fetched export = browser.fetch(href);
      assertEquals(200, export.status(), export.text());
      assertTrue(export.type().startsWith("application/jsonl"), export.type());
      java.util.List<String> lines = export.text().lines().toList();
      assertTrue(lines.size() > 1, "the export holds the application's entries");
      for (String line : lines) {
        assertTrue(line.contains(submitted.id()), "every entry is about this application: " + line);
      }
      Browser.Fetched keys =
          browser.fetch(
              browser
                  .find(org.openqa.selenium.By.cssSelector("a[href$='/audit/keys']"))
                  .getAttribute("href"));
      assertEquals(200, keys.status(), keys.text());
      String verdict = LedgerExports.assertProvenOffline(export.text(), keys.text());
      assertTrue(verdict.contains("application " + submitted.id()), verdict);

      browser.open(new java.net.URI(browser.url()).getPath() + "?lang=fr");
      assertEquals("Historique de " + submitted.reference(), browser.heading());
      browser.assertWellMade("audit timeline, fr");
    }
  }
}
