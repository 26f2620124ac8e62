package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.contracts.Agency;
import be.permits.contracts.Contact;
import be.permits.contracts.EventType;
import be.permits.contracts.review.ReviewConcluded;
import be.permits.permit.Reviews.UnderReview;
import be.permits.testsupport.KafkaEvents;
import be.permits.testsupport.Race;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Reading writes nothing: every shape of application (a draft with empty sections, a complete draft
 * with a document, submitted, answered, decided, withdrawn), read through every read operation of
 * the API and every page, many readers at once. Otherwise each read bumps the application's version
 * and collides with the review events that update it meanwhile.
 */
@QuarkusTest
@TestSecurity(user = "alice", roles = "applicant")
@OidcSecurity(
    claims = {
      @Claim(key = "sub", value = "sub-alice"),
      @Claim(key = "organisation", value = "skyway")
    })
class ReadsWriteNothingTest {
  static final String ALICE = Applicants.ALICE;
  static final int READERS = 8;

  @Inject EntityManager em;

  @Test
  void readingEveryShapeOfApplicationEverywhereAtOnceWritesNothing() {
    List<String> shapes = new ArrayList<>();
    shapes.add(Applicants.createDraft(ALICE, Map.of()));
    String complete = Applicants.createDraft(ALICE, Samples.liegeHub());
    Documents.upload(ALICE, complete, "SITE_PLAN", "plan.pdf", Documents.PDF).statusCode(201);
    shapes.add(complete);
    shapes.add(Reviews.underReview().id());
    shapes.add(answered());
    shapes.add(decided());
    shapes.add(withdrawn());

    List<String> paths = new ArrayList<>(List.of("/api/applications?limit=50", "/applications"));
    for (String id : shapes) {
      paths.addAll(readsOf(id));
    }
    Map<String, String> before = rowVersions(shapes);
    Map<String, Integer> versions = versions(shapes);

    List<Callable<List<String>>> readers = new ArrayList<>();
    for (int i = 0; i < READERS; i++) {
      readers.add(() -> readAll(paths));
    }
    List<String> refused = Race.of(readers).stream().flatMap(List::stream).toList();

    assertEquals(List.of(), refused, "every read answers 200");
    assertEquals(versions, versions(shapes), "no application changed version");
    assertEquals(before, rowVersions(shapes), "no row inserted, updated or deleted");
  }

  /** Every read of one application, through the API and the pages. */
  List<String> readsOf(String id) {
    String api = "/api/applications/" + id;
    List<String> paths =
        new ArrayList<>(
            List.of(
                api,
                api + "/notes",
                api + "/related",
                api + "/attachments",
                api + "/information-requests",
                api + "/revisions",
                "/applications/" + id));
    String status = given().auth().oauth2(ALICE).get(api).then().extract().path("status");
    int revision = given().auth().oauth2(ALICE).get(api).then().extract().path("revision");
    if ("DRAFT".equals(status)) {
      for (String step :
          List.of("organisation", "site", "project", "data", "documents", "review")) {
        paths.add("/applications/" + id + "/edit/" + step);
      }
    }
    for (int n = 1; n <= revision; n++) {
      paths.add(api + "/revisions/" + n);
    }
    if (revision > 1) {
      paths.add(api + "/revisions/diff?from=1&to=" + revision);
    }
    List<String> documents =
        given().auth().oauth2(ALICE).get(api + "/attachments").then().extract().path("id");
    for (String document : documents) {
      paths.add(api + "/attachments/" + document + "/content");
      paths.add("/applications/" + id + "/documents/" + document);
    }
    return paths;
  }

  /** Reads every path once; answers those that did not answer 200. */
  static List<String> readAll(List<String> paths) {
    List<String> refused = new ArrayList<>();
    for (String path : paths) {
      int status = given().auth().oauth2(ALICE).get(path).then().extract().statusCode();
      if (status != 200) {
        refused.add(status + " " + path);
      }
    }
    return refused;
  }

  String answered() {
    UnderReview app = Reviews.underReview();
    UUID requestId = Reviews.requestInformation(app, Agency.CUSTOMS);
    given()
        .auth()
        .oauth2(ALICE)
        .contentType(ContentType.JSON)
        .body(Map.of("answer", "Bonded area on the plan.", "changes", Reviews.withJobs(460)))
        .post("/api/applications/{id}/information-requests/{r}/answer", app.id(), requestId)
        .then()
        .statusCode(200);
    Reviews.awaitStatus(app.id(), "UNDER_REVIEW");
    return app.id();
  }

  String decided() {
    UnderReview app = Reviews.underReview();
    KafkaEvents.publish(
        EventType.REVIEW_CONCLUDED,
        UUID.fromString(app.id()),
        new ReviewConcluded(
            app.caseId(),
            UUID.fromString(app.id()),
            app.reference(),
            "APPROVED_WITH_CONDITIONS",
            List.of("Host customer data of EU residents in the EU only."),
            List.of("The hub fits the zoning plan."),
            Instant.now(),
            new Contact("sub-alice", "Alice", null, "fr")),
        UUID.randomUUID());
    Reviews.awaitStatus(app.id(), "APPROVED_WITH_CONDITIONS");
    return app.id();
  }

  String withdrawn() {
    UnderReview app = Reviews.underReview();
    given()
        .auth()
        .oauth2(ALICE)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "We build elsewhere."))
        .post("/api/applications/{id}/withdraw", app.id())
        .then()
        .statusCode(200);
    return app.id();
  }

  Map<String, Integer> versions(List<String> ids) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Map<String, Integer> versions = new TreeMap<>();
              for (String id : ids) {
                versions.put(
                    id,
                    em.find(be.permits.permit.domain.Application.class, UUID.fromString(id))
                        .version);
              }
              return versions;
            });
  }

  /**
   * Every row that belongs to the applications, by table and key, with its {@code xmin}: the
   * transaction that wrote its current version. An UPDATE, even one that changes no value, writes a
   * new version; an INSERT or DELETE changes the set of keys.
   */
  Map<String, String> rowVersions(List<String> ids) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Map<String, String> versions = new TreeMap<>();
              List<UUID> applications = ids.stream().map(UUID::fromString).toList();
              for (String[] table : TABLES) {
                @SuppressWarnings("unchecked")
                List<Object[]> rows =
                    em.createNativeQuery(
                            "SELECT CAST("
                                + table[1]
                                + " AS text), CAST(xmin AS text) FROM "
                                + table[0]
                                + " WHERE "
                                + table[2]
                                + " IN (:ids)")
                        .setParameter("ids", applications)
                        .getResultList();
                for (Object[] row : rows) {
                  versions.put(table[0] + ":" + row[0], (String) row[1]);
                }
              }
              return versions;
            });
  }

  /** The tables that hold an application's data: name, row key, the application's column. */
  static final List<String[]> TABLES =
      List.of(
          new String[] {"application", "id", "id"},
          new String[] {"attachment", "id", "application_id"},
          new String[] {"information_request", "id", "application_id"},
          new String[] {
            "application_revision", "application_id || '/' || number", "application_id"
          },
          new String[] {"agency_note", "id", "application_id"});
}
