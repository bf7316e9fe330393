package org.jingzhun.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.jingzhun.core.money.Money;
import org.junit.jupiter.api.Test;

class ChartDataTest {
  @Test
  void aChartIsOneRowPerSeriesAndCategoryWithItsBandAndExactValues() {
    Chart chart = Chart.builder(Chart.Kind.LINE, "支出 spending", "年度 year", "元 yuan")
        .value("低保 dibao", "2019", Money.ofYuan("12345678.90"))
        .band("低保 dibao", "2019", Money.ofYuan("12000000.00"), Money.ofYuan("12500000.00"))
        .value("低保 dibao", "2020", Money.ofYuan("1.05"))
        .build();
    assertEquals("""
        category,series,value,low,high,unit
        2019,低保 dibao,12345678.90,12000000.00,12500000.00,yuan
        2020,低保 dibao,1.05,,,yuan
        """, CsvTable.toCsv(ChartData.of(chart)));
  }

  @Test
  void aCountChartKeepsItsAxisAsUnit() {
    Chart chart = Chart.builder(Chart.Kind.BAR, "t", "年度 year", "persons").value("poor", "2020", 6240).build();
    assertEquals("category,series,value,low,high,unit\n2020,poor,6240,,,persons\n", CsvTable.toCsv(ChartData.of(chart)));
  }

  @Test
  void aBandIsNeverUpsideDownNorWithoutItsValue() {
    assertThrows(IllegalArgumentException.class,
        () -> Chart.builder(Chart.Kind.LINE, "t", "x", "y").value("a", "1", 5).band("a", "1", BigDecimal.TEN, BigDecimal.ONE));
    assertThrows(IllegalArgumentException.class,
        () -> Chart.builder(Chart.Kind.LINE, "t", "x", "y").value("a", "1", 5).band("b", "1", BigDecimal.ONE, BigDecimal.TEN).build());
  }
}
