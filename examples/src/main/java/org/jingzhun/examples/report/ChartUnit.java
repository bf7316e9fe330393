package org.jingzhun.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;

/**
 * 图表单位 — the unit a chart's values are shown in. Amounts reaching a million yuan are shown in
 * 万元 (ten thousand yuan, to the fen: two decimals), the unit of Chinese budget tables; everything
 * else as given. The chart's data (its CSV) keeps the exact values in their own unit.
 *
 * @param tenThousands whether the values are shown in 万元
 * @param label the value axis's label in this unit
 */
record ChartUnit(boolean tenThousands, String label) {
  /** The label of an amount axis in 万元. */
  static final String TEN_THOUSAND_YUAN = "万元 10,000 yuan";
  /** From this amount on, a chart shows 万元: below it, yuan read easily enough. */
  private static final BigDecimal LARGE = new BigDecimal("1000000");

  /** The unit for {@code chart}. */
  static ChartUnit of(Chart chart) {
    boolean large = chart.money() && Stream.concat(chart.values().values().stream(),
            chart.bands().values().stream().flatMap(b -> Stream.of(b.low(), b.high())))
        .anyMatch(v -> v.abs().compareTo(LARGE) >= 0);
    return new ChartUnit(large, large ? TEN_THOUSAND_YUAN : chart.valueAxis());
  }

  /** {@code value} in this unit: 万元 to two decimals (rounded half up), or unchanged. */
  BigDecimal shown(BigDecimal value) {
    return tenThousands ? value.movePointLeft(4).setScale(2, RoundingMode.HALF_UP) : value;
  }
}
