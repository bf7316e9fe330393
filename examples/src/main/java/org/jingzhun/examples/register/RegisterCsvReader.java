package org.jingzhun.examples.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;

/**
 * 名册读取 — imports a household register from CSV (a header row, one row per member; see
 * {@code docs/register-csv.md}), streaming: each household is handed on when its rows end, so a
 * register of millions of rows is read in the memory of one household. A row with a bad cell is
 * rejected with its line and reason; the other rows of its household are rejected too, naming
 * the bad line, since a household is never imported with members missing. A household's rows
 * must be together. A header with an unknown, repeated or missing column rejects the file as a
 * whole. Blank lines are skipped.
 */
public final class RegisterCsvReader {
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

  private RegisterCsvReader() {}

  /**
   * Imports {@code text} into memory; with {@code date}, also rejects members born after it.
   *
   * @throws ValidationException if the text is not CSV at all (an unclosed quote), with its line
   */
  public static RegisterImport read(String text, Optional<LocalDate> date) {
    List<Household> households = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    ImportTotals totals = read(new StringReader(text), date, new RegisterSink() {
      @Override
      public void household(Household household) {
        households.add(household);
      }

      @Override
      public void rejected(RejectedRow row) {
        rejected.add(row);
      }
    });
    rejected.sort((a, b) -> Long.compare(a.line(), b.line()));
    return new RegisterImport(households, rejected, totals.rows());
  }

  /**
   * Imports the CSV text of {@code in} as it is read, handing each household and each rejected
   * row to {@code sink}; with {@code date}, also rejects members born after it.
   *
   * @return the counts
   * @throws ValidationException if the text is not CSV at all (an unclosed quote), with its line,
   *     or if the reader refuses its bytes
   */
  public static ImportTotals read(Reader in, Optional<LocalDate> date, RegisterSink sink) {
    try (MappingIterator<List<String>> records = CSV.readerForListOf(String.class).readValues(in)) {
      if (!records.hasNextValue()) {
        sink.rejected(new RejectedRow(1, "", "the file is empty; it needs a header row"));
        return new ImportTotals(0, 0, 1, 0);
      }
      List<RegisterColumn> header = new ArrayList<>();
      List<String> problems = headerProblems(records.nextValue(), header);
      if (!problems.isEmpty()) {
        return refuseWholeFile(records, problems, sink);
      }
      HouseholdRows households = new HouseholdRows(date, sink);
      while (records.hasNextValue()) {
        long line = records.getParser().currentLocation().getLineNr();
        RegisterRow row = row(line, header, records.nextValue());
        if (!row.isBlank()) {
          households.add(row);
        }
      }
      return households.finish();
    } catch (IOException e) {
      throw notCsv(e);
    }
  }

  /** The columns of the header row in {@code header}, and what is wrong with it. */
  private static List<String> headerProblems(List<String> cells, List<RegisterColumn> header) {
    List<String> problems = new ArrayList<>();
    for (String h : cells) {
      Optional<RegisterColumn> column = RegisterColumn.ofHeader(h);
      if (column.isPresent() && header.contains(column.get())) {
        problems.add("column '" + column.get().header() + "' appears twice (columns " + (header.indexOf(column.get()) + 1)
            + " and " + (header.size() + 1) + "); give each column once");
      }
      column.ifPresentOrElse(header::add, () -> problems.add("unknown column '" + Violation.shown(h) + "'"));
    }
    Arrays.stream(RegisterColumn.values()).filter(c -> c.required() && !header.contains(c))
        .forEach(c -> problems.add("missing column '" + c.header() + "'"));
    return problems;
  }

  /** A bad header rejects the file: it is reported on line 1, and every data row after it. */
  private static ImportTotals refuseWholeFile(MappingIterator<List<String>> records, List<String> problems, RegisterSink sink)
      throws IOException {
    sink.rejected(new RejectedRow(1, "", "bad header: " + String.join("; ", problems) + "; the columns are "
        + Arrays.stream(RegisterColumn.values()).map(RegisterColumn::header).collect(Collectors.joining(", "))));
    long rows = 0;
    while (records.hasNextValue()) {
      long line = records.getParser().currentLocation().getLineNr();
      if (records.nextValue().stream().anyMatch(c -> !c.isBlank())) {
        sink.rejected(new RejectedRow(line, "", "not imported: the header (line 1) is bad"));
        rows++;
      }
    }
    return new ImportTotals(0, 0, rows + 1, rows);
  }

  private static RegisterRow row(long line, List<RegisterColumn> header, List<String> cells) {
    Map<RegisterColumn, String> map = new EnumMap<>(RegisterColumn.class);
    for (int c = 0; c < Math.min(header.size(), cells.size()); c++) {
      map.put(header.get(c), cells.get(c).strip());
    }
    boolean overflowing = cells.subList(Math.min(header.size(), cells.size()), cells.size()).stream().anyMatch(s -> !s.isBlank());
    return new RegisterRow(line, ImmutableMap.copyOf(map), overflowing);
  }

  /** A file that is not CSV, at the line where reading stopped, in the user's words. */
  private static ValidationException notCsv(Exception e) {
    long line = e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation().getLineNr() : 0;
    String why = String.valueOf(e.getMessage()).startsWith("Missing closing quote")
        ? "a quoted cell is not closed before the end of the file" : "it is not comma-separated text as RFC 4180 writes it";
    return ValidationException.of(line > 0 ? "line " + line : "", "", "not readable as CSV: " + why);
  }

  /** Violations as a reason, their paths named as the file's columns ({@code birthDate} → {@code birth_date}). */
  static String describe(List<Violation> violations) {
    return violations.stream().map(RegisterCsvReader::asColumn).map(Violation::toString).collect(Collectors.joining("; "));
  }

  /** The violation with its path named as the file's column ({@code members[1].birthDate} → {@code birth_date}) when there is one. */
  static Violation asColumn(Violation v) {
    String last = v.path().replaceAll(".*[.\\]]", "");
    String column = last.isEmpty() ? "" : CaseFormat.LOWER_CAMEL.to(CaseFormat.LOWER_UNDERSCORE, last);
    return new Violation(RegisterColumn.ofHeader(column).map(RegisterColumn::header).orElse(v.path()), v.value(), v.message());
  }
}
