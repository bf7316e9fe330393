package org.jingzhun.examples.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jingzhun.core.money.Money;
import org.jingzhun.examples.report.Table;
import org.jingzhun.planning.uncertainty.Band;
import org.jingzhun.planning.uncertainty.HeadlineBands;
import org.jingzhun.planning.uncertainty.RunBands;
import org.jingzhun.planning.uncertainty.Unit;

/**
 * 分位区间表 — the bands of several runs as tables: one row per headline and year for CSV
 * ({@code bands.csv}: amounts in yuan to the fen), and one row per headline with a column per
 * year for the terminal (median and 5th–95th percentile; amounts in 万元 to one decimal, for
 * reading only).
 */
public final class BandTables {
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  private BandTables() {}

  /** {@return one row per headline and year: headline, label, unit, year, runs, p5, p50, p95} */
  public static Table rows(RunBands bands) {
    Table.Builder t = Table.keyed("分位区间 bands over " + bands.runs() + " runs", "headline", "指标 headline", "label", "名称 label",
        "unit", "单位 unit", "year", "年度 year", "runs", "运行次数 runs", "p5", "第5百分位 p5", "p50", "中位数 p50", "p95", "第95百分位 p95");
    for (HeadlineBands<Long> h : bands.counts()) {
      rows(t, h, bands.runs(), String::valueOf);
    }
    for (HeadlineBands<Money> h : bands.amounts()) {
      rows(t, h, bands.runs(), Money::toString);
    }
    return t.build();
  }

  private static <T> void rows(Table.Builder t, HeadlineBands<T> h, int runs, Function<T, String> text) {
    for (Map.Entry<Integer, Band<T>> e : h.byYear().entrySet()) {
      Band<T> b = e.getValue();
      t.row(h.headline().name(), h.headline().chinese() + " " + h.headline().english(), h.headline().unit().english(),
          String.valueOf(e.getKey()), String.valueOf(runs), text.apply(b.p5()), text.apply(b.p50()), text.apply(b.p95()));
    }
  }

  /** {@return one row per headline, a column per year: "median (p5–p95)"; amounts in 万元} */
  public static Table byYear(RunBands bands) {
    List<Integer> years = new ArrayList<>(bands.counts().get(0).byYear().keySet());
    List<String> columns = new ArrayList<>(List.of("指标 headline", "单位 unit"));
    years.forEach(y -> columns.add(String.valueOf(y)));
    Table.Builder t = Table.builder("分位区间 bands: median (5th–95th percentile) over " + bands.runs() + " runs", columns);
    for (HeadlineBands<Long> h : bands.counts()) {
      t.row(cells(h, years, String::valueOf));
    }
    for (HeadlineBands<Money> h : bands.amounts()) {
      t.row(cells(h, years, BandTables::wan));
    }
    return t.build();
  }

  private static <T> List<String> cells(HeadlineBands<T> h, List<Integer> years, Function<T, String> text) {
    List<String> row = new ArrayList<>();
    row.add(h.headline().chinese() + " " + h.headline().english());
    row.add(h.headline().unit() == Unit.YUAN ? "万元 10k yuan" : h.headline().unit().chinese() + " " + h.headline().unit().english());
    for (int y : years) {
      Band<T> b = h.byYear().get(y);
      row.add(text.apply(b.p50()) + " (" + text.apply(b.p5()) + "–" + text.apply(b.p95()) + ")");
    }
    return row;
  }

  /** An amount in 万元 to one decimal, half-up, for reading. */
  private static String wan(Money m) {
    return m.toYuan().divide(TEN_THOUSAND, 1, RoundingMode.HALF_UP).toPlainString();
  }
}
