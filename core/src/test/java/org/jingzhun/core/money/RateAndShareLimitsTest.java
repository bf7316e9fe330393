package org.jingzhun.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The edges of {@link AnnualRate} and {@link Share}: 0, 1, and 34 decimal places. */
class RateAndShareLimitsTest {

  private static final String THIRTY_FOUR_PLACES = "0." + "0".repeat(33) + "1";
  private static final String THIRTY_FIVE_PLACES = "0." + "0".repeat(34) + "1";

  @Test
  void aRateOfZeroIsTheZeroRate() {
    assertSame(AnnualRate.ZERO, AnnualRate.ofFraction(new BigDecimal("0.000")));
    assertTrue(AnnualRate.ZERO.isZero());
    assertFalse(AnnualRate.parse("0.01%").isZero());
  }

  @Test
  void aRateOfExactlyOneHundredPercentIsAllowedAndAboveItIsNot() {
    assertEquals("100%", AnnualRate.ofFraction(BigDecimal.ONE).toString());
    assertThrows(ValidationException.class, () -> AnnualRate.ofFraction(new BigDecimal("1.0001")));
  }

  @Test
  void aRateHasAtMostThirtyFourDecimalPlaces() {
    assertEquals(new BigDecimal(THIRTY_FOUR_PLACES), AnnualRate.ofFraction(new BigDecimal(THIRTY_FOUR_PLACES)).fraction());
    assertThrows(ValidationException.class, () -> AnnualRate.ofFraction(new BigDecimal(THIRTY_FIVE_PLACES)));
  }

  @Test
  void ratesAddMultiplyAndCompare() {
    AnnualRate low = AnnualRate.parse("3.45%");
    AnnualRate high = AnnualRate.parse("4.75%");
    // 3.45 % + 4.75 % = 8.2 %; 4.75 % * 0.5 = 2.375 %.
    assertEquals(AnnualRate.parse("8.2%"), low.plus(high));
    assertEquals(AnnualRate.parse("2.375%"), high.times(new BigDecimal("0.5")));
    assertEquals(low, low.min(high));
    assertEquals(low, high.min(low));
    assertEquals(high, low.max(high));
    assertEquals(high, high.max(low));
    assertTrue(low.compareTo(high) < 0);
    assertTrue(high.compareTo(low) > 0);
  }

  @Test
  void minAndMaxOfEqualRatesReturnTheReceiver() {
    AnnualRate a = AnnualRate.parse("4.75%");
    AnnualRate b = AnnualRate.parse("0.0475");
    assertSame(a, a.min(b));
    assertSame(a, a.max(b));
  }

  @Test
  void ratesEqualByValueWhateverTheirScale() {
    AnnualRate a = AnnualRate.ofFraction(new BigDecimal("0.0475"));
    AnnualRate b = AnnualRate.ofFraction(new BigDecimal("0.047500"));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(new BigDecimal("0.0475").hashCode(), a.hashCode());
    assertNotEquals(a, AnnualRate.parse("4.76%"));
    assertFalse(a.equals("4.75%"));
  }

  @Test
  void sharesOfZeroAndOneAreAllowed() {
    assertTrue(Share.of(BigDecimal.ZERO).isZero());
    assertFalse(Share.of(BigDecimal.ONE).isZero());
    assertEquals("1", Share.of(new BigDecimal("1.00")).toString());
  }

  @Test
  void aShareHasAtMostThirtyFourDecimalPlaces() {
    assertEquals(THIRTY_FOUR_PLACES, Share.of(new BigDecimal(THIRTY_FOUR_PLACES)).toString());
    assertThrows(ValidationException.class, () -> Share.of(new BigDecimal(THIRTY_FIVE_PLACES)));
  }

  @Test
  void sharesCompareAndEqualByValue() {
    Share a = Share.parse("0.40");
    Share b = Share.parse("40%");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(new BigDecimal("0.4").hashCode(), a.hashCode());
    assertEquals("0.4", a.toString());
    assertNotEquals(a, Share.parse("0.5"));
    assertFalse(a.equals("0.4"));
    assertTrue(a.compareTo(Share.parse("0.5")) < 0);
    assertTrue(Share.parse("0.5").compareTo(a) > 0);
    assertEquals(0, a.compareTo(b));
  }
}
