package org.jingzhun.examples.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.jingzhun.examples.report.HtmlReport;
import org.jingzhun.examples.report.PngCharts;
import org.jingzhun.examples.report.ReportFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * 报告选项 — {@code --report DIR} of the commands that run a scenario: the HTML report, with each
 * chart's data (CSV) and picture (PNG) beside it, written whole or not at all.
 */
final class ReportOptions {
  @Option(names = "--report", paramLabel = "DIR",
      description = "also write an HTML report into DIR: report.html (opens without a network), each chart's data (CSV) and PNG")
  String report;

  /**
   * Refuses {@code --report} with a JSON input, which has no report.
   *
   * @throws UserMistake if it was given
   */
  void refuseInJsonMode() {
    if (report != null) {
      throw new UserMistake("--report 只用于情景 / --report is for a scenario: leave out FILE and --date, or leave out --report");
    }
  }

  /**
   * Writes the report, if {@code --report} was given, and says where on standard output (a
   * missing Chinese font is warned of on standard error).
   *
   * @throws FileProblem if the folder cannot be written
   */
  void write(Environment environment, CommandSpec spec, boolean excel, Supplier<HtmlReport> contents) {
    if (report == null) {
      return;
    }
    HtmlReport built = contents.get();
    ReportFolder.write(environment.resolve(report), report, into -> ReportFiles.write(built, into, excel));
    PngCharts.fontWarning().ifPresent(spec.commandLine().getErr()::println);
    PrintWriter w = spec.commandLine().getOut();
    w.println("报告 report: " + report.replaceAll("/+$", "") + "/" + ReportFiles.HTML + " (" + built.charts().size()
        + " charts, each with its CSV data and PNG beside it)");
  }
}
