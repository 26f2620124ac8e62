package be.permits.permit;

import static be.permits.permit.ReconciliationTest.entry;
import static be.permits.permit.ReconciliationTest.importing;
import static be.permits.permit.ReconciliationTest.statement;
import static be.permits.permit.ReconciliationTest.structured;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Contact;
import be.permits.contracts.EventJson;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.permit.PermitAppealFeeInvoiced;
import be.permits.contracts.permit.PermitFeePaid;
import be.permits.contracts.review.ReviewAppealLodged;
import be.permits.testsupport.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The appeal fee: a lodged appeal is invoiced to its appellant once, whatever the deliveries, with
 * a structured communication the appellant is told; the statement that pays it tells review-service
 * the appeal may be decided. The officials owe no fee; the applicant's file lists none of it.
 */
@QuarkusTest
class AppealFeeTest {
  private static final Contact NEIGHBOUR =
      new Contact("appellant-1", "Jeanne Voisin", "jeanne@example.org", "fr");

  @Test
  void aLodgedAppealIsInvoicedOnceToItsAppellantAndItsPaymentIsTold() {
    Reviews.UnderReview app = Reviews.underReview();
    UUID applicationId = UUID.fromString(app.id());
    UUID appeal = UUID.randomUUID();
    ReviewAppealLodged lodged = lodged(app, appeal, "THIRD_PARTIES");
    KafkaEvents.publish(EventType.REVIEW_APPEAL_LODGED, applicationId, lodged, UUID.randomUUID());
    KafkaEvents.publish(EventType.REVIEW_APPEAL_LODGED, applicationId, lodged, UUID.randomUUID());
    // The officials appeal without a fee.
    KafkaEvents.publish(
        EventType.REVIEW_APPEAL_LODGED,
        applicationId,
        lodged(app, UUID.randomUUID(), "OFFICIALS"),
        UUID.randomUUID());

    PermitAppealFeeInvoiced invoiced =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    published(
                        app.id(),
                        EventType.PERMIT_APPEAL_FEE_INVOICED,
                        PermitAppealFeeInvoiced.class),
                list -> !list.isEmpty())
            .get(0);
    assertEquals(appeal, invoiced.appealId());
    assertEquals(10_000, invoiced.amountCents());
    assertEquals(NEIGHBOUR.email(), invoiced.payer().email());
    assertTrue(invoiced.communication().matches("\\+\\+\\+[0-9]{3}/[0-9]{4}/[0-9]{5}\\+\\+\\+"));
    // Another moment for the duplicate and the officials' appeal to have been read.
    await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
    assertEquals(
        1,
        published(app.id(), EventType.PERMIT_APPEAL_FEE_INVOICED, PermitAppealFeeInvoiced.class)
            .size(),
        "invoiced once, and not to the officials");
    List<String> applicantsFees =
        given()
            .auth()
            .oauth2(Applicants.ALICE)
            .get("/api/applications/{id}/invoices", app.id())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("kind");
    assertTrue(
        !applicantsFees.contains("APPEAL_FEE"), "not the applicant's fee: " + applicantsFees);

    String run = UUID.randomUUID().toString().substring(0, 8);
    importing(
            statement(
                "STMT-" + run,
                entry(run + "-1", "100.00", "CRDT", structured(invoiced.communication()))))
        .statusCode(200)
        .body("payments[0].outcome", org.hamcrest.Matchers.equalTo("MATCHED"));
    PermitFeePaid paid =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    published(app.id(), EventType.PERMIT_FEE_PAID, PermitFeePaid.class).stream()
                        .filter(p -> appeal.equals(p.appealId()))
                        .toList(),
                list -> !list.isEmpty())
            .get(0);
    assertEquals("APPEAL_FEE", paid.kind());
    assertEquals(invoiced.invoiceId(), paid.invoiceId());
  }

  private static ReviewAppealLodged lodged(Reviews.UnderReview app, UUID appeal, String capacity) {
    return new ReviewAppealLodged(
        app.caseId(),
        UUID.fromString(app.id()),
        app.reference(),
        appeal,
        capacity,
        LocalDate.now(),
        LocalDate.now().plusDays(70),
        true,
        NEIGHBOUR,
        new Contact("sub-alice", "Alice", null, "fr"),
        Instant.now(),
        true);
  }

  private static <T> List<T> published(String applicationId, EventType type, Class<T> payload) {
    return KafkaEvents.readAll(Topics.PERMIT_EVENTS).stream()
        .filter(e -> e.key().equals(applicationId) && e.type().equals(type.type()))
        .map(e -> EventJson.read(e.data(), payload))
        .toList();
  }
}
