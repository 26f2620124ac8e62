package be.permits.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The case that started the project, entered the way an applicant does: the seven steps of the web
 * form in Dutch, its three systems one by one (one administered from China), with a site plan,
 * checked by axe-core on every step.
 */
final class LiegeHubForm {
  private static final By NEXT = By.cssSelector("button[name=go][value=next]");
  private static final By STAY = By.cssSelector("button[name=go][value=stay]");

  private LiegeHubForm() {}

  /** Fills and submits the form as the logged-in applicant; answers what the file page shows. */
  static Submissions.Submitted submit(Browser browser) throws IOException {
    browser.open("/applications");
    browser.press(By.cssSelector("form[action='/applications/new'] button"));
    assertEquals("Organisatie", browser.heading());
    browser.type("f-organisation-legalName", "Skyway Logistics Belgium SRL");
    browser.type("f-organisation-enterpriseNumber", "0403.170.701");
    new Select(browser.find(By.id("f-organisation-countryOfIncorporation"))).selectByValue("BE");
    browser.type("f-organisation-nonEuVotingShare", "100");
    browser.type("f-organisation-ultimateParent", "Skyway Group Holding Ltd");
    new Select(browser.find(By.id("f-organisation-ultimateParentCountry"))).selectByValue("CN");
    browser.assertWellMade("organisation step, Liège hub");
    browser.press(NEXT);

    assertEquals("Site", browser.heading());
    browser.type("f-site-name", "Liège Airport logistics hub");
    browser.type("f-site-address", "Rue de l'Aéroport 50, 4460 Grâce-Hollogne");
    browser.type("f-site-municipality", "Grâce-Hollogne");
    browser.type("f-site-cadastralParcels", "62032A0101/02\n62032A0102");
    browser.choose("f-site-airsideAccess-true");
    browser.press(NEXT);

    assertEquals("Project", browser.heading());
    browser.choose("f-project-kind-EXPANSION");
    browser.type("f-project-currentFloorArea", "30.000");
    browser.type("f-project-requestedFloorArea", "100.000");
    browser.type("f-project-heightMetres", "24,5");
    browser.type("f-project-investmentEur", "120000000");
    browser.type("f-project-jobs", "450");
    browser.choose("f-project-environmentalClass-2");
    browser.choose("f-project-operatesAroundTheClock-true");
    browser.choose("f-project-hazardousGoods-false");
    browser.press(NEXT);

    assertEquals("Gegevens en IT", browser.heading());
    for (String category : new String[] {"PERSONAL", "EMPLOYEE", "CUSTOMS_DECLARATIONS"}) {
      browser.choose("f-data-dataCategories-" + category);
    }
    browser.type("f-data-storageCountries", "DE, IE");
    browser.type("f-data-thirdCountryTransfers", "CN");
    browser.type(
        "f-data-foreignLawsCompellingAccess", "CN National Intelligence Law (2017), art. 7");
    browser.type("f-data-certifications", "ISO/IEC 27001");
    browser.type("f-data-aeoNumber", "BEAEOF0000123");
    browser.choose("f-data-bondedWarehouse-true");
    browser.type("f-data-declarationsPerYear", "2.400.000");
    browser.assertWellMade("data step, Liège hub");
    browser.press(NEXT);

    // Each system in its own group of fields; saving shows an empty group for the next one.
    assertEquals("Systemen en gegevensstromen", browser.heading());
    system(browser, 0, "Warehouse management", "Skyway Logistics Belgium SRL", "DE", "BE", false);
    browser.type("f-systems-0--stored-SHIPMENT-TRACKING", "DE");
    browser.type("f-systems-0--stored-EMPLOYEE", "DE");
    browser.press(STAY);
    system(
        browser, 1, "Customs brokerage", "Skyway Customs Services Ireland Ltd", "IE", "IE", false);
    browser.type("f-systems-1--stored-CUSTOMS-DECLARATIONS", "IE");
    browser.type("f-systems-1--stored-PERSONAL", "IE");
    browser.press(STAY);
    system(browser, 2, "Group trade platform", "Skyway Group Holding Ltd", "DE", "CN", true);
    browser.type("f-systems-2--administrator", "Skyway Group Technology (Shenzhen)");
    browser.type("f-systems-2--groupPlatforms", "Skyway Global Trade Platform");
    browser.type("f-systems-2--stored-SHIPMENT-TRACKING", "DE");
    browser.type("f-systems-2--stored-CUSTOMS-DECLARATIONS", "DE");
    browser.type("f-systems-2--transfers-STANDARD-CONTRACTUAL-CLAUSES", "CN");
    browser.type("f-systems-2--compellingLaws", "CN National Intelligence Law (2017), art. 7");
    browser.assertWellMade("systems step, Liège hub");
    browser.press(NEXT);

    assertEquals("Documenten", browser.heading());
    Path plan = Files.createTempFile("liege-hub-site-plan", ".pdf");
    try {
      Files.writeString(plan, "%PDF-1.7\n%%EOF\n", StandardCharsets.US_ASCII);
      new Select(browser.find(By.id("f-kind"))).selectByValue("SITE_PLAN");
      browser.find(By.id("f-file")).sendKeys(plan.toString());
      browser.press(By.cssSelector("form[enctype='multipart/form-data'] button"));
      assertTrue(browser.source().contains(plan.getFileName().toString()), "the plan is listed");
    } finally {
      Files.deleteIfExists(plan);
    }
    browser.press(By.linkText("Verder naar het nakijken"));
    assertEquals("Nakijken en indienen", browser.heading());
    assertTrue(browser.driver().findElements(By.cssSelector(".error-summary")).isEmpty());
    browser.press(By.cssSelector("form[action$='/submit'] button"));

    String reference = browser.heading().replace("Aanvraag ", "");
    assertTrue(reference.matches("PA-\\d{4}-\\d{6}"), reference);
    String url = browser.url();
    return new Submissions.Submitted(
        url.substring(url.lastIndexOf('/') + 1).split("[?#]")[0], reference);
  }

  /** Fills the first fields of the system at {@code index}. */
  private static void system(
      Browser browser,
      int index,
      String name,
      String operator,
      String hostedIn,
      String administeredFrom,
      boolean remote) {
    String at = "f-systems-" + index + "--";
    browser.type(at + "name", name);
    browser.type(at + "operator", operator);
    new Select(browser.find(By.id(at + "hostingCountry"))).selectByValue(hostedIn);
    browser.type(at + "administeredFrom", administeredFrom);
    browser.choose(at + "remoteAccess-" + remote);
  }
}
