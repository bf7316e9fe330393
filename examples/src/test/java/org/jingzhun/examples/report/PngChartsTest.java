package org.jingzhun.examples.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.jingzhun.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngChartsTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private static Chart chart(Chart.Kind kind) {
    return Chart.builder(kind, "贫困人口 poor persons", "year", "persons")
        .value("poor persons", "2016", 41_000)
        .value("poor persons", "2017", 23_150)
        .value("spending", "2016", Money.ofYuan("1234.56"))
        .value("spending", "2017", Money.ofYuan("99.01"))
        .build();
  }

  private static void assertValidPng(byte[] png, int width, int height) throws IOException {
    assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertNotNull(image, "ImageIO reads the PNG back");
    assertEquals(width, image.getWidth());
    assertEquals(height, image.getHeight());
  }

  @Test
  void lineBarAndStackedChartsAreValidPngs() throws IOException {
    for (Chart.Kind kind : Chart.Kind.values()) {
      assertValidPng(PngCharts.png(chart(kind), 640, 400), 640, 400);
    }
  }

  @Test
  void drawingRunsHeadless() {
    PngCharts.png(chart(Chart.Kind.LINE), 100, 100);
    assertTrue(GraphicsEnvironment.isHeadless());
  }

  @Test
  void aChartIsWrittenToAFileOfTheDefaultSize(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("poor.png");
    PngCharts.write(chart(Chart.Kind.BAR), file);
    assertValidPng(Files.readAllBytes(file), PngCharts.WIDTH, PngCharts.HEIGHT);
  }
}
