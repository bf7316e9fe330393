package org.jingzhun.examples.report;

import com.google.common.collect.ImmutableTable;
import java.math.BigDecimal;
import org.jingzhun.core.money.Money;

/**
 * 图表 — what a chart shows, independent of how it is drawn: a title, the axes' labels, and
 * values by series and category (e.g. series "poor persons", category "2016"), in the order
 * added. Money is charted in yuan. See {@link PngCharts} to draw it.
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

  private Chart(Kind kind, String title, String categoryAxis, String valueAxis, ImmutableTable<String, String, BigDecimal> values) {
    this.kind = kind;
    this.title = title;
    this.categoryAxis = categoryAxis;
    this.valueAxis = valueAxis;
    this.values = values;
  }

  /** Starts a chart of {@code kind}. */
  public static Builder builder(Kind kind, String title, String categoryAxis, String valueAxis) {
    return new Builder(kind, title, categoryAxis, valueAxis);
  }

  public Kind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String categoryAxis() {
    return categoryAxis;
  }

  public String valueAxis() {
    return valueAxis;
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
      return value(series, category, amount.toYuan());
    }

    /**
     * The chart.
     *
     * @throws IllegalArgumentException if a series and category pair was given twice
     */
    public Chart build() {
      return new Chart(kind, title, categoryAxis, valueAxis, values.build());
    }
  }
}
