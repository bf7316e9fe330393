package org.jingzhun.examples.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * PNG 图表 — draws a {@link Chart} as a PNG image with JFreeChart, without a display (the JVM is
 * put in headless mode before any drawing class loads), in a clean theme: white background,
 * light grid, a fixed palette (the HTML report's), readable type, large amounts in 万元. Text is
 * drawn in a font with Chinese glyphs found on this machine; without one the labels keep their
 * English only ({@link #fontWarning()}), never empty boxes. A band is drawn as dashed lines at
 * its low and high in its series' colour.
 */
public final class PngCharts {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  /** The default width in pixels. */
  public static final int WIDTH = 960;
  /** The default height in pixels. */
  public static final int HEIGHT = 540;

  /** The palette, in series order: the same as report.js's. */
  static final Color[] PALETTE = {new Color(0x4472c4), new Color(0xed7d31), new Color(0x70ad47), new Color(0xffc000),
      new Color(0x5b9bd5), new Color(0xa5a5a5), new Color(0x9e480e), new Color(0x264478), new Color(0x636363), new Color(0x997300)};
  private static final Color GRID = new Color(0xe0e0e0);
  private static final Color TEXT = new Color(0x333333);

  private PngCharts() {}

  /** The chart as PNG bytes of {@code width} × {@code height} pixels. */
  public static byte[] png(Chart chart, int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, draw(chart), width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes the chart to {@code file} as a PNG of the default size, replacing it if it exists. */
  public static void write(Chart chart, Path file) throws IOException {
    Files.write(file, png(chart, WIDTH, HEIGHT));
  }

  /**
   * {@return a one-line warning, bilingual, when this machine has no font with Chinese glyphs
   * and the charts' labels are therefore English only; empty otherwise}
   */
  public static Optional<String> fontWarning() {
    return ChartText.chineseFontFamily().isPresent() ? Optional.empty()
        : Optional.of("警告 warning: no font with Chinese glyphs on this machine: the PNG charts have English labels only"
            + " (install one, e.g. the Debian package fonts-wqy-microhei)");
  }

  private static JFreeChart draw(Chart chart) {
    ChartUnit unit = ChartUnit.of(chart);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    chart.values().cellSet().forEach(c ->
        data.addValue(unit.shown(c.getValue()), ChartText.drawable(c.getRowKey()), ChartText.drawable(c.getColumnKey())));
    boolean bands = chart.kind() == Chart.Kind.LINE && !chart.bands().isEmpty();
    if (bands) {
      chart.bands().cellSet().forEach(c -> {
        data.addValue(unit.shown(c.getValue().low()), bandKey(c.getRowKey(), "low"), ChartText.drawable(c.getColumnKey()));
        data.addValue(unit.shown(c.getValue().high()), bandKey(c.getRowKey(), "high"), ChartText.drawable(c.getColumnKey()));
      });
    }
    String title = ChartText.drawable(chart.title());
    String categories = ChartText.drawable(chart.categoryAxis());
    String values = ChartText.drawable(unit.label());
    JFreeChart drawn = switch (chart.kind()) {
      case LINE -> ChartFactory.createLineChart(title, categories, values, data, PlotOrientation.VERTICAL, true, false, false);
      case BAR -> ChartFactory.createBarChart(title, categories, values, data, PlotOrientation.VERTICAL, true, false, false);
      case STACKED_BAR -> ChartFactory.createStackedBarChart(title, categories, values, data, PlotOrientation.VERTICAL, true, false, false);
    };
    theme().apply(drawn);
    CategoryPlot plot = drawn.getCategoryPlot();
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setOutlineVisible(false);
    // 420,000,000 rather than the axis's default 4.2E8
    ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    paint(plot.getRenderer(), data, chart);
    return drawn;
  }

  private static String bandKey(String series, String end) {
    return ChartText.drawable(series) + " (" + end + ")";
  }

  private static void paint(CategoryItemRenderer renderer, DefaultCategoryDataset data, Chart chart) {
    int k = 0;
    for (String series : chart.values().rowKeySet()) {
      Paint colour = PALETTE[k++ % PALETTE.length];
      paintSeries(renderer, data.getRowIndex(ChartText.drawable(series)), colour, false);
      for (String end : new String[] {"low", "high"}) {
        int band = data.getRowIndex(bandKey(series, end));
        if (band >= 0) {
          paintSeries(renderer, band, colour, true);
        }
      }
    }
  }

  private static void paintSeries(CategoryItemRenderer renderer, int row, Paint colour, boolean band) {
    renderer.setSeriesPaint(row, colour);
    renderer.setSeriesStroke(row, band
        ? new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f)
        : new BasicStroke(2.5f));
    renderer.setSeriesVisibleInLegend(row, !band);
  }

  private static StandardChartTheme theme() {
    String family = ChartText.chineseFontFamily().orElse(Font.SANS_SERIF);
    StandardChartTheme theme = new StandardChartTheme("jingzhun");
    theme.setExtraLargeFont(new Font(family, Font.BOLD, 20));
    theme.setLargeFont(new Font(family, Font.PLAIN, 15));
    theme.setRegularFont(new Font(family, Font.PLAIN, 14));
    theme.setSmallFont(new Font(family, Font.PLAIN, 12));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setTitlePaint(TEXT);
    theme.setAxisLabelPaint(TEXT);
    theme.setTickLabelPaint(TEXT);
    theme.setLegendItemPaint(TEXT);
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    theme.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
        DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
        DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    return theme;
  }
}
