package be.permits.support.problem;

import be.permits.contracts.EventJson;
import be.permits.contracts.EventSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Where the API shows an event's data as it arrived (review-service shows the application as its
 * applicant submitted it, a {@code permit.submitted} payload), the OpenAPI schema of that payload
 * takes its bounds from the event's committed JSON Schema: the one definition of those limits.
 */
final class EventSchemaBounds {
  /** OpenAPI components that are event payloads, and the JSON Schema file of each. */
  private static final Map<String, String> PAYLOADS =
      Map.of("PermitSubmitted", "permit.submitted.v1.json");

  private EventSchemaBounds() {}

  static void apply(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> components = openAPI.getComponents().getSchemas();
    PAYLOADS.forEach(
        (component, file) -> {
          if (components.containsKey(component)) {
            JsonNode schema = read(file);
            copy(schema, schema, file, components.get(component), components, 0);
          }
        });
  }

  private static void copy(
      JsonNode json,
      JsonNode document,
      String file,
      Schema schema,
      Map<String, Schema> components,
      int depth) {
    if (schema == null || depth > 10) {
      return;
    }
    Located resolvedJson = resolve(json, document, file);
    if (schema.getRef() != null) {
      String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
      Schema target = components.get(name);
      if (target != null && !FIXED.contains(name)) {
        copy(
            resolvedJson.node(),
            resolvedJson.document(),
            resolvedJson.file(),
            target,
            components,
            depth + 1);
      }
      return;
    }
    JsonNode node = resolvedJson.node();
    if (node.has("maxLength") && schema.getMaxLength() == null) {
      schema.setMaxLength(node.get("maxLength").asInt());
    }
    if (node.has("pattern") && schema.getPattern() == null) {
      schema.setPattern(node.get("pattern").asText());
    }
    if (node.has("maxItems") && schema.getMaxItems() == null) {
      schema.setMaxItems(node.get("maxItems").asInt());
    }
    if (node.has("minimum") && schema.getMinimum() == null) {
      schema.setMinimum(new BigDecimal(node.get("minimum").asText()));
    }
    if (node.has("maximum") && schema.getMaximum() == null) {
      schema.setMaximum(new BigDecimal(node.get("maximum").asText()));
    }
    if (node.has("enum") && schema.getEnumeration() == null) {
      node.get("enum").forEach(value -> schema.addEnumeration(value.asText()));
    }
    if (schema.getProperties() != null && node.has("properties")) {
      schema
          .getProperties()
          .forEach(
              (name, property) -> {
                if (node.get("properties").has(name)) {
                  copy(
                      node.get("properties").get(name),
                      resolvedJson.document(),
                      resolvedJson.file(),
                      property,
                      components,
                      depth + 1);
                }
              });
    }
    if (schema.getItems() != null && node.has("items")) {
      copy(
          node.get("items"),
          resolvedJson.document(),
          resolvedJson.file(),
          schema.getItems(),
          components,
          depth + 1);
    }
  }

  /** Components the suite bounds itself (standard formats), left as they are. */
  private static final java.util.Set<String> FIXED =
      java.util.Set.of("UUID", "Instant", "LocalDate", "OffsetDateTime");

  private record Located(JsonNode node, JsonNode document, String file) {}

  /** Follows a {@code $ref} (to the same file or a sibling schema) to what it names. */
  private static Located resolve(JsonNode node, JsonNode document, String file) {
    int guard = 0;
    while (node.has("$ref") && guard++ < 10) {
      String ref = node.get("$ref").asText();
      int hash = ref.indexOf('#');
      String target = hash < 0 ? ref : ref.substring(0, hash);
      String pointer = hash < 0 ? "" : ref.substring(hash + 1);
      if (!target.isEmpty()) {
        file = target;
        document = read(target);
      }
      node = document.at(pointer);
    }
    return new Located(node, document, file);
  }

  private static JsonNode read(String file) {
    try (InputStream in = EventSchemas.class.getResourceAsStream("/schemas/" + file)) {
      if (in == null) {
        throw new IllegalStateException("No event schema " + file);
      }
      return EventJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
