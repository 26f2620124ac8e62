package be.permits.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every service's OpenAPI document promises its clients: each operation states its security
 * and its error answers for a missing or insufficient token, and for an unknown or foreign id where
 * its path names an object. A service's test class implements this with {@code @QuarkusTest}.
 */
public interface OpenApiContract {

  @Test
  default void everyOperationStatesItsSecurityAndItsErrorAnswers() {
    JsonPath doc =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    keep(doc.prettify());
    Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
    assertFalse(paths.isEmpty(), "the document lists operations");
    List<String> missing = new ArrayList<>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  String name = method.toUpperCase() + " " + path;
                  if (!(operation.get("security") instanceof List<?> security)
                      || security.isEmpty()) {
                    missing.add(name + ": no security requirement");
                  }
                  Object responses = operation.get("responses");
                  List<String> expected =
                      path.contains("{") ? List.of("401", "403", "404") : List.of("401", "403");
                  for (String status : expected) {
                    if (!(responses instanceof Map<?, ?> r) || !r.containsKey(status)) {
                      missing.add(name + ": no " + status + " answer");
                    }
                  }
                }));
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }

  /** Keeps the document in {@code target/openapi.json}, where the linter (Spectral) reads it. */
  private static void keep(String document) {
    try {
      Files.writeString(Path.of("target", "openapi.json"), document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
