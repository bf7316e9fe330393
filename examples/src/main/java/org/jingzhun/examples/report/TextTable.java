package org.jingzhun.examples.report;

import java.util.List;

/**
 * 终端表格 — a table as aligned text for the terminal. Chinese characters count two columns,
 * as terminals show them, so that mixed Chinese and Latin columns line up.
 */
public final class TextTable {
  private TextTable() {}

  /** The table as lines: a header, a rule of dashes, one line per row; columns two spaces apart. */
  public static String render(Table table) {
    int n = table.columns().size();
    int[] widths = new int[n];
    for (int c = 0; c < n; c++) {
      widths[c] = width(table.columns().get(c));
      for (List<String> row : table.rows()) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, table.columns(), widths);
    for (int c = 0; c < n; c++) {
      out.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
    }
    out.append('\n');
    table.rows().forEach(row -> line(out, row, widths));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      line.append(c == 0 ? "" : "  ").append(cell).append(" ".repeat(widths[c] - width(cell)));
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  /** The number of terminal columns {@code text} takes: two for each wide (East Asian) character. */
  static int width(String text) {
    return text.codePoints().map(TextTable::width).sum();
  }

  private static int width(int cp) {
    boolean wide = (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }
}
