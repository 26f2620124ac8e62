package be.permits.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What changed between two revisions of an application: every field whose value differs, by its
 * JSON path, with the old and the new value. Lists are compared as whole values.
 */
public final class RevisionDiff {
  private RevisionDiff() {}

  /** One changed field; a value is {@code null} when the field was absent. */
  public record Change(String field, JsonNode before, JsonNode after) {}

  public static List<Change> between(JsonNode before, JsonNode after) {
    Map<String, JsonNode> old = flatten(before);
    Map<String, JsonNode> now = flatten(after);
    TreeMap<String, Change> changes = new TreeMap<>();
    old.forEach(
        (field, value) -> {
          if (!Objects.equals(value, now.get(field))) {
            changes.put(field, new Change(field, value, now.get(field)));
          }
        });
    now.forEach(
        (field, value) -> {
          if (!old.containsKey(field)) {
            changes.put(field, new Change(field, null, value));
          }
        });
    return new ArrayList<>(changes.values());
  }

  private static Map<String, JsonNode> flatten(JsonNode node) {
    Map<String, JsonNode> fields = new TreeMap<>();
    flatten("", node, fields);
    return fields;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> fields) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        flatten(
            prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(),
            field.getValue(),
            fields);
      }
      return;
    }
    // Empty lists count as absent, as in the forms, where a list that was never filled is empty.
    if (!(node.isArray() && node.isEmpty())) {
      fields.put(prefix, node);
    }
  }
}
