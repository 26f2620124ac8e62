package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.review.service.InquiryClosing;
import be.permits.testsupport.ReadablePage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The figures for anyone, without login: the months of every agency add up to the month of all, the
 * CSV says what the JSON says, and the page reads in the reader's language with no case or person
 * in it. (Each figure's arithmetic is checked on a known data set in {@link StepFiguresTest}.)
 */
@QuarkusTest
class FiguresTest {
  @Inject MovableClock clock;
  @Inject InquiryClosing closing;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  @Test
  void theFiguresAddUpAndTheCsvSaysTheSame() {
    // A decided case, so that there is a month to count.
    AppealTest.decidedHub(clock, closing);
    JsonPath figures = given().get("/api/figures").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> months = figures.getList("months");
    assertFalse(months.isEmpty());
    for (Map<String, Object> all : months.stream().filter(m -> m.get("agency") == null).toList()) {
      int sum =
          months.stream()
              .filter(m -> m.get("month").equals(all.get("month")) && m.get("agency") != null)
              .mapToInt(m -> (Integer) m.get("decided"))
              .sum();
      assertEquals(all.get("decided"), sum, "the agencies' steps add up to all of " + all);
      BigDecimal share = new BigDecimal(String.valueOf(all.get("onTimeShare")));
      assertTrue(share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0);
    }
    String csv =
        given()
            .get("/api/figures/months.csv")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertEquals(
        "month,agency,decided,on_time,on_time_share,median_days,p90_days,requests_per_case,"
            + "stopped_days",
        lines.get(0));
    assertEquals(months.size() + 1, lines.size());
    assertTrue(lines.get(1).startsWith(months.get(0).get("month") + ",ALL,"), lines.get(1));
  }

  @Test
  void thePageReadsInTheReadersLanguage() {
    String nl = given().get("/figures?lang=nl").then().statusCode(200).extract().asString();
    assertTrue(nl.contains("Hoe de instanties hun termijnen halen"));
    assertTrue(nl.contains("<svg"), "a chart drawn on the server");
    assertEquals(List.of(), ReadablePage.problems(nl));
    String customs =
        given().get("/figures?agency=CUSTOMS&lang=de").then().statusCode(200).extract().asString();
    assertTrue(customs.contains("Nach Monat · Zoll"), customs);
    assertEquals(List.of(), ReadablePage.problems(customs));
    // An unknown agency is no error: the page shows all agencies.
    given().get("/figures?agency=NOBODY").then().statusCode(200);
  }
}
