package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.permit.domain.StructuredCommunication;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fees of the Liège hub (class 2): the region's file fee and the municipality's, each invoiced
 * on submission with its own structured communication; only the applicant's organisation reads
 * them; a withdrawal before the review opens cancels the region's fee and leaves the
 * municipality's.
 */
@QuarkusTest
class FeesTest {
  @Test
  void submittingInvoicesEachFeeWithItsOwnStructuredCommunication() {
    String id = Applicants.createDraft(Applicants.ALICE, Samples.liegeHub());
    invoices(Applicants.ALICE, id).statusCode(200).body("size()", equalTo(0));
    Applicants.submit(Applicants.ALICE, id).statusCode(200);

    JsonPath invoices = invoices(Applicants.ALICE, id).statusCode(200).extract().jsonPath();
    assertEquals(
        List.of("REGIONAL_FILE_FEE", "MUNICIPAL_FEE_WITH_INQUIRY"), invoices.getList("kind"));
    assertEquals(List.of(12_500, 10_000), invoices.getList("amountCents"));
    assertEquals(List.of("OPEN", "OPEN"), invoices.getList("status"));
    List<String> communications = invoices.getList("communication");
    communications.forEach(c -> assertTrue(StructuredCommunication.isValid(c), c));
    assertNotEquals(communications.get(0), communications.get(1));
    invoices(Applicants.BOB, id).statusCode(404);

    given()
        .auth()
        .oauth2(Applicants.ALICE)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "The group chose another site."))
        .post("/api/applications/{id}/withdraw", id)
        .then()
        .statusCode(200);
    assertEquals(
        List.of("CANCELLED", "OPEN"),
        invoices(Applicants.ALICE, id).extract().jsonPath().getList("status"),
        "the region's fee is not asked once withdrawn before the review; the municipality's is");
  }

  private static io.restassured.response.ValidatableResponse invoices(String token, String id) {
    return given().auth().oauth2(token).get("/api/applications/{id}/invoices", id).then();
  }
}
