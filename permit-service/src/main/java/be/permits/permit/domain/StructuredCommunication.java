package be.permits.permit.domain;

/**
 * A Belgian structured communication ({@code +++ddd/dddd/ddddd+++}), by which a bank transfer names
 * the invoice it pays: ten digits, then two check digits, the ten digits modulo 97 (97 when that is
 * 0). Banks check the digits; a statement carries the communication back.
 *
 * @param number the ten digits, from 1 to 9,999,999,999
 */
public record StructuredCommunication(long number) {
  private static final long MAX = 9_999_999_999L;

  public StructuredCommunication {
    if (number < 1 || number > MAX) {
      throw new IllegalArgumentException("A structured communication numbers 1 to 9999999999");
    }
  }

  /** The check digits of {@code number}: its remainder modulo 97, 97 when that is 0. */
  public static int checkDigits(long number) {
    int remainder = (int) (number % 97);
    return remainder == 0 ? 97 : remainder;
  }

  /** The twelve digits: the number on ten, then its check digits on two. */
  public String digits() {
    return String.format("%010d%02d", number, checkDigits(number));
  }

  /** As banks print it: {@code +++ddd/dddd/ddddd+++}. */
  @Override
  public String toString() {
    String d = digits();
    return "+++" + d.substring(0, 3) + "/" + d.substring(3, 7) + "/" + d.substring(7) + "+++";
  }

  /**
   * The communication written as {@code text}: with or without the {@code +++} or {@code ***}
   * marks, slashes and spaces, twelve digits whose last two check the first ten.
   *
   * @throws IllegalArgumentException when it is not one
   */
  public static StructuredCommunication parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("No structured communication");
    }
    String digits = text.strip().replaceAll("^(\\+\\+\\+|\\*\\*\\*)|(\\+\\+\\+|\\*\\*\\*)$", "");
    digits = digits.replaceAll("[/ ]", "");
    if (!digits.matches("[0-9]{12}")) {
      throw new IllegalArgumentException("Not twelve digits: " + text);
    }
    long number = Long.parseLong(digits.substring(0, 10));
    int check = Integer.parseInt(digits.substring(10));
    if (number == 0 || checkDigits(number) != check) {
      throw new IllegalArgumentException("The check digits do not match: " + text);
    }
    return new StructuredCommunication(number);
  }

  /** Whether {@code text} is a well-formed structured communication. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
