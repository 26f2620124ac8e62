package be.permits.support.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the error answers that every operation of the suite can give to every operation of the
 * OpenAPI document, as problem+json: 400 for invalid input, 401 without a valid token, 403 for a
 * role that may not call it, 413 for a body larger than the operation takes, 429 when the caller
 * sent too many requests, 500 for an unexpected error, 503 when the service is busy. Operations
 * declare only their own (404, 409, 415, 422). Every 2xx and 4xx answer carries the rate-limit
 * fields ({@code RateLimit}, {@code RateLimit-Policy}), 429 and 503 {@code Retry-After}. Registered
 * with {@code mp.openapi.filter}.
 */
public class StandardErrorResponses implements OASFilter {
  private static final Map<String, String> ANSWERS =
      Map.of(
          "400", "Invalid input; the problem names each field and why",
          "401", "No valid bearer token",
          "403", "The caller's role does not allow this operation",
          "413", "The body is larger than this operation takes",
          "429", "Too many requests from this caller; Retry-After says when to come back",
          "500", "Unexpected error, logged under the id that the problem quotes",
          "503", "The service is busy; Retry-After says when to come back");

  @Override
  public Operation filterOperation(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    for (Map.Entry<String, String> answer : ANSWERS.entrySet()) {
      if (!responses.hasAPIResponse(answer.getKey())) {
        responses.addAPIResponse(
            answer.getKey(),
            OASFactory.createAPIResponse().description(answer.getValue()).content(problem()));
      } else if (responses.getAPIResponse(answer.getKey()).getContent() == null) {
        // Quarkus adds 401 and 403 to secured operations, without their problem body.
        responses.getAPIResponse(answer.getKey()).description(answer.getValue()).content(problem());
      }
    }
    return operation;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      openAPI
          .getPaths()
          .getPathItems()
          .forEach(
              (path, item) -> {
                if (path.contains("{")) {
                  item.getOperations().values().forEach(StandardErrorResponses::addNotFound);
                }
              });
    }
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
      components.addSchema("Problem", problemSchema());
    }
    EventSchemaBounds.apply(openAPI);
    OpenApiBounds.apply(openAPI);
  }

  private static void addNotFound(Operation operation) {
    if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("404")) {
      operation
          .getResponses()
          .addAPIResponse(
              "404",
              OASFactory.createAPIResponse()
                  .description("No such object, or not the caller's to see")
                  .content(problem()));
    }
  }

  private static Content problem() {
    return OASFactory.createContent()
        .addMediaType(
            Problem.MEDIA_TYPE,
            OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
  }

  private static Schema text(int maxLength) {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
  }

  private static Schema problemSchema() {
    Schema fieldError =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .addProperty("field", text(300))
            .addProperty("reason", text(500));
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details")
        .addProperty("type", text(200))
        .addProperty("title", text(200))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .format("int32")
                .minimum(java.math.BigDecimal.valueOf(400))
                .maximum(java.math.BigDecimal.valueOf(599)))
        .addProperty("detail", text(2000))
        .addProperty("instance", text(200))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .maxItems(500)
                .items(fieldError));
  }
}
