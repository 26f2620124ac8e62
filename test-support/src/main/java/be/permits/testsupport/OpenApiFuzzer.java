package be.permits.testsupport;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;

/**
 * Calls every operation of a service's OpenAPI document with generated input, valid and invalid:
 * path and query parameters, bodies shaped after the operation's schema or broken on purpose (wrong
 * types, unknown fields, control characters, very long text, deep nesting, a body that is not JSON,
 * a wrong content type). The rule it checks is the suite's promise to its callers: no answer is a
 * 5xx, and none shows a stack trace, a class name or SQL.
 *
 * <p>Values come from jqwik's generators, seeded, so that a finding can be replayed with its seed.
 */
public final class OpenApiFuzzer {
  /** Words that only a leaked exception, class or query would put in an answer. */
  private static final Pattern LEAK =
      Pattern.compile(
          "Exception|\\bat [a-z]+\\.[a-z]+\\.|org\\.hibernate|jakarta\\.|java\\.lang|io\\.quarkus"
              + "|\\bSELECT\\b|\\bINSERT INTO\\b|\\bUPDATE [a-z_]+ SET\\b|PSQLException|SQLState");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One call that broke the promise: what was sent, and what came back. */
  public record Finding(String operation, String request, int status, String body) {}

  private final JsonNode document;
  private final Random random;
  private final Supplier<String> token;
  private final Map<String, Supplier<String>> knownIds;

  /**
   * @param knownIds for a path parameter's name, ids of objects that exist (so that calls reach
   *     past the lookup); other path parameters get random values
   */
  public OpenApiFuzzer(long seed, Supplier<String> token, Map<String, Supplier<String>> knownIds) {
    this.random = new Random(seed);
    this.token = token;
    this.knownIds = knownIds;
    try {
      this.document =
          JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
    } catch (Exception e) {
      throw new IllegalStateException("No OpenAPI document", e);
    }
  }

  /** Calls operations round and round until {@code budget} is spent; answers the findings. */
  public List<Finding> run(Duration budget) {
    Instant end = Instant.now().plus(budget);
    List<Finding> findings = new ArrayList<>();
    List<Map.Entry<String, JsonNode>> operations = operations();
    int calls = 0;
    while (Instant.now().isBefore(end) || calls < operations.size()) {
      Map.Entry<String, JsonNode> op = operations.get(calls % operations.size());
      findings.addAll(call(op.getKey(), op.getValue()));
      calls++;
      if (findings.size() > 20) {
        break;
      }
    }
    return findings;
  }

