package be.permits.permit.domain;

/**
 * Belgian enterprise numbers (KBO/BCE): ten digits starting with 0 or 1, the last two being 97
 * minus the first eight modulo 97. Written as {@code 0403.170.701}, {@code BE0403170701} or bare.
 */
public final class EnterpriseNumber {
  private EnterpriseNumber() {}

  /** The ten digits of {@code text}, or {@code null} if it is not written like a number. */
  public static String normalise(String text) {
    if (text == null) {
      return null;
    }
    String digits = text.trim().toUpperCase(java.util.Locale.ROOT);
    if (digits.startsWith("BE")) {
      digits = digits.substring(2);
    }
    digits = digits.replaceAll("[\\s.]", "");
    return digits.matches("[01][0-9]{9}") ? digits : null;
  }

  public static boolean isValid(String text) {
    String digits = normalise(text);
    if (digits == null) {
      return false;
    }
    long base = Long.parseLong(digits.substring(0, 8));
    int check = Integer.parseInt(digits.substring(8));
    return 97 - (base % 97) == check;
  }
}
