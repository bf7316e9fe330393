package org.jingzhun.examples.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * PNG 图表 — draws a {@link Chart} as a PNG image with JFreeChart, without a display: the
 * JVM is put in headless mode before any drawing class loads.
 */
public final class PngCharts {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  /** The default size in pixels. */
  public static final int WIDTH = 800;
  public static final int HEIGHT = 500;

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

  private static JFreeChart draw(Chart chart) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    chart.values().cellSet().forEach(c ->
        data.addValue(c.getValue(), ChartText.drawable(c.getRowKey()), ChartText.drawable(c.getColumnKey())));
    String title = ChartText.drawable(chart.title());
    String categories = ChartText.drawable(chart.categoryAxis());
    String values = ChartText.drawable(chart.valueAxis());
    JFreeChart drawn = switch (chart.kind()) {
      case LINE -> ChartFactory.createLineChart(title, categories, values, data, PlotOrientation.VERTICAL, true, false, false);
      case BAR -> ChartFactory.createBarChart(title, categories, values, data, PlotOrientation.VERTICAL, true, false, false);
      case STACKED_BAR -> ChartFactory.createStackedBarChart(title, categories, values, data, PlotOrientation.VERTICAL, true, false, false);
    };
    // 420,000,000 rather than the axis's default 4.2E8
    NumberAxis axis = (NumberAxis) drawn.getCategoryPlot().getRangeAxis();
    axis.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    ChartText.chineseFontFamily().ifPresent(family -> {
      StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
      theme.setExtraLargeFont(new Font(family, Font.BOLD, 20));
      theme.setLargeFont(new Font(family, Font.BOLD, 14));
      theme.setRegularFont(new Font(family, Font.PLAIN, 12));
      theme.setSmallFont(new Font(family, Font.PLAIN, 10));
      theme.apply(drawn);
    });
    return drawn;
  }
}
