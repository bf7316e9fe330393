package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.math.LongMath;
import java.math.RoundingMode;

import java.math.BigDecimal;
import java.util.Map;
import org.jingzhun.planning.population.IncomeColumn;
import org.junit.jupiter.api.Test;

/** Income growth by source: a column's own rate replaces the common one, each amount half-up to the fen. */
class IncomeGrowthTest {

  @Test
  void aColumnsOwnRateReplacesTheCommonRate() {
    IncomeGrowth g = new IncomeGrowth(new BigDecimal("0.08"), Map.of(IncomeColumn.WAGES, new BigDecimal("0.10"),
        IncomeColumn.BUSINESS, BigDecimal.ZERO));
    // wages 10,000.00 × 1.10 = 11,000.00; business 5,000.00 × 1 = 5,000.00; property 1,000.05 × 1.08 = 1,080.054 → 1,080.05
    assertEquals(1_100_000, g.grow(IncomeColumn.WAGES, 1_000_000));
    assertEquals(500_000, g.grow(IncomeColumn.BUSINESS, 500_000));
    assertEquals(108_005, g.grow(IncomeColumn.PROPERTY, 100_005));
    // 0.05 yuan × 1.10 = 0.055 → 0.06, half-up
    assertEquals(6, g.grow(IncomeColumn.WAGES, 5));
  }

  @Test
  void noGrowthOfAnyColumnIsNone() {
    assertTrue(new IncomeGrowth(BigDecimal.ZERO, Map.of()).isNone());
    assertEquals(false, new IncomeGrowth(BigDecimal.ZERO, Map.of(IncomeColumn.TRANSFERS, new BigDecimal("0.01"))).isNone());
  }

  @Test
  void halfUpDividesAsGuavasHalfUpDivision() {
    // by hand: 25 / 10 = 2.5 → 3; −25 / 10 = −2.5 → −3 (away from zero); 24 / 10 → 2; −26 / 10 → −3; 0 → 0
    assertEquals(3, IncomeGrowth.halfUp(25, 10));
    assertEquals(-3, IncomeGrowth.halfUp(-25, 10));
    assertEquals(2, IncomeGrowth.halfUp(24, 10));
    assertEquals(-3, IncomeGrowth.halfUp(-26, 10));
    assertEquals(0, IncomeGrowth.halfUp(0, 10));
    qt().forAll(longs().between(-4_000_000_000_000_000L, 4_000_000_000_000_000L), longs().between(1, 1_000_000_000_000_000_000L))
        .check((n, d) -> IncomeGrowth.halfUp(n, d) == LongMath.divide(n, d, RoundingMode.HALF_UP));
  }
}
