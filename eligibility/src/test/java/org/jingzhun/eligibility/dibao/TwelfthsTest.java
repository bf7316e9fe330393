package org.jingzhun.eligibility.dibao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.math.LongMath;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class TwelfthsTest {

  private static final RoundingMode[] ROUNDING = {
    RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
    RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN
  };

  @Test
  void aTwelfthRoundsAsGuavasDivisionUnderEveryModeNearZeroAndFarFromIt() {
    qt().forAll(longs().between(-1_000_000L, 1_000_000L), integers().between(0, ROUNDING.length - 1))
        .checkAssert((fen, m) -> assertEquals(LongMath.divide(fen, 12, ROUNDING[m]), Twelfths.of(fen, ROUNDING[m])));
    qt().forAll(longs().all(), integers().between(0, ROUNDING.length - 1))
        .checkAssert((fen, m) -> assertEquals(LongMath.divide(fen, 12, ROUNDING[m]), Twelfths.of(fen, ROUNDING[m])));
  }

  @Test
  void aTwelfthOfAMultipleOfTwelveNeedsNoRounding() {
    // 2,280 fen = 12 × 190: exact, so UNNECESSARY is allowed
    assertEquals(190, Twelfths.of(2_280, RoundingMode.UNNECESSARY));
  }

  @Test
  void aTwelfthThatNeedsRoundingRefusesUnnecessary() {
    assertThrows(ArithmeticException.class, () -> Twelfths.of(2_281, RoundingMode.UNNECESSARY));
  }

  @Test
  void halfATwelfthRoundsAwayFromZeroUnderHalfUp() {
    // 18 / 12 = 1.5 → 2 (HALF_UP); -18 / 12 = -1.5 → -2; HALF_EVEN gives 2 and -2, HALF_DOWN 1 and -1
    assertEquals(2, Twelfths.of(18, RoundingMode.HALF_UP));
    assertEquals(-2, Twelfths.of(-18, RoundingMode.HALF_UP));
    assertEquals(1, Twelfths.of(18, RoundingMode.HALF_DOWN));
  }
}
