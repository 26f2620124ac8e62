package be.permits.support.problem;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * What every answer of every operation carries, and the bounds of the value types the generator
 * leaves open: a UUID is 36 characters, an instant at most 35, a day 10; an integer says whether it
 * is 32 or 64 bits; an uploaded document is at most the upload limit. Applied by {@link
 * StandardErrorResponses} once the document is complete, so that every response gets its headers,
 * also the ones added by the filter itself.
 */
final class OpenApiBounds {
  /** The largest document the services take (quarkus.http.limits.max-body-size, 21 MiB). */
  static final long MAX_UPLOAD_BYTES = 21L * 1024 * 1024;

  private static final Map<String, Integer> FIXED_LENGTHS =
      Map.of("UUID", 36, "Instant", 35, "OffsetDateTime", 35, "LocalDate", 10);

  private static final Map<String, Integer> FORMAT_LENGTHS =
      Map.of("uuid", 36, "date-time", 35, "date", 10);

  private OpenApiBounds() {}

  static void apply(OpenAPI openAPI) {
    if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
      Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
      FIXED_LENGTHS.forEach(
          (name, length) -> {
            if (schemas.containsKey(name) && schemas.get(name).getMaxLength() == null) {
              schemas.get(name).setMaxLength(length);
            }
          });
      if (schemas.containsKey("JsonNode")) {
        openAPI
            .getComponents()
            .addSchema(
                "JsonNode",
                OASFactory.createSchema()
                    .description(
                        "Any JSON value: text, number, true or false, a list or an object"));
      }
      openAPI.getComponents().getSchemas().values().forEach(OpenApiBounds::bound);
    }
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .values()
        .forEach(
            item ->
                item.getOperations()
                    .values()
                    .forEach(
                        operation -> {
                          if (operation.getRequestBody() != null
                              && operation.getRequestBody().getContent() != null) {
                            operation
                                .getRequestBody()
                                .getContent()
                                .getMediaTypes()
                                .values()
                                .forEach(media -> bound(media.getSchema()));
                          }
                          if (operation.getParameters() != null) {
                            operation.getParameters().forEach(p -> bound(p.getSchema()));
                          }
                          if (operation.getResponses() != null) {
                            operation
                                .getResponses()
                                .getAPIResponses()
                                .forEach(OpenApiBounds::headers);
                          }
                        }));
  }

  /** Bounds one schema and those inside it, where the generator left a standard bound out. */
  private static void bound(Schema schema) {
    if (schema == null) {
      return;
    }
    if (schema.getRef() != null && schema.getRef().endsWith("/JsonNode")) {
      schema.setType(null);
      return;
    }
    if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER)) {
      if (schema.getFormat() == null) {
        boolean small =
            schema.getMaximum() != null
                && schema.getMaximum().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                && schema.getMinimum() != null
                && schema.getMinimum().compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0;
        schema.setFormat(small ? "int32" : "int64");
      }
    }
    Integer fixed = FORMAT_LENGTHS.get(String.valueOf(schema.getFormat()));
    if (fixed != null && schema.getMaxLength() == null) {
      schema.setMaxLength(fixed);
    }
    if ("binary".equals(schema.getFormat()) && schema.getMaxLength() == null) {
      schema.setMaxLength((int) MAX_UPLOAD_BYTES);
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(OpenApiBounds::bound);
    }
    bound(schema.getItems());
  }

  /** The headers every answer declares: rate limits, and for 429 and 503 when to come back. */
  private static void headers(String status, APIResponse response) {
    if (status.startsWith("2") || status.startsWith("4")) {
      addHeader(response, "RateLimit", text("Requests left in the window, and seconds to full"));
      addHeader(response, "RateLimit-Policy", text("Requests allowed per window of seconds"));
    }
    addHeader(
        response,
        "Access-Control-Allow-Origin",
        text(
            "Sent to cross-origin requests from the suite's own origin only; no other origin may"
                + " call the API from a browser"));
    if (status.equals("429") || status.equals("503")) {
      addHeader(
          response,
          "Retry-After",
          OASFactory.createHeader()
              .description("Seconds to wait before trying again")
              .schema(
                  OASFactory.createSchema()
                      .addType(Schema.SchemaType.INTEGER)
                      .format("int32")
                      .minimum(BigDecimal.ONE)
                      .maximum(BigDecimal.valueOf(3600))));
    }
  }

  private static void addHeader(APIResponse response, String name, Header header) {
    if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
      response.addHeader(name, header);
    }
  }

  private static Header text(String description) {
    return OASFactory.createHeader()
        .description(description)
        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200));
  }
}
