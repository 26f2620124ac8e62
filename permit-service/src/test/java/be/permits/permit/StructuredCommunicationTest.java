package be.permits.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.permits.permit.domain.StructuredCommunication;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The Belgian structured communication: ten digits and their mod-97 check, as banks check it. */
class StructuredCommunicationTest {

  @Property
  void everyNumberReadsBackFromItsPrintedForm(
      @ForAll @LongRange(min = 1, max = 9_999_999_999L) long n) {
    StructuredCommunication c = new StructuredCommunication(n);
    String printed = c.toString();
    assertTrue(printed.matches("\\+\\+\\+[0-9]{3}/[0-9]{4}/[0-9]{5}\\+\\+\\+"), printed);
    assertEquals(c, StructuredCommunication.parse(printed));
    assertEquals(c, StructuredCommunication.parse(c.digits()));
    int check = Integer.parseInt(c.digits().substring(10));
    assertEquals(n % 97 == 0 ? 97 : n % 97, check);
    assertTrue(check >= 1 && check <= 97);
  }

  @Property
  void changingAnyOneDigitIsCaught(
      @ForAll @LongRange(min = 1, max = 9_999_999_999L) long n,
      @ForAll @IntRange(min = 0, max = 11) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    char[] digits = new StructuredCommunication(n).digits().toCharArray();
    digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);
    assertFalse(StructuredCommunication.isValid(new String(digits)), new String(digits));
  }

  @Test
  void aKnownCommunicationAndItsNeighbours() {
    // 0909337554 leaves 93 modulo 97: its check digits are 93.
    assertTrue(StructuredCommunication.isValid("+++090/9337/55493+++"));
    assertTrue(StructuredCommunication.isValid("***090/9337/55493***"));
    assertFalse(StructuredCommunication.isValid("+++090/9337/55492+++"));
    // A multiple of 97 checks with 97, never 00.
    assertEquals("000000009797", new StructuredCommunication(97).digits());
    assertFalse(StructuredCommunication.isValid("000000009700"));
    assertFalse(StructuredCommunication.isValid("+++000/0000/00097+++"), "zero is no number");
    assertFalse(StructuredCommunication.isValid("+++090/9337/5549+++"));
    assertThrows(IllegalArgumentException.class, () -> new StructuredCommunication(0));
  }
}
