package org.jingzhun.examples.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 表格 — a titled table of text cells, the common form of every table the program shows on
 * the terminal, writes as CSV or puts in a report. Cells are already formatted (money as
 * {@code "1234.56"}), so every output shows the same text.
 */
public final class Table {
  private final String title;
  private final ImmutableList<String> columns;
  private final ImmutableList<String> keys;
  private final ImmutableList<ImmutableList<String>> rows;

  private Table(String title, ImmutableList<String> columns, ImmutableList<String> keys, ImmutableList<ImmutableList<String>> rows) {
    this.title = title;
    this.columns = columns;
    this.keys = keys;
    this.rows = rows;
  }

  /**
   * Starts a table with these column headers (at least one); each column's machine name (its CSV
   * header) is its header's English part in snake case ({@code "贫困户 poor hh"} → {@code poor_hh}).
   */
  public static Builder builder(String title, List<String> columns) {
    checkArgument(!columns.isEmpty(), "a table needs at least one column");
    return new Builder(title, ImmutableList.copyOf(columns), columns.stream().map(Table::key).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Starts a table with these columns (at least one), each a machine name (snake case: the CSV
   * header) and a header for people, in pairs: {@code "year", "年度 year", "poor_persons", ...}.
   */
  public static Builder keyed(String title, String... keysAndHeaders) {
    checkArgument(keysAndHeaders.length > 0 && keysAndHeaders.length % 2 == 0, "a table needs pairs of key and header");
    ImmutableList.Builder<String> keys = ImmutableList.builder();
    ImmutableList.Builder<String> headers = ImmutableList.builder();
    for (int i = 0; i < keysAndHeaders.length; i += 2) {
      checkArgument(SNAKE.matcher(keysAndHeaders[i]).matches(), "'%s' is not a snake_case name", keysAndHeaders[i]);
      keys.add(keysAndHeaders[i]);
      headers.add(keysAndHeaders[i + 1]);
    }
    return new Builder(title, headers.build(), keys.build());
  }

  private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)*");

  /**
   * The machine name of a header: its ASCII words in lower case joined by underscores, with
   * {@code y} before a leading digit ({@code "2015"} → {@code y2015}); {@code column} if none.
   */
  static String key(String header) {
    String words = header.replace("%", " percent ").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    if (words.isEmpty()) {
      return "column";
    }
    String key = words.replace(' ', '_');
    return Character.isDigit(key.charAt(0)) ? "y" + key : key;
  }

  /** Starts a table with these column headers (at least one). */
  public static Builder builder(String title, String... columns) {
    return builder(title, Arrays.asList(columns));
  }

  public String title() {
    return title;
  }

  public ImmutableList<String> columns() {
    return columns;
  }

  /** {@return each column's machine name (snake case), the header of its CSV form} */
  public ImmutableList<String> keys() {
    return keys;
  }

  public ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /** Collects the rows of a table. */
  public static final class Builder {
    private final String title;
    private final ImmutableList<String> columns;
    private final ImmutableList<String> keys;
    private final ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();

    private Builder(String title, ImmutableList<String> columns, ImmutableList<String> keys) {
      this.title = title;
      this.columns = columns;
      this.keys = keys;
    }

    /**
     * Adds a row of one cell per column.
     *
     * @throws IllegalArgumentException if the number of cells differs from the columns'
     */
    public Builder row(List<String> cells) {
      checkArgument(cells.size() == columns.size(), "a row of table '%s' needs %s cells, not %s", title, columns.size(), cells.size());
      rows.add(ImmutableList.copyOf(cells));
      return this;
    }

    /** Adds a row; see {@link #row(List)}. */
    public Builder row(String... cells) {
      return row(Arrays.asList(cells));
    }

    public Table build() {
      return new Table(title, columns, keys, rows.build());
    }
  }
}
