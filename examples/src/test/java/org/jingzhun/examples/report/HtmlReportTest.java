package org.jingzhun.examples.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jingzhun.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  private static final String ATTACK = "</script><script>alert('x')</script><!--";
  private static final Pattern DATA = Pattern.compile("<script type=\"application/json\" id=\"jingzhun-charts\">(.*?)</script>", Pattern.DOTALL);

  static HtmlReport sample() {
    Chart poor = Chart.builder(Chart.Kind.LINE, "贫困人口 poor persons", "年度 year", "人 persons")
        .value("贫困人口 poor persons", "2019", 9014).band("贫困人口 poor persons", "2019", new BigDecimal("8800"), new BigDecimal("9300"))
        .value("贫困人口 poor persons", "2020", 6240)
        .build();
    Chart spending = Chart.builder(Chart.Kind.STACKED_BAR, "支出 spending", "年度 year", "元 yuan")
        .value("低保 dibao", "2020", Money.ofYuan("12345678.90"))
        .value("教育 education", "2020", Money.ofYuan("40000.00"))
        .build();
    Table table = Table.keyed("县逐年 county by year", "year", "年度 year", "total_yuan", "支出合计 spending (yuan)", "note", "说明 note")
        .row("2019", "25000000.00", "a & b")
        .row("2020", "17926740.05", "<b>bold</b>")
        .build();
    return HtmlReport.titled("报告 report").paragraph("说明 <about>").chart("poor_persons", poor).table(table).chart("spending", spending);
  }

  private static JsonNode charts(String html) throws IOException {
    Matcher m = DATA.matcher(html);
    assertTrue(m.find(), "the charts' JSON element");
    return JsonMapper.builder().build().readTree(m.group(1));
  }

  @Test
  void textIsEscapedEverywhere() {
    String html = sample().table(Table.builder(ATTACK, "a").row(ATTACK).build()).heading(ATTACK).toHtml();
    assertTrue(html.contains("<p>说明 &lt;about&gt;</p>"));
    assertTrue(html.contains("<td class=\"text\">&lt;b&gt;bold&lt;/b&gt;</td>"));
    assertTrue(html.contains("<td class=\"text\">a &amp; b</td>"));
    assertFalse(html.contains("alert('x')"), "the attack text appears only escaped");
  }

  @Test
  void aChartTextCannotCloseTheScriptElement() throws IOException {
    Chart chart = Chart.builder(Chart.Kind.BAR, ATTACK, "x", "y").value(ATTACK + "\u2028", "2020", 1).build();
    String html = HtmlReport.titled("t").chart("attack", chart).toHtml();
    // three script elements (data, library, our script) and so three closing tags, none from the text
    assertEquals(3, html.split("</script>", -1).length - 1);
    assertFalse(html.contains("<!--"));
    JsonNode data = charts(html).get(0);
    assertEquals(ATTACK, data.get("title").asText(), "the title survives the escaping");
    assertEquals(ATTACK + "\u2028", data.get("series").get(0).get("name").asText());
  }

  @Test
  void largeAmountsAreChartedInTenThousandYuanAndCountsAsGiven() throws IOException {
    String html = sample().toHtml();
    JsonNode data = charts(html);
    JsonNode poor = data.get(0);
    assertEquals("人 persons", poor.get("valueAxis").asText());
    assertEquals("[9014,6240]", poor.get("series").get(0).get("values").toString());
    assertEquals("[8800,null]", poor.get("series").get(0).get("low").toString());
    assertEquals("[9300,null]", poor.get("series").get(0).get("high").toString());
    JsonNode spending = data.get(1);
    assertEquals("万元 10,000 yuan", spending.get("valueAxis").asText());
    // 12,345,678.90 yuan / 10,000 = 1,234.567890 万元 → 1234.57; 40,000.00 / 10,000 = 4.00
    assertEquals("[1234.57]", spending.get("series").get(0).get("values").toString());
    assertTrue(html.contains("\"name\":\"教育 education\",\"values\":[4.00]"), "as written, to the fen");
  }

  @Test
  void smallAmountsStayInYuan() throws IOException {
    Chart chart = Chart.builder(Chart.Kind.BAR, "t", "x", "元 yuan").value("a", "2020", Money.ofYuan("999999.99")).build();
    JsonNode data = charts(HtmlReport.titled("t").chart("small", chart).toHtml()).get(0);
    assertEquals("元 yuan", data.get("valueAxis").asText());
    assertEquals("[999999.99]", data.get("series").get(0).get("values").toString());
  }

  @Test
  void aLargeAmountColumnIsShownInTenThousandYuanWithTheExactYuanInItsTooltip() {
    String html = sample().toHtml();
    // 25,000,000.00 / 10,000 = 2500.00; 17,926,740.05 / 10,000 = 1792.674005 → 1792.67
    assertTrue(html.contains("<td title=\"25000000.00 yuan\">2500.00</td>"));
    assertTrue(html.contains("<td title=\"17926740.05 yuan\">1792.67</td>"));
    assertTrue(html.contains(">支出合计 spending (万元 10,000 yuan)</th>"));
  }

  @Test
  void theReportIsSelfContained() {
    String html = sample().toHtml();
    assertFalse(Pattern.compile("<script[^>]+src=|<link[^>]+href=|https?://[^\"' ]*\\.(js|css)").matcher(html).find(),
        "no script or style is loaded from elsewhere");
    assertTrue(html.contains("echarts"), "the chart library is inlined");
    assertTrue(html.contains("<table class=\"sortable\">"));
    assertTrue(html.contains("Apache ECharts 5.3.1") && html.contains("Copyright 2017-2022 The Apache Software Foundation"),
        "the chart library's notice travels with it");
  }

  @Test
  void theSameReportGivesTheSameBytes(@TempDir Path dir) throws IOException {
    Path one = Files.createDirectory(dir.resolve("one"));
    Path two = Files.createDirectory(dir.resolve("two"));
    List<String> files = ReportFiles.write(sample(), one, false);
    assertEquals(List.of("report.html", "chart_poor_persons.csv", "poor_persons.png", "chart_spending.csv", "spending.png"), files);
    ReportFiles.write(sample(), two, false);
    for (String file : files) {
      assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
    }
  }

  @Test
  void chartNamesAreSnakeCaseAndUnique() {
    Chart chart = Chart.builder(Chart.Kind.BAR, "t", "x", "y").value("a", "b", 1).build();
    assertThrows(IllegalArgumentException.class, () -> HtmlReport.titled("t").chart("Poor-Persons", chart));
    assertThrows(IllegalArgumentException.class, () -> HtmlReport.titled("t").chart("a", chart).chart("a", chart));
  }
}
