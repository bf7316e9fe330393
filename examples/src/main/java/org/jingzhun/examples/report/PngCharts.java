package org.jingzhun.examples.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
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
    chart.values().cellSet().forEach(c -> data.addValue(c.getValue(), c.getRowKey(), c.getColumnKey()));
    return switch (chart.kind()) {
      case LINE -> ChartFactory.createLineChart(chart.title(), chart.categoryAxis(), chart.valueAxis(), data,
          PlotOrientation.VERTICAL, true, false, false);
      case BAR -> ChartFactory.createBarChart(chart.title(), chart.categoryAxis(), chart.valueAxis(), data,
          PlotOrientation.VERTICAL, true, false, false);
      case STACKED_BAR -> ChartFactory.createStackedBarChart(chart.title(), chart.categoryAxis(), chart.valueAxis(), data,
          PlotOrientation.VERTICAL, true, false, false);
    };
  }
}
