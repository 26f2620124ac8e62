package be.permits.permit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import be.permits.permit.domain.Application;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reading an application, through the API or its page, writes nothing: otherwise every read would
 * bump its version and collide with the review events that update it at the same moment.
 */
@QuarkusTest
@TestSecurity(user = "alice", roles = "applicant")
@OidcSecurity(
    claims = {
      @Claim(key = "sub", value = "sub-alice"),
      @Claim(key = "organisation", value = "skyway")
    })
class ReadsWriteNothingTest {
  @Inject EntityManager em;

  @Test
  void readingASubmittedApplicationLeavesItsVersionAlone() {
    String id = ApplicationApiTest.createDraft(ApplicationApiTest.ALICE, Samples.liegeHub());
    ApplicationApiTest.submit(ApplicationApiTest.ALICE, id);
    int before = version(id);

    given()
        .auth()
        .oauth2(ApplicationApiTest.ALICE)
        .get("/api/applications/{id}", id)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(ApplicationApiTest.ALICE)
        .get("/api/applications/{id}/related", id)
        .then()
        .statusCode(200);
    given().get("/applications/" + id).then().statusCode(200);
    given().get("/applications").then().statusCode(200);

    assertEquals(before, version(id));
  }

  private int version(String id) {
    return QuarkusTransaction.requiringNew()
        .call(() -> em.find(Application.class, UUID.fromString(id)).version);
  }
}
