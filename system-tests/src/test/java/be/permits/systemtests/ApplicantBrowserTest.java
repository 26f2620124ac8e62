package be.permits.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An applicant applies through the web form in Chromium, as the issue describes: log in, fill the
 * form with a mistake, correct it, upload a PDF, submit and see the status. axe-core checks every
 * page on the way. Bob's profile is Dutch, so the pages are too.
 */
@ExtendWith(RunningSuite.class)
class ApplicantBrowserTest {
  private static final By NEXT = By.cssSelector("button[name=go][value=next]");

  @Test
  void anApplicantFillsTheFormCorrectsAMistakeUploadsAPdfAndSubmits() throws Exception {
    Path plan = Files.createTempFile("inplantingsplan", ".pdf");
    Files.writeString(
        plan, "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n", StandardCharsets.US_ASCII);
    try (Browser browser = new Browser("nl")) {
      browser.open("/applications");
      browser.logIn("bob");
      assertEquals("Uw aanvragen", browser.heading());
      browser.assertWellMade("dashboard");

      browser.press(By.cssSelector("form[action='/applications/new'] button"));
      assertEquals("Organisatie", browser.heading());
      browser.assertWellMade("organisation step");
      browser.type("f-organisation-legalName", "Meuse Freight Services NV");
      browser.type("f-organisation-enterpriseNumber", "0403.170.702");
      new Select(browser.find(By.id("f-organisation-countryOfIncorporation"))).selectByValue("BE");
      browser.type("f-organisation-nonEuVotingShare", "0");
      browser.press(NEXT);

      // The mistake is shown beside its field, and summed up at the top with a link to it.
      assertEquals("Organisatie", browser.heading());
      assertTrue(browser.driver().getTitle().startsWith("Fout:"), browser.driver().getTitle());
      var field = browser.find(By.id("f-organisation-enterpriseNumber"));
      assertEquals("true", field.getAttribute("aria-invalid"));
      assertTrue(
          browser
              .find(By.id("f-organisation-enterpriseNumber-error"))
              .getText()
              .contains("controlecijfers"));
      assertTrue(
          browser
              .find(By.cssSelector(".error-summary a"))
              .getAttribute("href")
              .endsWith("#f-organisation-enterpriseNumber"));
      assertEquals(
          "Meuse Freight Services NV",
          browser.find(By.id("f-organisation-legalName")).getAttribute("value"));
      // The answers without a mistake are kept, and the page says so.
      assertTrue(
          browser.source().contains("Uw andere antwoorden bij de stap ‘Organisatie’ zijn bewaard."),
          "what was saved is said");
      browser.assertWellMade("organisation step with a mistake");

      browser.type("f-organisation-enterpriseNumber", "0403.170.701");
      browser.press(NEXT);
      assertEquals("Site", browser.heading());
      assertTrue(
          browser.source().contains("Uw antwoorden bij de stap ‘Organisatie’ zijn bewaard."),
          "the save is confirmed");
      browser.type("f-site-name", "Bierset cross-dock");
      browser.type("f-site-address", "Rue de la Station 12, 4460 Grâce-Hollogne");
      browser.type("f-site-municipality", "Grâce-Hollogne");
      browser.type("f-site-cadastralParcels", "62032B0201");
      browser.choose("f-site-airsideAccess-false");
      browser.assertWellMade("site step");
      browser.press(NEXT);

      assertEquals("Project", browser.heading());
      browser.choose("f-project-kind-NEW_BUILD");
      browser.type("f-project-currentFloorArea", "0");
      browser.type("f-project-requestedFloorArea", "12.000");
      browser.type("f-project-heightMetres", "14,5");
      browser.type("f-project-investmentEur", "8000000");
      browser.type("f-project-jobs", "60");
      browser.choose("f-project-environmentalClass-3");
      browser.choose("f-project-operatesAroundTheClock-false");
      browser.choose("f-project-hazardousGoods-false");
      browser.assertWellMade("project step");
      browser.press(NEXT);

      assertEquals("Gegevens en IT", browser.heading());
      browser.choose("f-data-dataCategories-EMPLOYEE");
      browser.type("f-data-storageCountries", "BE");
      browser.choose("f-data-bondedWarehouse-false");
      browser.assertWellMade("data step");
      browser.press(NEXT);

      assertEquals("Systemen en gegevensstromen", browser.heading());
      browser.type("f-systems-0--name", "Transportbeheer");
      browser.type("f-systems-0--operator", "Meuse Freight SRL");
      new Select(browser.find(By.id("f-systems-0--hostingCountry"))).selectByValue("BE");
      browser.choose("f-systems-0--remoteAccess-false");
      browser.type("f-systems-0--stored-EMPLOYEE", "be");
      browser.assertWellMade("systems step");
      browser.press(NEXT);

      assertEquals("Documenten", browser.heading());
      new Select(browser.find(By.id("f-kind"))).selectByValue("SITE_PLAN");
      browser.find(By.id("f-file")).sendKeys(plan.toString());
      browser.press(By.cssSelector("form[enctype='multipart/form-data'] button"));
      assertTrue(browser.source().contains(plan.getFileName().toString()), "the PDF is listed");
      browser.assertWellMade("documents step");

      browser.press(By.linkText("Verder naar het nakijken"));
      assertEquals("Nakijken en indienen", browser.heading());
      assertTrue(browser.driver().findElements(By.cssSelector(".error-summary")).isEmpty());
      assertTrue(browser.source().contains("Nieuwbouw"), "the review names the kind of project");
      browser.assertWellMade("review step");
      browser.press(By.cssSelector("form[action$='/submit'] button"));

      String reference = browser.heading().replace("Aanvraag ", "");
      assertTrue(reference.matches("PA-\\d{4}-\\d{6}"), reference);
      assertTrue(browser.source().contains("Uw aanvraag is ingediend"));
      browser.assertWellMade("file page");

      // The coordinating officials find the file complete; its review opens and the file follows.
      String file = browser.url();
      assertTrue(browser.source().contains("controleren of het dossier volledig is"));
      Submissions.fileComplete(reference);
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(2))
          .until(
              () -> {
                browser.driver().get(file);
                return browser.find(By.cssSelector(".status")).getText().equals("In behandeling");
              });

      browser.open("/applications");
      assertTrue(browser.source().contains(reference), "the dashboard lists the application");
    } finally {
      Files.deleteIfExists(plan);
    }
  }

  @Test
  void anApplicantLeavesAStepWithAMistakeKeepsTheRestAndDeletesTheDraftAfterConfirming() {
    try (Browser browser = new Browser("fr")) {
      browser.open("/applications");
      browser.logIn("alice");
      browser.press(By.cssSelector("form[action='/applications/new'] button"));
      String draft = browser.url().replaceAll("/edit/organisation.*$", "");
      browser.type("f-organisation-legalName", "Skyway Air Cargo SRL");
      browser.type("f-organisation-nonEuVotingShare", "la moitié");
      browser.press(By.cssSelector("button[name=go][value=stay]"));
      assertEquals(
          "true",
          browser.find(By.id("f-organisation-nonEuVotingShare")).getAttribute("aria-invalid"));
      assertTrue(
          browser
              .source()
              .contains("Vos autres réponses de l'étape « Organisation » sont enregistrées."),
          "what was saved is said");
      browser.assertWellMade("organisation step, partly saved, fr");

      // Leaving through the step links loses nothing that was valid.
      browser.open(new java.net.URI(draft).getPath() + "/edit/review");
      assertTrue(browser.source().contains("Skyway Air Cargo SRL"), "the valid answer was kept");

      browser.open(new java.net.URI(draft).getPath());
      browser.press(By.cssSelector("form[action$='/delete'] button"));
      assertTrue(browser.source().contains("Supprimer ce brouillon ?"), "asked first");
      browser.assertWellMade("delete draft, confirm, fr");
      browser.press(By.cssSelector(".confirm form[action$='/delete'] button"));
      assertEquals("Vos demandes", browser.heading());
      assertTrue(browser.source().contains("Le brouillon est supprimé."), "the deletion is said");
      browser.assertWellMade("dashboard after deleting a draft, fr");
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
