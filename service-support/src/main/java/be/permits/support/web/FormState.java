package be.permits.support.web;

import be.permits.support.json.ControlCharacters;
import be.permits.support.problem.ProblemMappers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A page form as the person sees it: the values as typed (or as stored, when the page first opens),
 * and the problem of each field. Reading a typed value into its Java type records a problem instead
 * of failing, so that one answer shows every mistake beside its field.
 *
 * <p>Field names are the dotted paths of the API ({@code site.municipality}), so that a problem
 * found by the API's validation lands beside the right field.
 */
public final class FormState {
  /** One field's problem: a code that the pages translate, and the limit it names, if any. */
  public record FieldProblem(String field, String code, String limit) {
    /** The id of the field's input, and the anchor that the error summary links to. */
    public String inputId() {
      return FormState.inputId(field);
    }

    /**
     * The part of the form the field belongs to: {@code site} for {@code site.municipality}, {@code
     * systems} for {@code systems[1].name}.
     */
    public String section() {
      return FormState.section(field);
    }

    /**
     * The message key of the field's label, whatever item of a list it is in: {@code
     * field_site_municipality}, {@code field_systems_name} for {@code systems[1].name}.
     */
    public String labelKey() {
      // A field per choice (systems[0].stored.PERSONAL) is labelled as the group of choices.
      return "field_"
          + field.replaceAll("\\[\\d+]", "").replaceAll("\\.[A-Z_]+$", "").replace('.', '_');
    }

    /** The number, from 1, of the list item the field is in ({@code systems[1].name}: 2); or 0. */
    public int item() {
      java.util.regex.Matcher index = ITEM.matcher(field);
      return index.find() ? Integer.parseInt(index.group(1)) + 1 : 0;
    }

    /** The message key naming the list the field is an item of: {@code field_systems}. */
    public String itemKey() {
      return "field_" + section();
    }
  }

  private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("\\[(\\d+)]");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, List<String>> values;
  private final Map<String, FieldProblem> problems = new LinkedHashMap<>();

  private FormState(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * The form as posted. A field holding a control character (NUL among them, which PostgreSQL
   * refuses) is rejected at once and shown again without it, so that no page acts on it.
   */
  public static FormState posted(Map<String, List<String>> posted) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    List<String> rejected = new java.util.ArrayList<>();
    posted.forEach(
        (name, list) -> {
          if (list.stream().anyMatch(ControlCharacters::in)) {
            rejected.add(name);
            values.put(name, list.stream().map(ControlCharacters::strip).toList());
          } else {
            values.put(name, list);
          }
        });
    FormState form = new FormState(values);
    rejected.forEach(name -> form.reject(name, "control_characters", null));
    return form;
  }

