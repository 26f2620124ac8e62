package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import be.permits.permit.service.ApplicationForm;
import be.permits.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApplicationApiTest {
  @Test
  void anApplicantCreatesReadsAndSubmitsAnApplication() {
    String id = Applicants.createDraft(Applicants.ALICE, Samples.liegeHub());

    given()
        .auth()
        .oauth2(Applicants.ALICE)
        .get("/api/applications/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("reference", nullValue())
        .body("organisation.enterpriseNumber", equalTo("0403170701"))
        .body("site.cadastralParcels", containsInAnyOrder("62032A0101/02", "62032A0102"))
        .body("project.requestedFloorArea", equalTo(100000))
        .body("data.storageCountries", containsInAnyOrder("DE", "IE"));

    Applicants.submit(Applicants.ALICE, id)
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("revision", equalTo(1))
        .body("reference", matchesPattern("PA-\\d{4}-\\d{6}"));

    Applicants.submit(Applicants.ALICE, id)
        .statusCode(409)
        .contentType("application/problem+json")
        .body("status", equalTo(409));
  }

  @Test
  void aColleagueOfTheSameOrganisationSeesTheApplicationAndAnotherOrganisationGets404() {
    String id = Applicants.createDraft(Applicants.ALICE, Samples.liegeHub());
    String colleague = TestTokens.applicant("carol", "skyway");

    given().auth().oauth2(colleague).get("/api/applications/{id}", id).then().statusCode(200);
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .get("/api/applications/{id}", id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    Applicants.submit(Applicants.BOB, id).statusCode(404);
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .get("/api/applications")
        .then()
        .statusCode(200)
        .body("id", not(hasItem(id)));
  }

  @Test
  void invalidFieldsAreAllNamedInOneProblemAndNothingIsStored() {
    Map<String, Object> body =
        Map.of(
            "organisation",
            Map.of(
                "enterpriseNumber", "0403.170.702",
                "countryOfIncorporation", "XX",
                "nonEuVotingShare", 140),
            "project",
            Map.of("requestedFloorArea", 0),
            "data",
            Map.of("storageCountries", java.util.List.of("BE", "ZZ")));
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/applications")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            containsInAnyOrder(
                "organisation.enterpriseNumber",
                "organisation.countryOfIncorporation",
                "organisation.nonEuVotingShare",
                "project.requestedFloorArea",
                "data.storageCountries[1]"));
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .get("/api/applications")
        .then()
        .statusCode(200)
        .body("organisation.enterpriseNumber", not(hasItem("0403170702")));
  }

  @Test
  void malformedJsonAndOversizedValuesAnswerProblemsNotServerErrors() {
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .contentType(ContentType.JSON)
        .body("{\"organisation\": {\"legalName\": ")
        .post("/api/applications")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .contentType(ContentType.JSON)
        .body("{\"project\": {\"currentFloorArea\": \"lots\"}}")
        .post("/api/applications")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("project.currentFloorArea"));
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .contentType(ContentType.JSON)
        .body(Map.of("site", Map.of("name", "x".repeat(201))))
        .post("/api/applications")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("site.name"));
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .get("/api/applications/not-a-uuid")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void anIncompleteDraftCannotBeSubmittedAndEveryGapIsListed() {
    String id =
        Applicants.createDraft(
            Applicants.BOB,
            new ApplicationForm(
                new ApplicationForm.OrganisationForm(
                    "Other Co", "0812345603", "BE", null, null, null),
                null,
                null,
                null,
                null));
    Applicants.submit(Applicants.BOB, id)
        .statusCode(422)
        .contentType("application/problem+json")
        .body(
            "errors.field",
            containsInAnyOrder(
                "organisation.nonEuVotingShare",
                "site.name",
                "site.address",
                "site.municipality",
                "site.cadastralParcels",
                "site.airsideAccess",
                "project.kind",
                "project.currentFloorArea",
                "project.requestedFloorArea",
                "project.heightMetres",
                "project.investmentEur",
                "project.jobs",
                "project.environmentalClass",
                "project.operatesAroundTheClock",
                "project.hazardousGoods",
                "data.dataCategories",
                "data.storageCountries",
                "data.bondedWarehouse",
                "systems"));
    given()
        .auth()
        .oauth2(Applicants.BOB)
        .get("/api/applications/{id}", id)
        .then()
        .body("status", equalTo("DRAFT"));
  }

  @Test
  void onlyApplicantsMayCallAndATokenIsRequired() {
    given().get("/api/applications").then().statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.reviewer("rita", "urban-planning"))
        .get("/api/applications")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.expired("alice", "applicant"))
        .get("/api/applications")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.foreign("alice", TestTokens.ISSUER, "https://another-service.example"))
        .get("/api/applications")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.foreign("alice", "https://another-issuer.example", TestTokens.AUDIENCE))
        .get("/api/applications")
        .then()
        .statusCode(401);
  }
}
