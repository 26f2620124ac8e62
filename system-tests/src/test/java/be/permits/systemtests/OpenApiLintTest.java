package be.permits.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The three OpenAPI documents, as the running services serve them, pass Spectral's OpenAPI rules
 * and the OWASP API Security ruleset with no error: every string, list and number bounded, every
 * operation secured and answering 401, 403, 429 with its rate-limit fields, the bearer scheme
 * naming RFC 8725. Spectral is installed from npm into {@code target/spectral} (Node.js is on the
 * machine; install scripts stay off).
 */
@ExtendWith(RunningSuite.class)
class OpenApiLintTest {
  static final Path HOME = Path.of("target", "spectral");
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theThreeDocumentsPassTheOwaspRulesetWithNoError() throws Exception {
    installSpectral();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<String> documents = new ArrayList<>();
    for (Map.Entry<String, Integer> service :
        Map.of(
                "permit-service", RunningSuite.ports().permitService(),
                "review-service", RunningSuite.ports().reviewService(),
                "notification-service", RunningSuite.ports().notificationService())
            .entrySet()) {
      String doc =
          http.send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://127.0.0.1:" + service.getValue() + "/q/openapi?format=json"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Path file = HOME.resolve(service.getKey() + ".json");
      Files.writeString(file, doc);
      documents.add(file.getFileName().toString());
    }
    List<String> command = new ArrayList<>(List.of("node_modules/.bin/spectral", "lint"));
    command.addAll(documents);
    command.addAll(List.of("-r", "spectral.yaml", "-f", "json", "--quiet", "-F", "hint"));
    Process lint = new ProcessBuilder(command).directory(HOME.toFile()).start();
    String out;
    try (InputStream in = lint.getInputStream()) {
      out = new String(in.readAllBytes());
    }
    assertTrue(lint.waitFor(3, TimeUnit.MINUTES), "Spectral ends");
    JsonNode results = JSON.readTree(out.isBlank() ? "[]" : out);
    List<String> errors = new ArrayList<>();
    for (JsonNode result : results) {
      if (result.path("severity").asInt() == 0) {
        errors.add(
            result.path("code").asText()
                + " "
                + result.path("source").asText().replaceAll(".*/", "")
                + " "
                + result.path("path")
                + ": "
                + result.path("message").asText());
      }
    }
    assertEquals(List.of(), errors, errors.size() + " errors");
  }

  static void installSpectral() throws IOException, InterruptedException {
    Files.createDirectories(HOME);
    try (InputStream ruleset =
        OpenApiLintTest.class.getResourceAsStream("/spectral/spectral.yaml")) {
      Files.copy(ruleset, HOME.resolve("spectral.yaml"), StandardCopyOption.REPLACE_EXISTING);
    }
    if (Files.exists(HOME.resolve("node_modules/.bin/spectral"))) {
      return;
    }
    Files.writeString(HOME.resolve(".npmrc"), "ignore-scripts=true\n");
    Process install =
        new ProcessBuilder(
                "npm",
                "install",
                "--no-audit",
                "--no-fund",
                "--no-save",
                "@stoplight/spectral-cli@6.16.3",
                "@stoplight/spectral-owasp-ruleset@2.0.1")
            .directory(HOME.toFile())
            // Never the test JVM's own streams: surefire talks to its fork through them, and npm
            // (Node) makes an inherited stdin non-blocking, which broke that channel in CI.
            .redirectErrorStream(true)
            .redirectOutput(HOME.resolve("npm-install.log").toFile())
            .start();
    install.getOutputStream().close();
    assertTrue(install.waitFor(5, TimeUnit.MINUTES), "npm install ends");
    assertEquals(
        0,
        install.exitValue(),
        () -> "npm installs Spectral: " + readOrNothing(HOME.resolve("npm-install.log")));
  }

  private static String readOrNothing(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      return "(no log)";
    }
  }
}
