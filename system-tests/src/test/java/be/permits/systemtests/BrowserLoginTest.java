package be.permits.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person logs in through Keycloak in a real browser at the single entry point. */
@ExtendWith(RunningSuite.class)
class BrowserLoginTest {
  private WebDriver browser;

  @BeforeEach
  void openBrowser() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=fr",
        "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath(),
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theDemoApplicantLogsInAndIsGreetedByNameInHerLanguage() {
    browser.get(RunningSuite.entryUrl() + "/");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertTrue(
        browser.getCurrentUrl().startsWith(RunningSuite.entryUrl() + "/auth/"),
        "the login page is served through the entry point: " + browser.getCurrentUrl());
    browser.findElement(By.id("username")).sendKeys("alice");
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.id("kc-login")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    assertEquals(RunningSuite.entryUrl() + "/", browser.getCurrentUrl());
    assertEquals("Bienvenue, Alice Martin", browser.findElement(By.tagName("h1")).getText());
    assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(browser.getPageSource().contains("Demandeur"), "the applicant role is shown");
  }
}
