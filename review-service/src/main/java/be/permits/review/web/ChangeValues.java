package be.permits.review.web;

import be.permits.review.service.CaseViews;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;

/**
 * A changed field's values as a reviewer reads them on the desk: text without quotes, a list as
 * "BE, IE", and {@code true}/{@code false} for the template to put in words. The API keeps the
 * JSON.
 */
@TemplateExtension
final class ChangeValues {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ChangeValues() {}

  static String beforeText(CaseViews.Change change) {
    return readable(change.before());
  }

  static String afterText(CaseViews.Change change) {
    return readable(change.after());
  }

  /** The value of a JSON text; {@code null} when there is none. */
  static String readable(String json) {
    if (json == null) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException notJson) {
      return json;
    }
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(item.isValueNode() ? item.asText() : item.toString()));
      return String.join(", ", items);
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }
}
