package org.jingzhun.examples.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableTable;
import java.math.BigDecimal;
import org.jingzhun.core.money.Money;

/**
 * 图表 — what a chart shows, independent of how it is drawn: a title, the axes' labels, and
 * values by series and category (e.g. series "poor persons", category "2016"), in the order
 * added. Money is charted in yuan (a chart given amounts knows it: {@link #money()}). A value may
 * carry a band, a low and a high (e.g. the 5th and 95th percentiles of many runs), drawn as a
 * shaded area around its line. See {@link PngCharts} and {@link HtmlReport} to draw it.
 */
public final class Chart {
  /** How the values are drawn. */
  public enum Kind {
    /** One line per series across the categories. */
    LINE,
    /** Bars side by side per category. */
    BAR,
    /** The series stacked in one bar per category (parts of a whole). */
    STACKED_BAR
  }

  private final Kind kind;
  private final String title;
  private final String categoryAxis;
  private final String valueAxis;
  private final ImmutableTable<String, String, BigDecimal> values;
  private final ImmutableTable<String, String, Band> bands;
  private final boolean money;

  private Chart(Builder b) {
    this.kind = b.kind;
    this.title = b.title;
    this.categoryAxis = b.categoryAxis;
    this.valueAxis = b.valueAxis;
    this.values = b.values.build();
    this.bands = b.bands.build();
    this.money = b.money;
  }

  /**
   * 区间 — the range around a value, e.g. the 5th to the 95th percentile of many runs.
   *
   * @param low the lower end
   * @param high the upper end, not below {@code low}
   */
  public record Band(BigDecimal low, BigDecimal high) {
    /** Checks that the band is not upside down. */
    public Band {
      checkArgument(low.compareTo(high) <= 0, "a band's low %s is above its high %s", low, high);
    }
  }

  /** Starts a chart of {@code kind}. */
  public static Builder builder(Kind kind, String title, String categoryAxis, String valueAxis) {
    return new Builder(kind, title, categoryAxis, valueAxis);
  }

  /** {@return how the values are drawn} */
  public Kind kind() {
    return kind;
  }

  /** {@return the title, bilingual} */
  public String title() {
    return title;
  }

  /** {@return the label of the category axis} */
  public String categoryAxis() {
    return categoryAxis;
  }

  /** {@return the label of the value axis} */
  public String valueAxis() {
    return valueAxis;
  }

  /** {@return whether the values are amounts in yuan (any was given as {@link Money})} */
  public boolean money() {
    return money;
  }

  /** {@return the bands by series (rows) and category (columns); empty for a single run} */
  public ImmutableTable<String, String, Band> bands() {
    return bands;
  }

  /** Values by series (rows) and category (columns), in the order added. */
  public ImmutableTable<String, String, BigDecimal> values() {
    return values;
  }

  /** Collects a chart's values. */
  public static final class Builder {
    private final Kind kind;
    private final String title;
    private final String categoryAxis;
    private final String valueAxis;
    private final ImmutableTable.Builder<String, String, BigDecimal> values = ImmutableTable.builder();
    private final ImmutableTable.Builder<String, String, Band> bands = ImmutableTable.builder();
    private boolean money;

    private Builder(Kind kind, String title, String categoryAxis, String valueAxis) {
      this.kind = kind;
      this.title = title;
      this.categoryAxis = categoryAxis;
      this.valueAxis = valueAxis;
    }

    /** The value of {@code series} in {@code category}; each pair at most once. */
    public Builder value(String series, String category, BigDecimal value) {
      values.put(series, category, value);
      return this;
    }

    /** A count. */
    public Builder value(String series, String category, long count) {
      return value(series, category, BigDecimal.valueOf(count));
    }

    /** An amount, charted in yuan. */
    public Builder value(String series, String category, Money amount) {
      money = true;
      return value(series, category, amount.toYuan());
    }

    /** The band around the value of {@code series} in {@code category}; each pair at most once. */
    public Builder band(String series, String category, BigDecimal low, BigDecimal high) {
      bands.put(series, category, new Band(low, high));
      return this;
    }

    /** The band around an amount, in yuan. */
    public Builder band(String series, String category, Money low, Money high) {
      money = true;
      return band(series, category, low.toYuan(), high.toYuan());
    }

    /**
     * The chart.
     *
     * @throws IllegalArgumentException if a series and category pair was given twice, or a band
     *     has no value
     */
    public Chart build() {
      Chart chart = new Chart(this);
      chart.bands.cellSet().forEach(c -> checkArgument(chart.values.contains(c.getRowKey(), c.getColumnKey()),
          "the band of '%s' in %s has no value", c.getRowKey(), c.getColumnKey()));
      return chart;
    }
  }
}
