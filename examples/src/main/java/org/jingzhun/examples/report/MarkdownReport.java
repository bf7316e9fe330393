package org.jingzhun.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Markdown 报告 — a report built part by part: headings, paragraphs, tables and images (charts
 * written beside it, linked by relative path).
 */
public final class MarkdownReport {
  private final StringBuilder text = new StringBuilder();

  private MarkdownReport() {}

  /** A report that starts with a level-1 heading {@code title}. */
  public static MarkdownReport titled(String title) {
    return new MarkdownReport().heading(1, title);
  }

  /** A heading of {@code level} 1 to 6. */
  public MarkdownReport heading(int level, String heading) {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("a Markdown heading level is 1 to 6, not " + level);
    }
    text.append("#".repeat(level)).append(' ').append(heading).append("\n\n");
    return this;
  }

  /** A paragraph of text. */
  public MarkdownReport paragraph(String paragraph) {
    text.append(paragraph).append("\n\n");
    return this;
  }

  /** A table: its title in bold, then the pipe table. */
  public MarkdownReport table(Table table) {
    if (!table.title().isEmpty()) {
      text.append("**").append(table.title()).append("**\n\n");
    }
    row(table.columns());
    text.append('|').append(" --- |".repeat(table.columns().size())).append('\n');
    table.rows().forEach(this::row);
    text.append('\n');
    return this;
  }

  /** An image, e.g. a chart written beside the report. */
  public MarkdownReport image(String alt, String relativePath) {
    text.append("![").append(alt).append("](").append(relativePath).append(")\n\n");
    return this;
  }

  private void row(List<String> cells) {
    text.append('|');
    cells.forEach(c -> text.append(' ').append(c.replace("|", "\\|").replace("\n", " ")).append(" |"));
    text.append('\n');
  }

  /** The report as Markdown text. */
  public String toMarkdown() {
    return text.toString();
  }

  /** Writes the report to {@code file}, UTF-8, replacing it if it exists. */
  public void write(Path file) throws IOException {
    Files.writeString(file, toMarkdown(), StandardCharsets.UTF_8);
  }
}
