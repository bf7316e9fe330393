package org.jingzhun.examples.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CSV 表格 — a table as CSV (RFC 4180: comma-separated, quoted where needed), UTF-8, for programs
 * and spreadsheets: one header row of the columns' machine names in snake case
 * ({@link Table#keys()}, documented in {@code docs/data-dictionary.md}), then the rows. Files
 * start with a byte-order mark only when asked ({@code --excel}), so that spreadsheet programs
 * read the Chinese text as UTF-8; programs reading CSV are better without it.
 */
public final class CsvTable {
  /** Quotes a cell only where it must (a comma, a quote, a line break), whatever its length. */
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private CsvTable() {}

  /** Writes the header and rows to {@code out}. */
  public static void write(Table table, Writer out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    table.keys().forEach(schema::addColumn);
    try (SequenceWriter rows = CSV.writer(schema.build()).writeValues(out)) {
      for (var row : table.rows()) {
        rows.write(row);
      }
    }
  }

  /** The table as CSV text, without a byte-order mark. */
  public static String toCsv(Table table) {
    StringWriter out = new StringWriter();
    try {
      write(table, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the table to a file, UTF-8, replacing it if it exists.
   *
   * @param table the table
   * @param file the file
   * @param byteOrderMark whether the file starts with a byte-order mark (for spreadsheet programs)
   * @throws IOException if the file cannot be written
   */
  public static void write(Table table, Path file, boolean byteOrderMark) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (byteOrderMark) {
        out.write(BYTE_ORDER_MARK);
      }
      write(table, out);
    }
  }
}
