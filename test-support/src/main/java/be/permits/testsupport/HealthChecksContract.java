package be.permits.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

/**
 * What every service's health endpoints promise to the platform: alive, and ready only with its
 * database and its Kafka channels up. A service's test class implements this with
 * {@code @QuarkusTest}.
 */
public interface HealthChecksContract {

  @Test
  default void livenessAndReadinessAreUpWithDatabaseAndKafkaChecked() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body(
            "checks.name",
            hasItems(
                "Database connections health check",
                "SmallRye Reactive Messaging - readiness check"))
        .body("checks.status", hasItem("UP"));
  }
}
