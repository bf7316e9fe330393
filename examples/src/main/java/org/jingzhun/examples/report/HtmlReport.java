package org.jingzhun.examples.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * HTML 报告 — a report built part by part (headings, paragraphs, tables, charts) as one
 * self-contained HTML page: its style, the chart library and its own script are inlined, so
 * that it opens without a network. Charts are interactive (tooltips, a legend whose entries
 * switch series on and off; bands drawn as shaded areas), tables sort by a click on a heading,
 * and large amounts show in 万元. Every text is escaped, and the charts' data is embedded as JSON
 * that cannot close its script element. The same report gives the same bytes: no dates, no
 * random identifiers. {@link ReportFiles} writes it with each chart's CSV and PNG beside it.
 */
public final class HtmlReport {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)*");

  private final String title;
  private final StringBuilder body = new StringBuilder();
  private final Map<String, Chart> charts = new LinkedHashMap<>();

  private HtmlReport(String title) {
    this.title = title;
  }

  /** A report titled {@code title} (shown as its level-1 heading and the page's title). */
  public static HtmlReport titled(String title) {
    HtmlReport report = new HtmlReport(title);
    report.body.append("<h1>").append(Html.escape(title)).append("</h1>\n");
    return report;
  }

  /** {@return the title} */
  public String title() {
    return title;
  }

  /** A section heading (level 2). */
  public HtmlReport heading(String heading) {
    body.append("<h2>").append(Html.escape(heading)).append("</h2>\n");
    return this;
  }

  /** A paragraph of text. */
  public HtmlReport paragraph(String paragraph) {
    body.append("<p>").append(Html.escape(paragraph)).append("</p>\n");
    return this;
  }

  /** A table that sorts by a click on a column heading, with its title as caption. */
  public HtmlReport table(Table table) {
    body.append(HtmlTable.render(table));
    return this;
  }

  /**
   * A chart, drawn where it is added; its data is written beside the report as
   * {@code chart_NAME.csv} and its picture as {@code NAME.png}.
   *
   * @param name the chart's file name, snake case, unique in the report
   * @param chart the chart
   * @throws IllegalArgumentException if the name is not snake case or already used
   */
  public HtmlReport chart(String name, Chart chart) {
    checkArgument(NAME.matcher(name).matches(), "'%s' is not a snake_case name", name);
    checkArgument(!charts.containsKey(name), "the report already has a chart named '%s'", name);
    charts.put(name, chart);
    body.append("<figure class=\"chart\">\n<div class=\"chart-area\" id=\"chart-").append(name).append("\"></div>\n")
        .append("<noscript><img src=\"").append(pngFile(name)).append("\" alt=\"").append(Html.escape(chart.title()))
        .append("\"></noscript>\n<figcaption>").append(Html.escape(chart.title())).append(" — 数据 data: <a href=\"")
        .append(csvFile(name)).append("\">").append(csvFile(name)).append("</a>, 图片 picture: <a href=\"")
        .append(pngFile(name)).append("\">").append(pngFile(name)).append("</a></figcaption>\n</figure>\n");
    return this;
  }

  /** {@return the charts by name, in the order added} */
  public ImmutableMap<String, Chart> charts() {
    return ImmutableMap.copyOf(charts);
  }

  /** {@return the file name of the data of the chart {@code name}} */
  public static String csvFile(String name) {
    return "chart_" + name + ".csv";
  }

  /** {@return the file name of the picture of the chart {@code name}} */
  public static String pngFile(String name) {
    return name + ".png";
  }

  /** {@return the page} */
  public String toHtml() {
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + Html.escape(title) + "</title>\n<style>\n" + ReportAssets.style() + "</style>\n</head>\n<body>\n"
        + body + "<footer><p>图表由 Apache ECharts " + Html.escape(ReportAssets.chartLibraryVersion())
        + " 绘制（Apache License 2.0，已内嵌于本页）/ charts drawn by Apache ECharts, inlined in this page under the Apache"
        + " License 2.0:</p>\n<pre>" + Html.escape(ReportAssets.chartLibraryNotice()) + "</pre></footer>\n"
        + "<script type=\"application/json\" id=\"jingzhun-charts\">" + ChartJson.of(charts) + "</script>\n"
        + "<script>\n" + ReportAssets.chartLibrary() + "\n</script>\n<script>\n" + ReportAssets.script() + "</script>\n"
        + "</body>\n</html>\n";
  }
}
