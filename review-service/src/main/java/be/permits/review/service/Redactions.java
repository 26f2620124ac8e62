package be.permits.review.service;

import java.util.regex.Pattern;

/**
 * A first redaction of an observation for the coordinating official to check and complete: email
 * addresses, telephone numbers, IBANs and the sender's own name are taken out. Names of other
 * people and special-category data need a person's reading; this only spares the obvious.
 */
public final class Redactions {
  /** What replaces a redacted passage. */
  public static final String MARK = "[…]";

  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
  private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ./-]{7,}\\d");
  private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}\\b");

  private Redactions() {}

  public static String suggest(String text, String senderName) {
    String out = EMAIL.matcher(text).replaceAll(MARK);
    out = IBAN.matcher(out).replaceAll(MARK);
    out = PHONE.matcher(out).replaceAll(MARK);
    if (senderName != null && !senderName.isBlank()) {
      out =
          Pattern.compile(Pattern.quote(senderName.strip()), Pattern.CASE_INSENSITIVE)
              .matcher(out)
              .replaceAll(MARK);
    }
    return out;
  }
}
