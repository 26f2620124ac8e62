package be.permits.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The inbox in Chromium: a new message appears while the page is open (server-sent events), and the
 * preferences page is accessible. Bob reads Dutch.
 */
@ExtendWith(RunningSuite.class)
class InboxBrowserTest {

  @Test
  void aNewMessageAppearsInTheOpenInboxAndThePagesAreAccessible() throws Exception {
    try (Browser browser = new Browser("nl")) {
      browser.open("/inbox");
      browser.logIn("bob");
      assertEquals("Berichten", browser.heading());
      browser.assertWellMade("inbox");

      String reference = Submissions.throughApi("bob").reference();
      // No reload: the open page receives the message and shows it.
      Awaitility.await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> browser.find(By.id("inbox-list")).getText().contains(reference));
      assertTrue(browser.find(By.id("inbox-live")).getText().contains(reference));
      // The live message says what a reload would: what to do, and a link to the application.
      var arrived = browser.find(By.cssSelector("#inbox-list > li:first-child"));
      assertTrue(
          arrived.findElement(By.tagName("a")).getText().contains(reference), arrived.getText());
      assertTrue(
          arrived.findElement(By.cssSelector("form[action$='/read'] button")).isDisplayed(),
          "it can be marked read at once");
      browser.assertWellMade("inbox with a live message");

      browser.press(By.linkText("Mijn keuzes"));
      assertEquals("Mijn keuzes", browser.heading());
      browser.assertWellMade("preferences");
    }
  }
}