  private List<Map.Entry<String, JsonNode>> operations() {
    List<Map.Entry<String, JsonNode>> operations = new ArrayList<>();
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        method -> {
                          ObjectNode op = ((ObjectNode) method.getValue()).deepCopy();
                          op.put("x-path", path.getKey());
                          // Streams answer forever; the fuzzer calls what answers and ends.
                          if (!op.toString().contains("text/event-stream")) {
                            operations.add(Map.entry(method.getKey().toUpperCase(), op));
                          }
                        }));
    return operations;
  }

  private List<Finding> call(String method, JsonNode op) {
    String path = op.get("x-path").asText();
    StringBuilder description = new StringBuilder(method + " " + path);
    RequestSpecification request = given().auth().oauth2(token.get()).urlEncodingEnabled(true);
    String filled = path;
    for (JsonNode parameter : op.path("parameters")) {
      String name = parameter.path("name").asText();
      String in = parameter.path("in").asText();
      String value = parameterValue(name, resolve(parameter.path("schema")));
      if ("path".equals(in)) {
        filled = filled.replace("{" + name + "}", value.isEmpty() ? "x" : encodePath(value));
      } else if ("query".equals(in) && random.nextInt(4) > 0) {
        request = request.queryParam(name, value);
      } else if ("header".equals(in)) {
        request = request.header(name, value);
      }
      description.append(' ').append(name).append('=').append(abbreviate(value));
    }
    JsonNode body = op.path("requestBody").path("content");
    if (body.isObject() && body.size() > 0) {
      String mediaType = body.fieldNames().next();
      JsonNode schema = resolve(body.path(mediaType).path("schema"));
      if (mediaType.startsWith("multipart/")) {
        request = multipart(request, schema);
      } else {
        String text = bodyText(schema);
        String type = random.nextInt(10) == 0 ? randomContentType() : mediaType;
        request =
            request.contentType(type).body(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        description.append(" body=").append(abbreviate(text));
      }
    }
    Response response;
    try {
      response = request.request(method, filled);
    } catch (Exception e) {
      return List.of(
          new Finding(
              method + " " + path, description.toString(), -1, abbreviate("no answer: " + e)));
    }
    String answer = response.asString();
    if (response.statusCode() >= 500 || LEAK.matcher(answer).find()) {
      return List.of(
          new Finding(
              method + " " + path,
              description.toString(),
              response.statusCode(),
              abbreviate(answer)));
    }
    return List.of();
  }

  // ---- parameters ----

  private String parameterValue(String name, JsonNode schema) {
    Supplier<String> known = knownIds.get(name);
    if (known != null && random.nextInt(3) > 0) {
      return known.get();
    }
    // Paths and queries stay under the request line's limit (4 KB): the server refuses longer
    // lines before any resource sees them, and closes the connection.
    String value = random.nextInt(3) == 0 ? hostileText() : scalar(schema).asText();
    return value.length() > 1000 ? value.substring(0, 1000) : value;
  }

  private static String encodePath(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  // ---- bodies ----

  private String bodyText(JsonNode schema) {
    return switch (random.nextInt(12)) {
      case 0 -> "{";
      case 1 -> "null";
      case 2 -> "[" + "[".repeat(200) + "]".repeat(200) + "]";
      case 3 -> "\"" + "x".repeat(1 + random.nextInt(3_000_000)) + "\"";
      case 4 -> mutate(value(schema, 0)).toString();
      case 5 -> {
        JsonNode v = value(schema, 0);
        if (v instanceof ObjectNode o) {
          o.put("unexpected" + random.nextInt(1000), hostileText());
        }
        yield v.toString();
      }
      default -> value(schema, 0).toString();
    };
  }

  private RequestSpecification multipart(RequestSpecification request, JsonNode schema) {
    RequestSpecification r = request;
    Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode fieldSchema = resolve(field.getValue());
      if ("binary".equals(fieldSchema.path("format").asText())) {
        byte[] bytes = new byte[random.nextInt(4096)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) {
          System.arraycopy("%PDF-1.7\n".getBytes(), 0, bytes, 0, Math.min(9, bytes.length));
        }
        String name = random.nextInt(5) == 0 ? hostileText() + ".pdf" : "document.pdf";
        r = r.multiPart(field.getKey(), name, bytes, "application/octet-stream");
      } else if (random.nextInt(5) > 0) {
        r =
            r.multiPart(
                field.getKey(),
                random.nextInt(3) == 0 ? hostileText() : scalar(fieldSchema).asText());
      }
    }
    return r;
  }

  /** A value shaped after {@code schema}: mostly valid, sometimes at or past its bounds. */
  private JsonNode value(JsonNode schema, int depth) {
    schema = resolve(schema);
    if (depth > 6) {
      return NODES.nullNode();
    }
    String type = type(schema);
    switch (type) {
      case "object" -> {
        ObjectNode object = NODES.objectNode();
        schema
            .path("properties")
            .fields()
            .forEachRemaining(
                p -> {
                  if (random.nextInt(5) > 0) {
                    object.set(p.getKey(), value(p.getValue(), depth + 1));
                  }
                });
        return object;
      }
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        int max = schema.path("maxItems").asInt(5);
        int size = random.nextInt(10) == 0 ? max + 1 : random.nextInt(Math.min(max, 5) + 1);
        for (int i = 0; i < size; i++) {
          array.add(value(schema.path("items"), depth + 1));
        }
        return array;
      }
      default -> {
        return random.nextInt(8) == 0 ? NODES.textNode(hostileText()) : scalar(schema);
      }
    }
  }

  private JsonNode scalar(JsonNode schema) {
    schema = resolve(schema);
    if (schema.has("enum") && schema.get("enum").size() > 0 && random.nextInt(6) > 0) {
      return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
    }
    return switch (type(schema)) {
      case "integer" -> NODES.numberNode(integers().sample());
      case "number" ->
          random.nextBoolean()
              ? NODES.numberNode(Arbitraries.doubles().between(-1e6, 1e6).sample())
              : NODES.numberNode(new java.math.BigDecimal("1e400"));
      case "boolean" -> NODES.booleanNode(random.nextBoolean());
      default -> NODES.textNode(text(schema));
    };
  }

  private String text(JsonNode schema) {
    String format = schema.path("format").asText();
    return switch (format) {
      case "uuid" -> random.nextInt(4) == 0 ? "not-a-uuid" : java.util.UUID.randomUUID().toString();
      case "date" -> random.nextInt(4) == 0 ? "2026-13-45" : "2027-03-31";
      case "date-time" -> random.nextInt(4) == 0 ? "yesterday" : "2026-12-01T10:00:00Z";
      default -> {
        int max = schema.path("maxLength").asInt(200);
        int length = random.nextInt(10) == 0 ? max + 1 : random.nextInt(Math.min(max, 60) + 1);
        yield Arbitraries.strings().ofLength(length).withCharRange(' ', '~').sample();
      }
    };
  }

  private Arbitrary<Long> integers() {
    return Arbitraries.longs()
        .between(-10_000_000_000L, 10_000_000_000L)
        .withDistribution(RandomDistribution.biased());
  }

  /** Text that has broken services before: NUL, other control characters, huge, odd unicode. */
  private String hostileText() {
    return switch (random.nextInt(8)) {
      case 0 -> "a\u0000b";
      case 1 -> "\u0001\u001b[31m\u007f";
      case 2 -> "x".repeat(10_000);
      case 3 -> "' OR 1=1 --";
      case 4 -> "<script>alert(1)</script>";
      case 5 -> "\uD800";
      case 6 -> "%00%ff..%2f..%2f";
      default -> Arbitraries.strings().ofMaxLength(40).sample();
    };
  }

  /** The same value with one part replaced by a value of another type. */
  private JsonNode mutate(JsonNode value) {
    if (value instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      JsonNode inner = object.get(name);
      object.set(
          name,
          switch (random.nextInt(4)) {
            case 0 -> NODES.numberNode(12);
            case 1 -> NODES.textNode("12");
            case 2 -> NODES.booleanNode(true);
            default -> inner.isContainerNode() ? mutate(inner) : NODES.arrayNode().add(inner);
          });
      return object;
    }
    return NODES.numberNode(random.nextInt());
  }

  private String randomContentType() {
    String[] types = {"text/plain", "application/xml", "application/json; charset=latin1", "*/*"};
    return types[random.nextInt(types.length)];
  }

  private JsonNode resolve(JsonNode schema) {
    int guard = 0;
    while (schema.has("$ref") && guard++ < 10) {
      String ref = schema.get("$ref").asText();
      schema = document.at(ref.substring(1));
    }
    if (schema.has("allOf") && schema.get("allOf").size() == 1) {
      return resolve(schema.get("allOf").get(0));
    }
    return schema;
  }

  private static String type(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isArray() && type.size() > 0) {
      return type.get(0).asText();
    }
    if (type.isTextual()) {
      return type.asText();
    }
    return schema.has("properties") ? "object" : "string";
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + ")" : text;
  }
}
