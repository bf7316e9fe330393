package org.jingzhun.examples.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;

/**
 * 表格 — a titled table of text cells, the common form of every table the program shows on
 * the terminal, writes as CSV or puts in a report. Cells are already formatted (money as
 * {@code "1234.56"}), so every output shows the same text.
 */
public final class Table {
  private final String title;
  private final ImmutableList<String> columns;
  private final ImmutableList<ImmutableList<String>> rows;

  private Table(String title, ImmutableList<String> columns, ImmutableList<ImmutableList<String>> rows) {
    this.title = title;
    this.columns = columns;
    this.rows = rows;
  }

  /** Starts a table with these column headers (at least one). */
  public static Builder builder(String title, List<String> columns) {
    checkArgument(!columns.isEmpty(), "a table needs at least one column");
    return new Builder(title, ImmutableList.copyOf(columns));
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

  public ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /** Collects the rows of a table. */
  public static final class Builder {
    private final String title;
    private final ImmutableList<String> columns;
    private final ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();

    private Builder(String title, ImmutableList<String> columns) {
      this.title = title;
      this.columns = columns;
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
      return new Table(title, columns, rows.build());
    }
  }
}
