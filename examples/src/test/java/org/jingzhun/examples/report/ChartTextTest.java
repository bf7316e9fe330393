package org.jingzhun.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChartTextTest {

  @Test
  void chineseIsKeptOnlyWhereAFontCanDrawIt() {
    String drawn = ChartText.drawable("贫困人口 poor persons (SYNTHETIC)");
    String expected = ChartText.chineseFontFamily().isPresent() ? "贫困人口 poor persons (SYNTHETIC)" : "poor persons (SYNTHETIC)";
    assertEquals(expected, drawn);
  }

  @Test
  void aLabelWithNothingButChineseIsKeptRatherThanEmptied() {
    assertEquals("低保", ChartText.drawable("低保"));
  }
}
