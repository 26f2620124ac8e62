package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewInquiryOpened;
import be.permits.testsupport.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * While a public inquiry runs, anyone downloads the application's site plan and impact study from
 * the link on the inquiry's page, without login; its data protection impact assessment, its
 * documents on any other day, and other applications' documents answer 404.
 */
@QuarkusTest
class PublicDocumentsTest {
  record UnderInquiry(String id, String sitePlan, String assessment) {}

  static UnderInquiry underInquiry(LocalDate from, LocalDate to) {
    String[] documents = new String[2];
    Reviews.UnderReview app =
        Reviews.underReview(
            id -> {
              documents[0] =
                  Documents.upload(Reviews.ALICE, id, "SITE_PLAN", "plan.pdf", Documents.PDF)
                      .statusCode(201)
                      .extract()
                      .path("id");
              documents[1] =
                  Documents.upload(
                          Reviews.ALICE,
                          id,
                          "DATA_PROTECTION_IMPACT_ASSESSMENT",
                          "dpia.pdf",
                          Documents.PDF)
                      .statusCode(201)
                      .extract()
                      .path("id");
            });
    UUID applicationId = UUID.fromString(app.id());
    KafkaEvents.publish(
        EventType.REVIEW_INQUIRY_OPENED,
        applicationId,
        new ReviewInquiryOpened(
            app.caseId(),
            applicationId,
            app.reference(),
            from,
            to,
            Instant.now(),
            new Contact("sub-alice", "Alice", null, "fr")),
        UUID.randomUUID());
    return new UnderInquiry(app.id(), documents[0], documents[1]);
  }

  static String path(UnderInquiry app, String document) {
    return "/inquiry-documents/" + app.id() + "/" + document;
  }

  @Test
  void anyoneDownloadsThePublicDocumentsWhileTheInquiryRunsAndNothingElse() {
    LocalDate today = LocalDate.now(be.permits.support.time.SuiteTime.ZONE);
    UnderInquiry app = underInquiry(today.minusDays(1), today.plusDays(14));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> given().get(path(app, app.sitePlan())).then().statusCode(200));
    given()
        .get(path(app, app.sitePlan()))
        .then()
        .contentType("application/pdf")
        .header("Content-Disposition", containsString("plan.pdf"));
    given().get(path(app, app.assessment())).then().statusCode(404);
    given()
        .get("/inquiry-documents/" + UUID.randomUUID() + "/" + app.sitePlan())
        .then()
        .statusCode(404);
  }

  @Test
  void anInquiryThatEndedOrHasNotBegunOpensNothing() {
    LocalDate today = LocalDate.now(be.permits.support.time.SuiteTime.ZONE);
    UnderInquiry ended = underInquiry(today.minusDays(30), today.minusDays(1));
    UnderInquiry later = underInquiry(today.plusDays(1), today.plusDays(16));
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              given().get(path(ended, ended.sitePlan())).then().statusCode(404);
              given().get(path(later, later.sitePlan())).then().statusCode(404);
            });
  }
}
