package be.permits.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * The API reads JSON strictly: an unknown field, a number where text belongs (or text where a
 * number belongs), a text with a control character, a null where an object is expected, each
 * refuses the request with a problem that names the field, and nothing is stored. Lenient reading
 * let padding, coerced values and NUL characters through to the database.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
  /** The longest text any field takes; every field has a tighter bound of its own. */
  static final int MAX_STRING = 100_000;

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    // No value changes its type on the way in: "12" is not 12, 12 is not "12", 1 is not true.
    refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float);
    refuse(mapper, LogicalType.Textual, CoercionInputShape.Boolean);
    for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
      refuse(mapper, number, CoercionInputShape.String, CoercionInputShape.EmptyString);
      refuse(mapper, number, CoercionInputShape.Boolean);
    }
    refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.String);
    refuse(mapper, LogicalType.Boolean, CoercionInputShape.EmptyString);
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength(MAX_STRING)
                .maxNumberLength(40)
                .maxNestingDepth(32)
                .build());
    mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, TEXT));
  }

  private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }

  /** Text without control characters: tab, line feed and carriage return are the only ones. */
  static final StringDeserializer TEXT =
      new StringDeserializer() {
        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
          if (!p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, p);
          }
          String text = p.getText();
          if (ControlCharacters.in(text)) {
            throw context.weirdStringException(
                text, String.class, "control characters are not accepted in text");
          }
          return text;
        }
      };
}
