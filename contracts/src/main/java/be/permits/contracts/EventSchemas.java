package be.permits.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Validates event data against the committed JSON Schema of its type. */
public final class EventSchemas {
  private static final Map<EventType, JsonSchema> SCHEMAS = load();

  private EventSchemas() {}

  private static Map<EventType, JsonSchema> load() {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // Formats (uuid, date-time, email) are only annotations in 2020-12 unless asserted explicitly.
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      try (InputStream in = EventSchemas.class.getResourceAsStream(type.schemaResource())) {
        if (in == null) {
          throw new IllegalStateException("No schema at " + type.schemaResource());
        }
        schemas.put(type, factory.getSchema(in, config));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schemas;
  }

  /** The schema violations of {@code data} for {@code type}; empty when the data is valid. */
  public static List<String> violations(EventType type, JsonNode data) {
    return SCHEMAS.get(type).validate(data).stream().map(ValidationMessage::getMessage).toList();
  }

  public static List<String> violations(EventType type, String json) {
    try {
      return violations(type, EventJson.mapper().readTree(json));
    } catch (JsonProcessingException e) {
      return List.of("not JSON: " + e.getOriginalMessage());
    }
  }
}
