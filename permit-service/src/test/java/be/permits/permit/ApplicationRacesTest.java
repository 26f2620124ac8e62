package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.contracts.Topics;
import be.permits.support.outbox.OutboxRelay;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.Race;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An applicant's double click, and an applicant racing themselves: real concurrent callers at a
 * barrier, many rounds, and one consistent outcome each time.
 */
@QuarkusTest
class ApplicationRacesTest {
  static final int ROUNDS = 50;

  @Inject EntityManager em;
  @Inject OutboxRelay relay;

  long events(String applicationId, String type) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (Long)
                    em.createQuery(
                            "SELECT count(e) FROM OutboxEvent e WHERE e.aggregateId = :id"
                                + " AND e.type = :type")
                        .setParameter("id", applicationId)
                        .setParameter("type", type)
                        .getSingleResult());
  }

  static int withdraw(String id) {
    return given()
        .auth()
        .oauth2(Applicants.ALICE)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "We build elsewhere."))
        .post("/api/applications/{id}/withdraw", id)
        .then()
        .extract()
        .statusCode();
  }

  @Test
  void aDoubleSubmitMakesOneSubmissionAndOneEvent() {
    for (int round = 0; round < ROUNDS; round++) {
      String id = Applicants.createDraft(Applicants.ALICE, Samples.liegeHub());
      List<Integer> answers =
          Race.of(
              () -> Applicants.submit(Applicants.ALICE, id).extract().statusCode(),
              () -> Applicants.submit(Applicants.ALICE, id).extract().statusCode());
      assertEquals(Set.of(200, 409), Set.copyOf(answers), "round " + round + ": " + answers);
      assertEquals(1, events(id, "permit.submitted.v1"), "round " + round);
      given()
          .auth()
          .oauth2(Applicants.ALICE)
          .get("/api/applications/{id}/revisions", id)
          .then()
          .statusCode(200)
          .body("size()", org.hamcrest.Matchers.equalTo(1));
    }
  }

  @Test
  void aDoubleWithdrawalWithdrawsOnceWithOneEvent() {
    for (int round = 0; round < ROUNDS; round++) {
      String id = Applicants.createDraft(Applicants.ALICE, Samples.liegeHub());
      Applicants.submit(Applicants.ALICE, id).statusCode(200);
      List<Integer> answers = Race.of(() -> withdraw(id), () -> withdraw(id));
      assertEquals(Set.of(200, 409), Set.copyOf(answers), "round " + round + ": " + answers);
      assertEquals(1, events(id, "permit.withdrawn.v1"), "round " + round);
    }
  }

  /**
   * Two relays (two instances of the service, and this one's own background relay besides) racing
   * over the same pending events: each event reaches Kafka once.
   */
  @Test
  void twoRelaysAtOncePublishEachEventOnce() {
    List<String> ids = new java.util.ArrayList<>();
    for (int round = 0; round < 20; round++) {
      String id = Applicants.createDraft(Applicants.ALICE, Samples.liegeHub());
      ids.add(id);
      Race.of(
          () -> relay.relayBatch(),
          () -> Applicants.submit(Applicants.ALICE, id).extract().statusCode());
      Race.of(() -> relay.relayBatch(), () -> relay.relayBatch());
    }
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              Map<String, Long> perEvent =
                  KafkaEvents.readAll(Topics.PERMIT_EVENTS).stream()
                      .filter(e -> ids.contains(e.key()))
                      .filter(e -> "permit.submitted.v1".equals(e.type()))
                      .collect(
                          java.util.stream.Collectors.groupingBy(
                              KafkaEvents.ReceivedEvent::id,
                              java.util.stream.Collectors.counting()));
              assertEquals(ids.size(), perEvent.size(), "every submission reached Kafka");
              assertEquals(Set.of(1L), Set.copyOf(perEvent.values()), "each exactly once");
            });
  }

  @Test
  void anApplicationHoldsAtMostItsQuotaOfDocuments() {
    String token = HostileInputTest.freshApplicant();
    String id = Applicants.createDraft(token, Map.of());
    for (int i = 0; i < be.permits.permit.service.Attachments.MAX_DOCUMENTS; i++) {
      Documents.upload(token, id, "SITE_PLAN", "plan-" + i + ".pdf", Documents.PDF).statusCode(201);
    }
    Documents.upload(token, id, "SITE_PLAN", "one-too-many.pdf", Documents.PDF)
        .statusCode(409)
        .contentType("application/problem+json");
  }
}
