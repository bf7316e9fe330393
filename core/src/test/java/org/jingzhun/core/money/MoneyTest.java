package org.jingzhun.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  private static List<Money> yuan(String... amounts) {
    return java.util.Arrays.stream(amounts).map(Money::ofYuan).toList();
  }

  @Test
  void allocatesOneMillionByFourThreeTwoOneExactly() {
    // 1,000,000.00 over 4+3+2+1 = 10 parts: 400,000 / 300,000 / 200,000 / 100,000, no remainder.
    assertEquals(yuan("400000.00", "300000.00", "200000.00", "100000.00"),
        Money.ofYuan("1000000.00").allocate(Ratio.parse("4:3:2:1")));
  }

  @Test
  void allocatesOneHundredByThirdsGivingTheLeftoverFenToTheFirstPart() {
    // 10,000 fen / 3 = 3,333 rem 1 each; 1 fen left, all remainders equal -> the first part.
    assertEquals(yuan("33.34", "33.33", "33.33"), Money.ofYuan("100.00").allocate(Ratio.of(1, 1, 1)));
  }

  @Test
  void givesLeftoverFenToTheLargestRemainders() {
    // 1.00 yuan = 100 fen by 1:2:2 (total 5): 20, 40, 40 exactly. By 3:3:1 (total 7):
    // 300/7 = 42 r6, 300/7 = 42 r6, 100/7 = 14 r2; 98 given, 2 left -> parts 1 and 2 (r6 each).
    assertEquals(yuan("0.43", "0.43", "0.14"), Money.ofYuan("1.00").allocate(Ratio.of(3, 3, 1)));
  }

  @Test
  void allocatesANegativeAmountSymmetrically() {
    assertEquals(yuan("-33.34", "-33.33", "-33.33"), Money.ofYuan("-100.00").allocate(Ratio.of(1, 1, 1)));
  }

  @Test
  void allocationRejectsAllZeroWeights() {
    assertThrows(ValidationException.class, () -> Ratio.of(0, 0));
  }

  @ParameterizedTest
  @CsvSource({
    // 10.05 yuan * 0.5 = 5.025 yuan = 502.5 fen
    "UP, 5.03", "DOWN, 5.02", "CEILING, 5.03", "FLOOR, 5.02",
    "HALF_UP, 5.03", "HALF_DOWN, 5.02", "HALF_EVEN, 5.02"
  })
  void roundsAtEachMode(RoundingMode mode, String expected) {
    assertEquals(Money.ofYuan(expected), Money.ofYuan("10.05").times(new BigDecimal("0.5"), mode));
  }

  @ParameterizedTest
  @CsvSource({
    // -10.05 * 0.5 = -502.5 fen
    "UP, -5.03", "DOWN, -5.02", "CEILING, -5.02", "FLOOR, -5.03", "HALF_UP, -5.03", "HALF_EVEN, -5.02"
  })
  void roundsNegativeAmountsAtEachMode(RoundingMode mode, String expected) {
    assertEquals(Money.ofYuan(expected), Money.ofYuan("-10.05").times(new BigDecimal("0.5"), mode));
  }

  @Test
  void unnecessaryRoundingFailsWhenAFractionOfAFenRemains() {
    assertThrows(ArithmeticException.class,
        () -> Money.ofYuan("10.05").times(new BigDecimal("0.5"), RoundingMode.UNNECESSARY));
  }

  @Test
  void interestForNinetyTwoDaysRoundsOnceAtTheEnd() {
    // 50,000.00 * 4.75% * 92 / 360 = 606.944... yuan -> 606.94 half-up
    Money interest = Money.ofYuan("50000").timesFraction(
        new BigDecimal("0.0475").multiply(BigDecimal.valueOf(92)), BigDecimal.valueOf(360), RoundingMode.HALF_UP);
    assertEquals(Money.ofYuan("606.94"), interest);
  }

  @Test
  void overflowRaises() {
    Money max = Money.ofFen(Long.MAX_VALUE);
    assertThrows(ArithmeticException.class, () -> max.plus(Money.ofFen(1)));
    assertThrows(ArithmeticException.class, () -> max.times(2));
    assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MIN_VALUE).negated());
    assertThrows(ArithmeticException.class, () -> max.times(new BigDecimal("1.5"), RoundingMode.HALF_UP));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12.345", "1,234.00", "¥12", "12.", ".5", "1e3", "abc", " 12", "--1", "12345678901234567890"})
  void rejectsTextThatIsNotAnAmount(String text) {
    ValidationException e = assertThrows(ValidationException.class, () -> Money.ofYuan(text));
    assertTrue(e.getMessage().contains("not an amount"));
  }

  @Test
  void parsesAndPrintsWithTwoDecimals() {
    assertEquals(123456, Money.ofYuan("1234.56").fen());
    assertEquals("1234.50", Money.ofYuan("1234.5").toString());
    assertEquals("-0.07", Money.ofYuan("-0.07").toString());
    assertEquals("0.00", Money.ZERO.toString());
  }

  @Test
  void dividesByMembersWithTheNamedRounding() {
    // 100.00 / 3 = 33.333... -> 33.33 half-up, 33.34 up
    assertEquals(Money.ofYuan("33.33"), Money.ofYuan("100").dividedBy(3, RoundingMode.HALF_UP));
    assertEquals(Money.ofYuan("33.34"), Money.ofYuan("100").dividedBy(3, RoundingMode.UP));
  }
}
