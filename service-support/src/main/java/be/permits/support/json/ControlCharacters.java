package be.permits.support.json;

/**
 * Text that a person may type holds no control character but tab, line feed and carriage return.
 * PostgreSQL refuses NUL in text outright; the others have no business in a name, an answer or a
 * note, and can hide text from the people who read it.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  public static boolean in(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
        return true;
      }
    }
    return false;
  }

  /** The text without its control characters (tab, line feed and carriage return stay). */
  public static String strip(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.chars().filter(c -> !in(String.valueOf((char) c))).forEach(c -> kept.append((char) c));
    return kept.toString();
  }
}
