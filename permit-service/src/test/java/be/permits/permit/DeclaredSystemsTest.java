package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import be.permits.contracts.Agency;
import be.permits.permit.service.ApplicationForm;
import be.permits.permit.service.ApplicationForm.SystemForm;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Systems declared one by one through the API: what a reviewer relies on (who administers a system
 * and from where, what it holds and where, where its data goes) is stored as declared, checked
 * field by field, and required before submission.
 */
@QuarkusTest
class DeclaredSystemsTest {

  @Test
  void eachSystemIsStoredAsDeclared() {
    String id = Applicants.createDraft(Applicants.ALICE, Samples.liegeHub());
    given()
        .auth()
        .oauth2(Applicants.ALICE)
        .get("/api/applications/{id}", id)
        .then()
        .statusCode(200)
        .body(
            "systems.name",
            equalTo(List.of("Warehouse management", "Customs brokerage", "Group trade platform")))
        .body("systems[2].administeredFrom", equalTo(List.of("CN")))
        .body("systems[2].remoteAccess", equalTo(true))
        .body("systems[2].groupPlatforms", equalTo(List.of("Skyway Global Trade Platform")))
        .body(
            "systems[2].data.category",
            containsInAnyOrder("SHIPMENT_TRACKING", "CUSTOMS_DECLARATIONS"))
        .body("systems[2].transfers[0].legalBasis", equalTo("STANDARD_CONTRACTUAL_CLAUSES"))
        .body("data.declarationsPerYear", equalTo(2_400_000));
  }

  @Test
  void aBadSystemIsRefusedFieldByFieldAndNothingIsStored() {
    Map<String, Object> bad =
        Map.of(
            "name", "Group trade platform",
            "hostingCountry", "Germany",
            "administeredFrom", List.of("CN", "XX"),
            "data", List.of(Map.of("category", "SHIPMENT_TRACKING", "storedIn", List.of())),
            "transfers", List.of(Map.of("country", "CN")));
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .contentType(ContentType.JSON)
        .body(Map.of("systems", List.of(Map.of("name", "Fine"), bad)))
        .post("/api/applications")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            containsInAnyOrder(
                "systems[1].hostingCountry",
                "systems[1].hostingCountry",
                "systems[1].administeredFrom[1]",
                "systems[1].data[0].storedIn",
                "systems[1].transfers[0].legalBasis"));
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "systems",
                List.of(
                    Map.of(
                        "name",
                        "A",
                        "transfers",
                        List.of(Map.of("country", "CN", "legalBasis", "A_HANDSHAKE"))))))
        .post("/api/applications")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void aCountryListWithAHoleOrACategoryNamedTwiceIsRefused() {
    java.util.List<String> withHole = new java.util.ArrayList<>();
    withHole.add("CN");
    withHole.add(null);
    Map<String, Object> system = new java.util.HashMap<>();
    system.put("name", "Platform");
    system.put("administeredFrom", withHole);
    system.put(
        "data",
        List.of(
            Map.of("category", "PERSONAL", "storedIn", List.of("DE")),
            Map.of("category", "PERSONAL", "storedIn", List.of("IE"))));
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .contentType(ContentType.JSON)
        .body(Map.of("systems", List.of(system)))
        .post("/api/applications")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            containsInAnyOrder("systems[0].administeredFrom[1]", "systems[0].eachCategoryOnce"));
  }

  @Test
  void submissionNeedsEachSystemDeclaredWhole() {
    var hub = Samples.liegeHub();
    var platform = Samples.systems().get(2);
    var incomplete =
        new SystemForm(
            platform.name(),
            null,
            null,
            null,
            null,
            List.of(),
            true,
            List.of(),
            List.of(),
            List.of(),
            List.of());
    var twice = Samples.systems().get(0);
    String id =
        Applicants.createDraft(
            Applicants.ALICE,
            new ApplicationForm(
                hub.organisation(),
                hub.site(),
                hub.project(),
                hub.data(),
                List.of(twice, incomplete, twice)));
    Applicants.submit(Applicants.ALICE, id)
        .statusCode(422)
        .body(
            "errors.field",
            hasItems(
                "systems[1].operator",
                "systems[1].hostingCountry",
                "systems[1].administeredFrom",
                "systems[1].stored",
                "systems[2].name"));
  }

  @Test
  void aRevisionThatChangesASystemShowsItAmongTheChanges() {
    Reviews.UnderReview app = Reviews.underReview();
    UUID requestId = Reviews.requestInformation(app, Agency.STATE_SECURITY);
    List<SystemForm> systems = new ArrayList<>(Samples.systems());
    SystemForm platform = systems.get(2);
    systems.set(
        2,
        new SystemForm(
            platform.name(),
            platform.purpose(),
            platform.operator(),
            platform.hostingCountry(),
            platform.administrator(),
            List.of("IE"),
            platform.remoteAccess(),
            platform.groupPlatforms(),
            platform.data(),
            List.of(),
            List.of()));
    given()
        .auth()
        .oauth2(Applicants.ALICE)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "answer",
                "The platform is now administered from Dublin.",
                "changes",
                new ApplicationForm(null, null, null, null, systems)))
        .post("/api/applications/{id}/information-requests/{r}/answer", app.id(), requestId)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Applicants.ALICE)
        .queryParam("from", 1)
        .queryParam("to", 2)
        .get("/api/applications/{id}/revisions/diff", app.id())
        .then()
        .statusCode(200)
        .body("changes.field", equalTo(List.of("systems")))
        .body("changes[0].after[2].administeredFrom", equalTo(List.of("IE")))
        .body("changes[0].before[2].administeredFrom", equalTo(List.of("CN")));
  }
}
