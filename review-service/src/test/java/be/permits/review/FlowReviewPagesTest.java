package be.permits.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.contracts.Agency;
import be.permits.contracts.EventType;
import be.permits.contracts.Topics;
import be.permits.contracts.permit.PermitSubmitted;
import be.permits.contracts.review.ReviewOpened;
import be.permits.review.Cases.OpenCase;
import be.permits.review.service.FlowReviews;
import be.permits.review.service.FlowViews;
import be.permits.support.security.Caller;
import be.permits.testsupport.KafkaEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * State security's view of the Liège hub's data flows, in German: the systems as a table and a
 * diagram, the flags its rules raise, an assessment recorded and conditions picked, which stay with
 * the agency (not another agency's page, not Kafka) and start its opinion's conditions.
 */
@QuarkusTest
@TestSecurity(user = "sam", roles = "reviewer")
@OidcSecurity(
    claims = {
      @Claim(key = "sub", value = "sub-sam"),
      @Claim(key = "name", value = "Sam Sicherheit"),
      @Claim(key = "agency", value = "state-security"),
      @Claim(key = "locale", value = "de")
    })
class FlowReviewPagesTest {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final String SECRET = "Die Administratoren in Shenzhen lesen die Sendungsdaten.";
  private static final String SHARED = "Die Plattform sieht die Sendungen aller Hubs.";

  @Inject EntityManager em;
  @Inject FlowReviews flows;

  private static String flowsOf(OpenCase c) {
    return "/desk/cases/" + c.caseId() + "/flows";
  }

  private static String csrf(String page) {
    Matcher m = CSRF.matcher(given().get(page).then().statusCode(200).extract().asString());
    assertTrue(m.find());
    return m.group(1);
  }

  @Test
  void stateSecurityAssessesTheFlagsAndPicksConditionsThatStayWithIt() {
    OpenCase c = AgencyWorkTest.liegeHub();
    String page = flowsOf(c);
    String html = given().get(page).then().statusCode(200).extract().asString();
    assertTrue(html.contains("<svg"), "a diagram drawn on the server");
    assertTrue(html.contains("China (außerhalb EU/EWR)"), "a third country says so in words");
    assertTrue(html.contains("Group trade platform"));
    assertTrue(html.contains("Skyway Group Technology (Shenzhen), aus: China, aus der Ferne"));
    assertTrue(
        html.contains("Fernverwaltung aus einem Land, dessen Gesetze den Zugriff erzwingen"));
    assertTrue(html.contains("Eine Konzernplattform hat Zugriff auf Handelsdaten aus der EU"));
    assertTrue(html.contains("2 Hinweise, davon 2 noch nicht bewertet."), "counted in German");
    assertTrue(!html.contains("Ein Zolllager ohne AEO-Bewilligung"), "customs' flags are theirs");

    String token = csrf(page);
    DeskPagesTest.post(
            token,
            page + "/assessments",
            Map.of(
                "index",
                "0",
                "flag",
                "remote-administration-from-compelling-country/Group trade platform",
                "flags[0].impact",
                "HIGH"))
        .statusCode(422)
        .body(containsString("id=\"f-flags-0--likelihood-error\""))
        .body(containsString("id=\"f-flags-0--justification-error\""));
    DeskPagesTest.post(
            token,
            page + "/assessments",
            Map.of(
                "index", "0",
                "flag", "group-platform-with-trade-data/Group trade platform",
                "flags[0].likelihood", "HIGH",
                "flags[0].impact", "HIGH",
                "flags[0].justification", SECRET))
        .statusCode(409)
        .body(containsString("Das wurde nicht ausgeführt"));
    DeskPagesTest.post(
            token,
            page + "/assessments",
            Map.of(
                "index", "0",
                "flag", "remote-administration-from-compelling-country/Group trade platform",
                "flags[0].likelihood", "HIGH",
                "flags[0].impact", "HIGH",
                "flags[0].justification", SECRET,
                "flags[0].condition", "no-third-country-administration"))
        .statusCode(303);
    DeskPagesTest.post(
            token,
            page + "/assessments",
            Map.of(
                "index", "1",
                "flag", "group-platform-with-trade-data/Group trade platform",
                "flags[1].likelihood", "MEDIUM",
                "flags[1].impact", "HIGH",
                "flags[1].justification", SHARED,
                "flags[1].shared", "yes"))
        .statusCode(303);
    DeskPagesTest.post(token, page + "/conditions", Map.of("conditions", "eu-storage"))
        .statusCode(303);
    DeskPagesTest.post(token, page + "/conditions", Map.of("conditions", "aeo-maintained"))
        .statusCode(422);

    // A condition is one line: the opinion takes its conditions one per line.
    Matcher picked =
        Pattern.compile("/flows/conditions/([0-9a-f-]{36})\"")
            .matcher(given().get(page).then().extract().asString());
    assertTrue(picked.find(), "a proposed condition has its form");
    DeskPagesTest.post(
            token,
            page + "/conditions/" + picked.group(1),
            Map.of("text-" + picked.group(1), "Première ligne.\nSeconde ligne."))
        .statusCode(422);

    // Data protection reads what state security shared, and nothing it kept.
    Caller dana =
        new Caller(
            "sub-dana", "Dana", null, "fr", Set.of("reviewer"), null, Agency.DATA_PROTECTION);
    List<String> shared =
        flows.of(dana, c.caseId()).sharedByOthers().stream()
            .map(FlowViews.SharedAssessment::justification)
            .toList();
    assertEquals(List.of(SHARED), shared);

    given()
        .get(page)
        .then()
        .body(containsString("2 Hinweise, alle bewertet."))
        .body(containsString("Mit den anderen prüfenden Behörden geteilt."))
        .body(containsString(SECRET))
        .body(containsString("Bewertet von Sam Sicherheit"))
        // In the applicant's language (French), ready for the permit.
        .body(containsString("Aucun système détenant des données du site n&#39;est administré"))
        .body(containsString("Les données des clients de l&#39;UE"))
        .body(containsString("Nachweis einmal, 6 Monate nach der Genehmigung"));

    // The opinion's form starts from the conditions picked.
    UUID step = AgencyWorkTest.stepOf(c, Cases.STATE_SECURITY);
    Cases.act(Cases.STATE_SECURITY, c, step, "claim").statusCode(200);
    given()
        .get("/desk/cases/" + c.caseId())
        .then()
        .body(containsString("Les données des clients de l&#39;UE, les déclarations en douane"));

    // Another agency reads the same flows but none of state security's assessment.
    given()
        .auth()
        .oauth2(Cases.URBAN_PLANNING)
        .get("/api/cases/{id}", c.caseId())
        .then()
        .statusCode(200)
        .body(not(containsString(SECRET)));
    for (var event : KafkaEvents.readAll(Topics.REVIEW_EVENTS)) {
      assertTrue(!event.data().contains("Shenzhen lesen"), "no assessment text in Kafka");
    }
    long recorded =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createQuery(
                            "SELECT count(e) FROM LedgerEntry e WHERE e.applicationId = :app"
                                + " AND e.action IN ('review.flow-assessed',"
                                + " 'review.condition-proposed')",
                            Long.class)
                        .setParameter("app", c.submission().applicationId())
                        .getSingleResult());
    assertEquals(4, recorded, "the ledger knows two assessments and two conditions proposed");
  }

  @Test
  @TestSecurity(user = "ulrich", roles = "reviewer")
  @OidcSecurity(
      claims = {
        @Claim(key = "sub", value = "sub-ulrich"),
        @Claim(key = "name", value = "Ulrich Urban"),
        @Claim(key = "agency", value = "urban-planning"),
        @Claim(key = "locale", value = "fr")
      })
  void anotherAgencySeesTheFlowsButNeitherFlagsNorAssessmentsAndCannotAssess() {
    OpenCase c = AgencyWorkTest.liegeHub();
    String page = flowsOf(c);
    given()
        .get(page)
        .then()
        .statusCode(200)
        .body(containsString("Group trade platform"))
        .body(containsString("Aucune règle de votre service ne lève de signalement."));
    String token = csrf("/desk/cases/" + c.caseId());
    DeskPagesTest.post(
            token,
            page + "/assessments",
            Map.of("index", "0", "flags[0].likelihood", "LOW", "flags[0].impact", "LOW"))
        .statusCode(404);
    DeskPagesTest.post(token, page + "/conditions", Map.of("conditions", "eu-storage"))
        .statusCode(422);
  }

  @Test
  @TestSecurity(user = "carla", roles = "reviewer")
  @OidcSecurity(
      claims = {
        @Claim(key = "sub", value = "sub-carla"),
        @Claim(key = "name", value = "Carla Customs"),
        @Claim(key = "agency", value = "customs"),
        @Claim(key = "locale", value = "nl")
      })
  void customsReadTheAeoNumberInItsPartsAndTheirOwnFlags() {
    Submissions facts = Submissions.liegeHubFacts();
    facts.aeoNumber = "NOAEOF0000123";
    PermitSubmitted hub = facts.build();
    KafkaEvents.publish(EventType.PERMIT_SUBMITTED, hub.applicationId(), hub, UUID.randomUUID());
    ReviewOpened opened = Cases.awaitOpened(hub.applicationId()).dataAs(ReviewOpened.class);
    assertTrue(opened.steps().stream().anyMatch(s -> s.agency() == Agency.CUSTOMS));
    given()
        .get("/desk/cases/" + opened.caseId() + "/flows")
        .then()
        .statusCode(200)
        .body(containsString("Geen nummer dat een lidstaat uitreikt"))
        .body(containsString("2.400.000"))
        .body(
            containsString(
                "Een miljoen aangiften per jaar of meer zonder volledige AEO-vergunning"))
        .body(containsString("Het AEO-nummer kan niet door een lidstaat zijn uitgereikt"))
        .body(not(containsString("Een groepsplatform heeft toegang")));
  }
}
