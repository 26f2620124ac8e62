package be.permits.systemtests;

import static be.permits.systemtests.WholeStoryTest.as;
import static be.permits.systemtests.WholeStoryTest.awaitStatus;
import static be.permits.systemtests.WholeStoryTest.myCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A reviewer of the municipality works a case on the agency desk in Chromium: finds it in the
 * queue, claims it, declares no conflict of interest and approves with a condition. axe-core checks
 * each page. Urbain's profile is French.
 */
@ExtendWith(RunningSuite.class)
class DeskBrowserTest {

  @Test
  void aReviewerClaimsAStepAndDecidesItOnTheDesk() throws Exception {
    Submissions.Submitted submitted = Submissions.throughApi("bob");
    String id = submitted.id();
    String reference = submitted.reference();
    awaitStatus("bob", id, "UNDER_REVIEW");
    String caseId = myCase("urbain", reference).getString("id");

    try (Browser browser = new Browser("fr")) {
      browser.open("/desk");
      browser.logIn("urbain");
      assertEquals("File de : Commune, urbanisme", browser.heading());
      assertTrue(browser.source().contains(reference), "the case is in the queue");
      browser.assertWellMade("desk queue");

      browser.press(By.linkText(reference));
      assertEquals("Dossier " + reference, browser.heading());
      browser.assertWellMade("desk case");
      browser.press(By.cssSelector("form[action$='/claim'] button"));
      // Reopen the case: each step starts from a page that has finished loading.
      browser.open("/desk/cases/" + caseId);
      browser.choose("f-conflict-false");
      browser.press(By.cssSelector("form[action$='/interest'] button"));
      browser.open("/desk/cases/" + caseId);
      assertTrue(browser.source().contains("aucun conflit d'intérêts"));

      browser.choose("f-outcome-APPROVE_WITH_CONDITIONS");
      browser.press(By.cssSelector("form[action$='/decision'] button"));
      // A condition is missing: the page says so beside the field.
      assertEquals("true", browser.find(By.id("f-conditions")).getAttribute("aria-invalid"));
      browser.assertWellMade("desk decision with a mistake");
      browser.choose("f-outcome-APPROVE_WITH_CONDITIONS");
      browser.type("f-conditions", "Toiture verte sur le nouveau hall.");
      browser.press(By.cssSelector("form[action$='/decision'] button"));
      assertTrue(browser.source().contains("Décidée"), "the step is decided");
      browser.assertWellMade("desk case decided");
      browser.open("/desk/cases/" + caseId + "?lang=nl");
      assertEquals("Dossier " + reference, browser.heading());
      browser.assertWellMade("desk case decided, nl");
      browser.open("/desk?lang=nl");
      browser.assertWellMade("desk queue, nl");
    }
    as("urbain")
        .get("/api/cases/{id}", caseId)
        .then()
        .body("myStep.status", equalTo("DECIDED"))
        .body("myStep.conditions", hasItem("Toiture verte sur le nouveau hall."));
  }
}
