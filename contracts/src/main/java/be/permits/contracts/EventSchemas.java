package be.permits.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Validates event data against the committed JSON Schema of its type. The schemas name each other
 * by their {@code $id} under {@value #BASE} (shared definitions in {@code common.v1.json}, one
 * event's data inside another's); those names resolve to the files beside them on the class path,
 * so nothing is fetched from the network.
 */
public final class EventSchemas {
  /** The base of every schema's {@code $id}. */
  public static final String BASE = "https://permits.example/schemas/";

  private static final Map<EventType, JsonSchema> SCHEMAS = load();

  private EventSchemas() {}

  private static Map<EventType, JsonSchema> load() {
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:schemas/")));
    // Formats (uuid, date-time, email) are only annotations in 2020-12 unless asserted explicitly.
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      JsonSchema schema =
          factory.getSchema(SchemaLocation.of(BASE + type.type() + ".json"), config);
      // Resolves every reference now: a broken one fails at start, not at the first event.
      schema.initializeValidators();
      schemas.put(type, schema);
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
