package org.jingzhun.examples.report;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * 报告文件 — writes an {@link HtmlReport} into a folder: {@value #HTML}, and beside it each
 * chart's data as {@code chart_NAME.csv} ({@link ChartData}) and its picture as {@code NAME.png}
 * ({@link PngCharts}). The one way every command writes its HTML report.
 */
public final class ReportFiles {
  /** The report's file name. */
  public static final String HTML = "report.html";

  private ReportFiles() {}

  /**
   * Writes the report's files into {@code folder}, replacing files of the same names.
   *
   * @param report the report
   * @param folder an existing folder
   * @param excel whether the CSV files start with a byte-order mark, for spreadsheet programs
   * @return the names of the files written, the report first
   * @throws IOException if a file cannot be written
   */
  public static ImmutableList<String> write(HtmlReport report, Path folder, boolean excel) throws IOException {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    Files.writeString(folder.resolve(HTML), report.toHtml(), StandardCharsets.UTF_8);
    names.add(HTML);
    for (Map.Entry<String, Chart> e : report.charts().entrySet()) {
      String csv = HtmlReport.csvFile(e.getKey());
      CsvTable.write(ChartData.of(e.getValue()), folder.resolve(csv), excel);
      String png = HtmlReport.pngFile(e.getKey());
      PngCharts.write(e.getValue(), folder.resolve(png));
      names.add(csv, png);
    }
    return names.build();
  }
}
