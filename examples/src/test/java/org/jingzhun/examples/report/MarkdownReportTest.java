package org.jingzhun.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {

  @Test
  void headingsParagraphsTablesAndImagesAreWrittenAsMarkdown() {
    Table t = Table.builder("Poor persons", "year", "persons").row("2016", "1|2").build();
    String md = MarkdownReport.titled("Demo").paragraph("Synthetic.").table(t).image("chart", "poor.png").toMarkdown();
    assertEquals("""
        # Demo

        Synthetic.

        **Poor persons**

        | year | persons |
        | --- | --- |
        | 2016 | 1\\|2 |

        ![chart](poor.png)

        """, md);
  }

  @Test
  void theReportIsWrittenToAFile(@TempDir Path dir) throws IOException {
    MarkdownReport report = MarkdownReport.titled("报告");
    report.write(dir.resolve("report.md"));
    assertEquals("# 报告\n\n", Files.readString(dir.resolve("report.md")));
  }
}
