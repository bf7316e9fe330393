package org.jingzhun.examples.report;

import org.jingzhun.examples.report.Chart.Band;

/**
 * 图表数据 — a chart's data as a table in long form, one row per series and category, so that
 * every chart's CSV has the same columns whatever its series: {@code category, series, value,
 * low, high, unit} (see {@code docs/data-dictionary.md}). Values are exact, in the chart's own
 * unit (amounts in yuan); {@code low} and {@code high} are the band, empty without one.
 */
public final class ChartData {
  private ChartData() {}

  /** The data of {@code chart}. */
  public static Table of(Chart chart) {
    Table.Builder t = Table.keyed(chart.title(), "category", "类别 category", "series", "系列 series", "value", "数值 value",
        "low", "下限 low", "high", "上限 high", "unit", "单位 unit");
    String unit = chart.money() ? "yuan" : chart.valueAxis();
    for (String series : chart.values().rowKeySet()) {
      chart.values().row(series).forEach((category, value) -> {
        Band band = chart.bands().get(series, category);
        t.row(category, series, value.toPlainString(), band == null ? "" : band.low().toPlainString(),
            band == null ? "" : band.high().toPlainString(), unit);
      });
    }
    return t.build();
  }
}
