package be.permits.review.domain;

import be.permits.contracts.Countries;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Authorised Economic Operator number read into its parts: the issuing member state, the type of
 * authorisation and the number the member state gave it ({@code BEAEOF0000123}: Belgium, full,
 * 0000123). Valid when the country is an EU member state (the EEA states issue none) and the parts
 * are well formed.
 *
 * @param country the two letters it starts with, as written
 * @param type the authorisation, or {@code null} if its letter is none of C, S, F
 */
public record AeoNumber(String text, String country, Type type, String number) {

  /** The kinds of authorisation (Union Customs Code, art. 38). */
  public enum Type {
    /** Customs simplifications. */
    C,
    /** Security and safety. */
    S,
    /** Full: both. */
    F
  }

  private static final Pattern FORM = Pattern.compile("([A-Z]{2})AEO([A-Z])([0-9A-Z]{1,29})");

  /** The parts of {@code text}; {@code null} if there is no number. */
  public static AeoNumber parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String upper = text.strip().toUpperCase(Locale.ROOT);
    Matcher m = FORM.matcher(upper);
    if (!m.matches()) {
      return new AeoNumber(upper, null, null, null);
    }
    Type type =
        switch (m.group(2)) {
          case "C" -> Type.C;
          case "S" -> Type.S;
          case "F" -> Type.F;
          default -> null;
        };
    return new AeoNumber(upper, m.group(1), type, m.group(3));
  }

  /** Whether an EU member state could have issued it. */
  public boolean isValid() {
    return country != null
        && type != null
        && Countries.isEuOrEea(country)
        && !java.util.Set.of("IS", "LI", "NO").contains(country);
  }
}
