package be.permits.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A person logs in through Keycloak in a real browser at the single entry point. */
@ExtendWith(RunningSuite.class)
class BrowserLoginTest {

  @Test
  void theDemoApplicantLogsInAndIsGreetedByNameInHerLanguage() {
    try (Browser browser = new Browser("en")) {
      browser.open("/");
      browser.logIn("alice");
      assertEquals(RunningSuite.entryUrl() + "/", browser.url());
      // Her profile says French; that wins over the browser's English.
      assertEquals("Bienvenue, Alice Martin", browser.heading());
      assertEquals("fr", browser.find(By.tagName("html")).getAttribute("lang"));
      assertTrue(browser.source().contains("Demandeur"), "the applicant role is shown");
      browser.assertWellMade("home page");

      browser.press(By.cssSelector("a[hreflang=de]"));
      assertEquals("Willkommen, Alice Martin", browser.heading());
      browser.open("/");
      assertEquals("Willkommen, Alice Martin", browser.heading(), "the choice is remembered");
    }
  }

  @Test
  void keycloaksLoginPageSpeaksTheLanguageChosenOnTheSuite() {
    try (Browser browser = new Browser("en")) {
      browser.open("/?lang=nl");
      browser.find(By.id("username"));
      assertTrue(
          browser.url().contains("ui_locales=nl"),
          "the suite passes its language: " + browser.url());
      assertEquals(
          "nl",
          browser.find(By.tagName("html")).getAttribute("lang"),
          "Keycloak's page is Dutch although the browser asks for English");
    }
  }

  @Test
  void signingOutOnOneServicesPagesSignsOutOfEveryService() {
    try (Browser browser = new Browser("en")) {
      browser.open("/inbox");
      browser.logIn("bob");
      browser.open("/applications");
      assertEquals(
          "Uw aanvragen",
          browser.heading(),
          "one login, one session cookie, serves every service: " + browser.url());

      browser.press(By.cssSelector("a[href='/logout']"));
      browser.open("/inbox");
      assertTrue(
          browser.url().startsWith(RunningSuite.entryUrl() + "/auth/"),
          "the inbox asks for a login again: " + browser.url());
    }
  }
}
