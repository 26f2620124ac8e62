package be.permits.support.problem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/** The kind of JSON value a field takes, in words for a problem answer (never a class name). */
final class JsonTypes {
  private JsonTypes() {}

  static String describe(Class<?> type) {
    if (type == String.class) {
      return "text";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class) {
      return "a whole number";
    }
    if (type == BigDecimal.class || type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (type == Instant.class) {
      return "a date and time";
    }
    if (type == UUID.class) {
      return "an identifier";
    }
    if (type.isEnum()) {
      return "one of the listed values";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "an object";
  }
}
