package org.jingzhun.examples.register;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;

/**
 * 名册读取 — imports a household register from CSV text (UTF-8, a header row, one row per
 * member; see {@code docs/register-csv.md}). A row with a bad cell is rejected with its line
 * and reason; the other rows of its household are rejected too, naming the bad line, since a
 * household is never imported with members missing. A header with an unknown or missing
 * column rejects the file as a whole. Blank lines are skipped.
 */
public final class RegisterCsvReader {
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

  private RegisterCsvReader() {}

  /**
   * Imports {@code text}; with {@code date}, also rejects members born after it.
   *
   * @throws ValidationException if the text is not CSV at all (an unclosed quote), with its line
   */
  public static RegisterImport read(String text, Optional<LocalDate> date) {
    List<List<String>> records = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).readValues(text.replace("\uFEFF", ""))) {
      while (it.hasNextValue()) {
        lines.add((long) it.getParser().currentLocation().getLineNr());
        records.add(it.nextValue());
      }
    } catch (IOException | RuntimeException e) {
      long line = lines.isEmpty() ? 1 : lines.get(lines.size() - 1) + 1;
      throw ValidationException.of("line " + line, "", "not readable as CSV: " + e.getMessage().split("\n")[0]);
    }
    if (records.isEmpty()) {
      return new RegisterImport(List.of(), List.of(new RejectedRow(1, "", "the file is empty; it needs a header row")), 0);
    }
    List<RegisterColumn> header = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String h : records.get(0)) {
      Optional<RegisterColumn> column = RegisterColumn.ofHeader(h);
      if (column.isPresent() && header.contains(column.get())) {
        problems.add("column '" + column.get().header() + "' appears twice (columns " + (header.indexOf(column.get()) + 1)
            + " and " + (header.size() + 1) + "); give each column once");
      }
      column.ifPresentOrElse(header::add, () -> problems.add("unknown column '" + Violation.shown(h) + "'"));
    }
    Arrays.stream(RegisterColumn.values()).filter(c -> c.required() && !header.contains(c))
        .forEach(c -> problems.add("missing column '" + c.header() + "'"));
    if (!problems.isEmpty()) {
      return wholeFileRejected(lines.subList(1, lines.size()), records.subList(1, records.size()), problems);
    }
    List<RegisterRow> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      RegisterRow row = row(lines.get(i), header, records.get(i));
      if (!row.isBlank()) {
        rows.add(row);
      }
    }
    return new Households(date).importRows(rows);
  }

  private static RegisterRow row(long line, List<RegisterColumn> header, List<String> cells) {
    Map<RegisterColumn, String> map = new EnumMap<>(RegisterColumn.class);
    for (int c = 0; c < Math.min(header.size(), cells.size()); c++) {
      map.put(header.get(c), cells.get(c).strip());
    }
    boolean overflowing = cells.subList(Math.min(header.size(), cells.size()), cells.size()).stream().anyMatch(s -> !s.isBlank());
    return new RegisterRow(line, ImmutableMap.copyOf(map), overflowing);
  }

  private static RegisterImport wholeFileRejected(List<Long> lines, List<List<String>> records, List<String> problems) {
    List<RejectedRow> rejected = new ArrayList<>();
    rejected.add(new RejectedRow(1, "", "bad header: " + String.join("; ", problems)
        + "; the columns are " + Arrays.stream(RegisterColumn.values()).map(RegisterColumn::header).collect(Collectors.joining(", "))));
    long rows = 0;
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).stream().anyMatch(c -> !c.isBlank())) {
        rejected.add(new RejectedRow(lines.get(i), "", "not imported: the header (line 1) is bad"));
        rows++;
      }
    }
    return new RegisterImport(List.of(), rejected, rows);
  }

  /** Groups good rows into households, rejecting whole households with any bad row. */
  private static final class Households {
    private final Optional<LocalDate> date;
    private final List<Household> imported = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();

    Households(Optional<LocalDate> date) {
      this.date = date;
    }

    RegisterImport importRows(List<RegisterRow> rows) {
      Map<String, List<RegisterRow>> byHousehold = new LinkedHashMap<>();
      for (RegisterRow row : rows) {
        if (row.overflowing()) {
          rejected.add(new RejectedRow(row.line(), row.householdId(), "the row has more cells than the header has columns"));
        } else if (row.householdId().isEmpty()) {
          rejected.add(new RejectedRow(row.line(), "", "household_id is required"));
        } else {
          byHousehold.computeIfAbsent(row.householdId(), k -> new ArrayList<>()).add(row);
        }
      }
      byHousehold.forEach(this::household);
      rejected.sort((a, b) -> Long.compare(a.line(), b.line()));
      return new RegisterImport(imported, rejected, rows.size());
    }

    private void household(String id, List<RegisterRow> rows) {
      Map<Long, String> bad = new LinkedHashMap<>();
      List<Person> members = new ArrayList<>();
      Household.Builder household = null;
      for (RegisterRow row : rows) {
        RowReader reader = new RowReader(row);
        Household.Builder h = reader.household();
        Optional<Person> member = reader.member();
        if (!reader.violations().isEmpty()) {
          bad.put(row.line(), describe(reader.violations().list()));
        }
        member.ifPresent(members::add);
        Optional<RegisterColumn> differs = row.firstHouseholdDifference(rows.get(0));
        if (differs.isPresent() && !bad.containsKey(row.line())) {
          bad.put(row.line(), differs.get().header() + " '" + row.get(differs.get()) + "' differs from line "
              + rows.get(0).line() + " ('" + rows.get(0).get(differs.get()) + "'); household columns must repeat exactly");
        }
        household = household == null ? h : household;
      }
      if (bad.isEmpty()) {
        try {
          Household built = household.addAllMembers(members).build();
          date.ifPresent(built::checkOn);
          imported.add(built);
          return;
        } catch (ValidationException e) {
          householdViolations(e, rows, bad);
        }
      }
      String lines = bad.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "));
      for (RegisterRow row : rows) {
        String reason = bad.getOrDefault(row.line(), "not imported: household " + id + " has a bad row at line " + lines);
        rejected.add(new RejectedRow(row.line(), id, reason));
      }
    }

    /** Puts each household-level violation on the line it concerns: a member's, or else the first. */
    private static void householdViolations(ValidationException e, List<RegisterRow> rows, Map<Long, String> bad) {
      for (Violation v : e.violations()) {
        long line = rows.get(0).line();
        if (v.path().startsWith("members[")) {
          int index = Integer.parseInt(v.path().substring(8, v.path().indexOf(']')));
          line = rows.get(index).line();
        }
        bad.merge(line, describe(List.of(v)), (a, b) -> a + "; " + b);
      }
    }
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
