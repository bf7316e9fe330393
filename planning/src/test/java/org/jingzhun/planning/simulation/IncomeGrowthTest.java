package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
