package org.jingzhun.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The queries and comparisons of {@link Money}, on both sides of each boundary. */
class MoneyComparisonTest {

  private static final Money MINUS_ONE_FEN = Money.ofFen(-1);
  private static final Money ONE_FEN = Money.ofFen(1);

  @Test
  void onlyZeroIsZero() {
    assertTrue(Money.ZERO.isZero());
    assertFalse(ONE_FEN.isZero());
    assertFalse(MINUS_ONE_FEN.isZero());
  }

  @Test
  void zeroIsNeitherPositiveNorNegative() {
    assertFalse(Money.ZERO.isPositive());
    assertFalse(Money.ZERO.isNegative());
    assertTrue(ONE_FEN.isPositive());
    assertFalse(MINUS_ONE_FEN.isPositive());
    assertTrue(MINUS_ONE_FEN.isNegative());
  }

  @Test
  void anAmountIsNeitherGreaterNorLessThanItself() {
    assertFalse(ONE_FEN.isGreaterThan(Money.ofFen(1)));
    assertFalse(ONE_FEN.isLessThan(Money.ofFen(1)));
    assertTrue(ONE_FEN.isGreaterThan(Money.ZERO));
    assertFalse(ONE_FEN.isLessThan(Money.ZERO));
    assertTrue(Money.ZERO.isLessThan(ONE_FEN));
    assertFalse(Money.ZERO.isGreaterThan(ONE_FEN));
  }

  @Test
  void minAndMaxPickTheSmallerAndTheLarger() {
    assertEquals(MINUS_ONE_FEN, ONE_FEN.min(MINUS_ONE_FEN));
    assertEquals(MINUS_ONE_FEN, MINUS_ONE_FEN.min(ONE_FEN));
    assertEquals(ONE_FEN, ONE_FEN.max(MINUS_ONE_FEN));
    assertEquals(ONE_FEN, MINUS_ONE_FEN.max(ONE_FEN));
  }

  @Test
  void minAndMaxOfEqualAmountsReturnTheReceiver() {
    Money a = Money.ofFen(5);
    Money b = Money.ofFen(5);
    assertSame(a, a.max(b));
    assertSame(a, a.min(b));
  }

  @Test
  void comparesByFen() {
    assertEquals(-1, Integer.signum(MINUS_ONE_FEN.compareTo(ONE_FEN)));
    assertEquals(1, Integer.signum(ONE_FEN.compareTo(MINUS_ONE_FEN)));
    assertEquals(0, ONE_FEN.compareTo(Money.ofYuan("0.01")));
  }

  @Test
  void equalAmountsAreEqualAndHashAlikeOthersAreNot() {
    assertEquals(Money.ofYuan("12.34"), Money.ofFen(1234));
    assertEquals(Money.ofYuan("12.34").hashCode(), Money.ofFen(1234).hashCode());
    // Long.hashCode(1234) = 1234: the hash is the fen count folded, not a constant.
    assertEquals(1234, Money.ofFen(1234).hashCode());
    assertNotEquals(Money.ofFen(1234), Money.ofFen(1235));
    assertFalse(Money.ofFen(1234).equals("12.34"));
  }

  @Test
  void negationFlipsTheSign() {
    assertEquals(Money.ofYuan("-12.34"), Money.ofYuan("12.34").negated());
    assertEquals(Money.ZERO, Money.ZERO.negated());
  }
}
