package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.review.document.DecisionSeal;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * Checking seals costs processor time: callers that check at once beyond what the service takes are
 * told to come back (503, Retry-After), never given a 500; an address that checks too often is
 * slowed (429, Retry-After) while the page that offers the check still opens. The limits are
 * lowered for this test only.
 */
@QuarkusTest
@TestProfile(SealingProfile.class)
class VerificationLimitsTest {
  static final int PER_MINUTE = SealingProfile.CHECKS_PER_MINUTE;
  static final int AT_ONCE_CALLERS = 6;

  @Inject DecisionSeal seal;

  @Test
  void tooManyChecksAtOnceOrPerMinuteAreToldToComeBack() throws Exception {
    byte[] sealed = seal.seal(blankPdf(), "A test of the limits", Instant.now());
    CyclicBarrier barrier = new CyclicBarrier(AT_ONCE_CALLERS);
    ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE_CALLERS);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < AT_ONCE_CALLERS; i++) {
        answers.add(
            pool.submit(
                () -> {
                  barrier.await();
                  return given()
                      .contentType("application/pdf")
                      .body(sealed)
                      .post("/api/decisions/verifications");
                }));
      }
      for (Future<Response> answer : answers) {
        Response response = answer.get();
        statuses.add(response.statusCode());
        if (response.statusCode() == 503) {
          assertTrue(response.header("Retry-After").matches("[1-9][0-9]*"), "Retry-After");
          assertTrue(response.contentType().startsWith("application/problem+json"));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 503), statuses.toString());
    assertTrue(statuses.contains(200), "one was checked: " + statuses);
    assertTrue(statuses.contains(503), "the others were told to come back: " + statuses);

    int status = 200;
    for (int sent = AT_ONCE_CALLERS; sent <= PER_MINUTE && status != 429; sent++) {
      status =
          given()
              .contentType("application/pdf")
              .body("not a pdf".getBytes())
              .post("/api/decisions/verifications")
              .then()
              .extract()
              .statusCode();
    }
    given()
        .contentType("application/pdf")
        .body("not a pdf".getBytes())
        .post("/api/decisions/verifications")
        .then()
        .statusCode(429)
        .header("Retry-After", matchesPattern("[1-9][0-9]*"))
        .header("RateLimit-Policy", equalTo("\"costly\";q=" + PER_MINUTE + ";w=60"));
    given().get("/decisions/verify").then().statusCode(200);
  }

  private static byte[] blankPdf() throws Exception {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
