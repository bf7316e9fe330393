package org.jingzhun.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The edges of {@link Ratio}: 1,000 parts, eighteen-digit parts, zero parts, the text length. */
class RatioLimitsTest {

  private static final BigInteger EIGHTEEN_NINES = BigInteger.TEN.pow(18).subtract(BigInteger.ONE);

  private static List<String> messages(ValidationException e) {
    return e.violations().stream().map(Violation::message).toList();
  }

  @Test
  void anEmptyRatioIsOneViolationNotTwo() {
    ValidationException e = assertThrows(ValidationException.class, () -> Ratio.of(List.of()));
    assertEquals(List.of("a ratio needs at least one part"), messages(e));
  }

  @Test
  void aThousandPartsAreAllowedAndOneMoreIsNot() {
    assertEquals(1000, Ratio.of(Collections.nCopies(1000, BigInteger.ONE)).size());
    ValidationException e = assertThrows(ValidationException.class,
        () -> Ratio.of(Collections.nCopies(1001, BigInteger.ONE)));
    assertEquals(List.of("a ratio has at most 1000 parts"), messages(e));
  }

  @Test
  void aPartOfEighteenDigitsIsAllowedAndNineteenIsNot() {
    assertEquals(List.of(EIGHTEEN_NINES), Ratio.of(List.of(EIGHTEEN_NINES)).weights());
    ValidationException e = assertThrows(ValidationException.class,
        () -> Ratio.of(List.of(EIGHTEEN_NINES.add(BigInteger.ONE))));
    assertEquals(List.of("[0]"), e.violations().stream().map(Violation::path).toList());
    assertEquals(List.of("a part has at most eighteen digits"), messages(e));
  }

  @Test
  void aZeroPartIsAllowedBesideAPositiveOne() {
    assertEquals(2, Ratio.parse("0:1").size());
  }

  @Test
  void aTextOfTwentyThousandCharactersIsReadAndOneMoreIsRefused() {
    // 1,000 parts * 20 characters is the limit. "1:" * 9,999 + "11" is 20,000 characters and
    // 10,000 parts: it is read, then refused for its parts; one more character is refused for its length.
    String limit = "1:".repeat(9999) + "11";
    assertEquals(20_000, limit.length());
    assertEquals(List.of("a ratio has at most 1000 parts"),
        messages(assertThrows(ValidationException.class, () -> Ratio.parse(limit))));
    assertEquals(List.of("is too long for a ratio of at most 1000 parts"),
        messages(assertThrows(ValidationException.class, () -> Ratio.parse(limit + "1"))));
  }

  @Test
  void noTextIsNotARatio() {
    assertEquals(List.of("is not a ratio of whole numbers such as \"4:3:2:1\""),
        messages(assertThrows(ValidationException.class, () -> Ratio.parse(null))));
  }

  @Test
  void ratiosEqualPartForPart() {
    assertEquals(Ratio.parse("4:3"), Ratio.of(4, 3));
    assertEquals(Ratio.parse("4:3").hashCode(), Ratio.of(4, 3).hashCode());
    assertEquals(List.of(BigInteger.valueOf(4), BigInteger.valueOf(3)).hashCode(), Ratio.of(4, 3).hashCode());
    assertNotEquals(Ratio.of(4, 3), Ratio.of(3, 4));
    assertFalse(Ratio.of(4, 3).equals("4:3"));
  }
}