  /**
   * The form filled with stored data: {@code data} (a record or map) is flattened into dotted
   * names, lists into several values.
   */
  public static FormState of(Object data) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    flatten("", JSON.valueToTree(data), values);
    return new FormState(values);
  }

  public static FormState empty() {
    return new FormState(new LinkedHashMap<>());
  }

  private static void flatten(String prefix, JsonNode node, Map<String, List<String>> into) {
    if (node == null || node.isNull()) {
      return;
    }
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e ->
                  flatten(
                      prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                      e.getValue(),
                      into));
    } else if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(item.asText()));
      into.put(prefix, items);
    } else {
      into.put(
          prefix,
          List.of(node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText()));
    }
  }

  /**
   * A copy of this form, without its problems, in which each of {@code fields} holds the value it
   * has in {@code other}: how a step keeps the stored answer where the typed one was refused.
   */
  public FormState withValuesOf(FormState other, Collection<String> fields) {
    Map<String, List<String>> merged = new LinkedHashMap<>(values);
    for (String field : fields) {
      List<String> kept = other.values.get(field);
      if (kept == null) {
        merged.remove(field);
      } else {
        merged.put(field, kept);
      }
    }
    return new FormState(merged);
  }

  /** The names of the fields that have a problem. */
  public Set<String> fieldsWithProblems() {
    return Set.copyOf(problems.keySet());
  }

  // ---- what the templates read ----

  /** The field's value as shown in an input; several values one per line. */
  public String value(String name) {
    List<String> list = values.get(name);
    return list == null ? "" : String.join("\n", list);
  }

  /** The field's value as shown in a one-line input; several values separated by commas. */
  public String inline(String name) {
    List<String> list = values.get(name);
    return list == null ? "" : String.join(", ", list);
  }

  /** Whether a checkbox, radio button or option with this value is chosen. */
  public boolean isChosen(String name, String option) {
    List<String> list = values.get(name);
    return list != null && list.contains(option);
  }

  public FieldProblem problem(String name) {
    return problems.get(name);
  }

  public Collection<FieldProblem> problems() {
    return problems.values();
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** The id of a field's input (and the prefix of its hint's and error's ids). */
  public String idOf(String field) {
    return inputId(field);
  }

  /** The section of a field: what comes before its first dot or index. */
  public static String section(String field) {
    int end = field.length();
    for (char separator : new char[] {'.', '['}) {
      int at = field.indexOf(separator);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return field.substring(0, end);
  }

  static String inputId(String field) {
    return "f-" + field.replaceAll("[^A-Za-z0-9]", "-");
  }

  // ---- reading typed values ----

  /** Records a problem with the field; the first problem of a field is the one shown. */
  public void reject(String field, String code, String limit) {
    problems.putIfAbsent(field, new FieldProblem(field, code, limit));
  }

  /** The trimmed text, or {@code null} when empty. */
  public String text(String name) {
    String raw = value(name).strip();
    return raw.isEmpty() ? null : raw;
  }

  /** An upper-case code (country, AEO number), or {@code null} when empty. */
  public String code(String name) {
    String text = text(name);
    return text == null ? null : text.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  /** Non-empty lines of a text area, trimmed; also the several values of repeated fields. */
  public List<String> lines(String name) {
    return Arrays.stream(value(name).split("\\R"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** Codes separated by commas, spaces or lines, in capitals. */
  public List<String> codes(String name) {
    return Arrays.stream(value(name).split("[,;\\s]+"))
        .map(s -> s.toUpperCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public Integer integer(String name) {
    Long value = wholeNumber(name);
    if (value == null) {
      return null;
    }
    if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
      reject(name, "max", String.valueOf(Integer.MAX_VALUE));
      return null;
    }
    return value.intValue();
  }

  public Long wholeNumber(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    String digits = text.replaceAll("[\\s.\u00a0\u202f']", "");
    if (!digits.matches("-?[0-9]{1,18}")) {
      reject(name, "whole_number", null);
      return null;
    }
    return Long.parseLong(digits);
  }

  /**
   * A decimal number; a comma is read as the decimal separator, as French, Dutch and German write.
   */
  public BigDecimal decimal(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    String normalised = text.replace(" ", "").replace(',', '.');
    if (!normalised.matches("-?[0-9]{1,15}(\\.[0-9]{1,10})?")) {
      reject(name, "decimal", null);
      return null;
    }
    return new BigDecimal(normalised);
  }

  /** A day in ISO form (what a date input sends), or {@code null}. */
  public java.time.LocalDate date(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      reject(name, "date", null);
      return null;
    }
  }

  /** A yes/no question answered by radio buttons valued {@code true} or {@code false}. */
  public Boolean yesNo(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    return switch (text) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        reject(name, "choice", null);
        yield null;
      }
    };
  }

  /** One constant of {@code type}, or {@code null} (with a problem if the value is unknown). */
  public <E extends Enum<E>> E choice(String name, Class<E> type) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      reject(name, "choice", null);
      return null;
    }
  }

  /** Several constants of {@code type}, from checkboxes. */
  public <E extends Enum<E>> List<E> choices(String name, Class<E> type) {
    List<E> chosen = new ArrayList<>();
    for (String value : values.getOrDefault(name, List.of())) {
      try {
        chosen.add(Enum.valueOf(type, value));
      } catch (IllegalArgumentException e) {
        reject(name, "choice", null);
      }
    }
    return chosen;
  }

  /**
   * Records Bean Validation's findings on an object read from this form; {@code prefix} is the
   * object's path in the form ({@code "site"}).
   */
  public <T> void addViolations(String prefix, Set<ConstraintViolation<T>> violations) {
    for (ConstraintViolation<T> v : violations) {
      // Named as the API names it (systems[0].name); a list's item of simple values is shown at
      // the list's own field.
      String path = ProblemMappers.fieldOf(v).replaceAll("\\[\\d+]$", "");
      String field = prefix.isEmpty() ? path : prefix + "." + path;
      Annotation constraint = v.getConstraintDescriptor().getAnnotation();
      Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
      boolean isList = v.getInvalidValue() instanceof Collection<?>;
      String code =
          switch (constraint.annotationType().getSimpleName()) {
            case "Size" -> isList ? "too_many" : "too_long";
            case "Min", "DecimalMin" -> "min";
            case "Max", "DecimalMax" -> "max";
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "BelgianEnterpriseNumber" -> "enterprise_number";
            case "CountryCode" -> "country";
            default -> "format";
          };
      if ("too_long".equals(code)
          && v.getInvalidValue() instanceof String text
          && attributes.get("min") instanceof Integer min
          && text.length() < min) {
        code = "format";
      }
      String limit =
          switch (code) {
            case "too_many", "too_long" -> String.valueOf(attributes.get("max"));
            case "min", "max" -> String.valueOf(attributes.get("value"));
            default -> null;
          };
      reject(field, code, limit);
    }
  }
}
