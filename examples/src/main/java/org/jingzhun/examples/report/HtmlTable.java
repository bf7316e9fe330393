package org.jingzhun.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * HTML 表格 — a {@link Table} as an HTML table that sorts (the report's script sorts by a click
 * on a heading). An amount column (machine name ending in {@code _yuan}) that reaches a million
 * yuan is shown in 万元 to two decimals, its heading saying so; the exact yuan stay in each cell's
 * tooltip and in the CSV.
 */
final class HtmlTable {
  private static final BigDecimal LARGE = new BigDecimal("1000000");

  private HtmlTable() {}

  /** The table as HTML. */
  static String render(Table table) {
    boolean[] tenThousands = new boolean[table.keys().size()];
    for (int c = 0; c < tenThousands.length; c++) {
      tenThousands[c] = table.keys().get(c).endsWith("_yuan") && large(table.rows(), c);
    }
    StringBuilder html = new StringBuilder("<table class=\"sortable\">\n");
    if (!table.title().isEmpty()) {
      html.append("<caption>").append(Html.escape(table.title())).append("</caption>\n");
    }
    html.append("<thead><tr>");
    for (int c = 0; c < tenThousands.length; c++) {
      String header = table.columns().get(c);
      html.append("<th scope=\"col\" title=\"").append(Html.escape(table.keys().get(c))).append("\">")
          .append(Html.escape(tenThousands[c] ? header.replace("(yuan)", "").strip() + " (万元 10,000 yuan)" : header))
          .append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : table.rows()) {
      html.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        html.append(cell(row.get(c), tenThousands[c]));
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody>\n</table>\n").toString();
  }

  private static String cell(String text, boolean tenThousands) {
    Optional<BigDecimal> amount = tenThousands ? number(text) : Optional.empty();
    if (amount.isEmpty()) {
      return (number(text).isPresent() ? "<td>" : "<td class=\"text\">") + Html.escape(text) + "</td>";
    }
    return "<td title=\"" + Html.escape(text) + " yuan\">"
        + amount.get().movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString() + "</td>";
  }

  private static boolean large(List<? extends List<String>> rows, int column) {
    return rows.stream().map(r -> number(r.get(column))).flatMap(Optional::stream).anyMatch(v -> v.abs().compareTo(LARGE) >= 0);
  }

  private static Optional<BigDecimal> number(String text) {
    try {
      return Optional.of(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
