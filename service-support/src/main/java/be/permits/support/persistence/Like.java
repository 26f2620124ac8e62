package be.permits.support.persistence;

import java.util.Locale;

/**
 * Searching text with JPQL {@code LIKE}: a person's words are matched as written, never as
 * wildcards, so a query must say {@code ESCAPE '\'} after the pattern.
 */
public final class Like {
  /** The JPQL that follows {@code LIKE :parameter}. */
  public static final String ESCAPE = " ESCAPE '\\'";

  private Like() {}

  /** A pattern for a lower-cased column that holds {@code words} anywhere. */
  public static String containing(String words) {
    return "%"
        + words
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_")
        + "%";
  }
}
