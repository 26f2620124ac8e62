package be.permits.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium at the suite's entry point, as a person would use it: log in through Keycloak,
 * fill in fields, press buttons, and check every page with axe-core.
 */
final class Browser implements AutoCloseable {
  private final WebDriver driver;
  private final WebDriverWait wait;

  /** A fresh browser, with no cookies, asking for pages in {@code language}. */
  Browser(String language) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    try {
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
          "--window-size=1280,1000",
          "--lang=" + language,
          "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath(),
          "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens {@code path} of the suite; without a session, logs in as {@code user} first. */
  void open(String path) {
    driver.get(RunningSuite.entryUrl() + path);
  }

  void logIn(String user) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertTrue(
        driver.getCurrentUrl().startsWith(RunningSuite.entryUrl() + "/auth/"),
        "the login page is served through the entry point: " + driver.getCurrentUrl());
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.id("kc-login")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
  }

  String heading() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
  }

  WebElement find(By by) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(by));
  }

  /** Replaces the text of the input or text area with this id. */
  void type(String id, String text) {
    WebElement field = find(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  void choose(String id) {
    find(By.id(id)).click();
  }

  /** Sets a date input by script: what typing into it means depends on the browser's locale. */
  void setDate(String id, java.time.LocalDate day) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", find(By.id(id)), day.toString());
  }

  /** What the browser gets when it follows {@code href} within this session (a download). */
  record Fetched(long status, String type, byte[] bytes) {
    String text() {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  Fetched fetch(String href) {
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> answer =
        (java.util.Map<String, Object>)
            ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'})"
                        + ".then(r => r.arrayBuffer().then(b => {"
                        + " const u = new Uint8Array(b); let s = '';"
                        + " for (let i = 0; i < u.length; i += 32768)"
                        + " s += String.fromCharCode.apply(null, u.subarray(i, i + 32768));"
                        + " done({status: r.status, type: r.headers.get('content-type') || '',"
                        + " body: btoa(s)}); }))"
                        + ".catch(e => done({status: 0, type: '', body: btoa(String(e))}));",
                    href);
    return new Fetched(
        ((Number) answer.get("status")).longValue(),
        String.valueOf(answer.get("type")),
        java.util.Base64.getDecoder().decode(String.valueOf(answer.get("body"))));
  }

  /** Presses a button and waits for the next page. */
  void press(By button) {
    WebElement pressed = null;
    for (int attempt = 1; pressed == null; attempt++) {
      try {
        WebElement found = wait.until(ExpectedConditions.elementToBeClickable(button));
        found.click();
        pressed = found;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        // The page was still being replaced when the button was found, so the click did not
        // happen; find the button again. Never click twice once a click went through.
        if (attempt == 3) {
          throw e;
        }
      }
    }
    try {
      wait.until(ExpectedConditions.stalenessOf(pressed));
    } catch (org.openqa.selenium.WebDriverException e) {
      // Chromium may report the page it is leaving as "does not belong to the document": the
      // click went through, and the next page is loading.
      if (!String.valueOf(e.getMessage()).contains("does not belong")) {
        throw e;
      }
    }
  }

  String url() {
    return driver.getCurrentUrl();
  }

  String source() {
    return driver.getPageSource();
  }

  /**
   * The page as every reader must find it: axe-core finds no violation of any impact, what is shown
   * reads as words ({@link be.permits.testsupport.ReadablePage}: no id, enum constant, JSON, null
   * or English sentence on another language's page), and at 390 CSS px nothing scrolls sideways
   * (WCAG 1.4.10 reflow). The window is back at 1280 px afterwards.
   */
  void assertWellMade(String pageName) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    assertEquals(
        List.of(),
        results.getViolations().stream()
            .map(
                v ->
                    v.getId()
                        + " ("
                        + v.getImpact()
                        + ") at "
                        + v.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget()))
                            .collect(Collectors.joining(", ")))
            .toList(),
        pageName + ": accessibility violations");
    assertEquals(
        List.of(),
        be.permits.testsupport.ReadablePage.problems(source()),
        pageName + ": what the reader sees");
    screenshot(pageName + "-1280");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
    try {
      screenshot(pageName + "-390");
      Object overflow =
          ((org.openqa.selenium.JavascriptExecutor) driver)
              .executeScript(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertTrue(
          ((Number) overflow).longValue() <= 0,
          pageName + " scrolls sideways at 390 px by " + overflow + " px");
    } finally {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }
  }

  /** Keeps what the page looked like under {@code target/screenshots/}, for people to look at. */
  void screenshot(String name) {
    try {
      java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
      Files.createDirectories(dir);
      byte[] png = wholePage();
      Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9-]+", "-") + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The whole page, not only what the window shows, so that a person reviewing the screenshots sees
   * every section (Chrome's DevTools capture beyond the viewport).
   */
  private byte[] wholePage() {
    if (driver instanceof ChromeDriver chrome) {
      @SuppressWarnings("unchecked")
      java.util.Map<String, Object> size =
          (java.util.Map<String, Object>)
              chrome
                  .executeCdpCommand("Page.getLayoutMetrics", java.util.Map.of())
                  .get("cssContentSize");
      java.util.Map<String, Object> shot =
          chrome.executeCdpCommand(
              "Page.captureScreenshot",
              java.util.Map.of(
                  "format",
                  "png",
                  "captureBeyondViewport",
                  true,
                  "clip",
                  java.util.Map.of(
                      "x",
                      0,
                      "y",
                      0,
                      "width",
                      ((Number) size.get("width")).doubleValue(),
                      "height",
                      Math.min(((Number) size.get("height")).doubleValue(), 8000),
                      "scale",
                      1)));
      return java.util.Base64.getDecoder().decode((String) shot.get("data"));
    }
    return ((org.openqa.selenium.TakesScreenshot) driver)
        .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
