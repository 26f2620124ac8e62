package be.permits.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schemas are written once: shared definitions and one event's data inside another's are
 * referenced, and every reference of every schema points at a file and a place in it that exist.
 */
class SchemaReferencesTest {
  static final Path SCHEMAS = Path.of("src/main/resources/schemas");

  static JsonNode read(String file) throws IOException {
    try (InputStream in = EventSchemas.class.getResourceAsStream("/schemas/" + file)) {
      assertNotNull(in, "no schema file " + file);
      return EventJson.mapper().readTree(in);
    }
  }

  static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      if (node.has("$ref")) {
        refs.add(node.get("$ref").asText());
      }
      node.elements().forEachRemaining(child -> collectRefs(child, refs));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collectRefs(child, refs));
    }
  }

  @Test
  void everyReferenceOfEverySchemaResolvesToAFileAndAPlaceInIt() throws IOException {
    List<String> files;
    try (Stream<Path> listing = Files.list(SCHEMAS)) {
      files = listing.map(p -> p.getFileName().toString()).sorted().toList();
    }
    int checked = 0;
    for (String file : files) {
      JsonNode schema = read(file);
      URI id = URI.create(schema.get("$id").asText());
      assertEquals(EventSchemas.BASE + file, id.toString(), "the $id names the file");
      List<String> refs = new ArrayList<>();
      collectRefs(schema, refs);
      for (String ref : refs) {
        URI target = id.resolve(ref);
        String targetFile = target.getPath().substring(target.getPath().lastIndexOf('/') + 1);
        JsonNode document = read(targetFile);
        String pointer = target.getFragment() == null ? "" : target.getFragment();
        assertFalse(document.at(pointer).isMissingNode(), file + ": " + ref + " points at nothing");
        checked++;
      }
    }
    assertTrue(checked > 0, "the schemas reference their shared definitions");
  }

  @Test
  void theAnswerCarriesTheSubmittedApplicationByReferenceNotByCopy() throws IOException {
    JsonNode application =
        read("permit.information-provided.v1.json").path("properties").path("application");
    assertEquals("permit.submitted.v1.json", application.path("$ref").asText());
  }

  @Test
  void noDefinitionIsWrittenTwiceAcrossTheSchemas() throws IOException {
    // Any object of some size that appears in two schemas should be a shared definition.
    Set<String> seen = new TreeSet<>();
    Set<String> twice = new TreeSet<>();
    try (Stream<Path> listing = Files.list(SCHEMAS)) {
      for (Path file : listing.toList()) {
        JsonNode schema = read(file.getFileName().toString());
        Set<String> inThisFile = new TreeSet<>();
        collectObjects(schema, inThisFile);
        for (String object : inThisFile) {
          if (!seen.add(object)) {
            twice.add(object);
          }
        }
      }
    }
    assertEquals(Set.of(), twice);
  }

  /** Definitions large enough to be worth sharing: an enum of agencies, a contact, an object. */
  static void collectObjects(JsonNode node, Set<String> found) {
    if (node.isObject()) {
      String text = node.toString();
      if ((node.has("properties") || node.has("enum")) && text.length() > 120) {
        found.add(text);
      }
      node.elements().forEachRemaining(child -> collectObjects(child, found));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collectObjects(child, found));
    }
  }
}
