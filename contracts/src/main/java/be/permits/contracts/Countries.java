package be.permits.contracts;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, and membership of the EU/EEA. */
public final class Countries {
  private static final Set<String> ISO = Set.of(Locale.getISOCountries());

  /** EU member states, plus Iceland, Liechtenstein and Norway (EEA). Greece is ISO {@code GR}. */
  public static final Set<String> EU_EEA =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

  private Countries() {}

  public static boolean isIsoCode(String code) {
    return code != null && ISO.contains(code);
  }

  public static boolean isEuOrEea(String code) {
    return EU_EEA.contains(code);
  }
}
