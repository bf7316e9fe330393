package org.jingzhun.examples.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * 户行归组 — turns a register's rows, as they come, into households: a household is the run of
 * adjacent rows with its id, imported only if every one of them is good (otherwise each of its
 * rows is rejected, naming the bad lines). Only the current household's rows are held, so a
 * register of millions of rows needs no more memory than its largest household. A row of a
 * household whose rows ended earlier in the file is rejected: a household's rows must be
 * together, as registers are exported.
 */
final class HouseholdRows {
  private final Optional<LocalDate> date;
  private final RegisterSink sink;
  private final Map<String, Long> ended = new HashMap<>();
  private final List<RegisterRow> current = new ArrayList<>();
  private long households;
  private long members;
  private long rejected;
  private long rows;

  HouseholdRows(Optional<LocalDate> date, RegisterSink sink) {
    this.date = date;
    this.sink = sink;
  }

  /** Takes the next data row of the file. */
  void add(RegisterRow row) {
    rows++;
    if (row.overflowing()) {
      reject(new RejectedRow(row.line(), row.householdId(), "the row has more cells than the header has columns"));
    } else if (row.householdId().isEmpty()) {
      reject(new RejectedRow(row.line(), "", "household_id is required"));
    } else if (ended.containsKey(row.householdId())) {
      reject(new RejectedRow(row.line(), row.householdId(), "household " + row.householdId() + "'s rows ended at line "
          + ended.get(row.householdId()) + "; a household's rows must be together"));
    } else {
      if (!current.isEmpty() && !current.get(0).householdId().equals(row.householdId())) {
        flush();
      }
      current.add(row);
    }
  }

  /** Ends the file: the last household is imported or rejected; returns the totals. */
  ImportTotals finish() {
    flush();
    return new ImportTotals(households, members, rejected, rows);
  }

  private void reject(RejectedRow row) {
    rejected++;
    sink.rejected(row);
  }

  private void flush() {
    if (current.isEmpty()) {
      return;
    }
    String id = current.get(0).householdId();
    ended.put(id, current.get(current.size() - 1).line());
    Map<Long, String> bad = new LinkedHashMap<>();
    Optional<Household> household = household(current, bad);
    if (household.isPresent()) {
      households++;
      members += current.size();
      sink.household(household.get());
    } else {
      String lines = bad.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "));
      for (RegisterRow row : current) {
        reject(new RejectedRow(row.line(), id, bad.getOrDefault(row.line(), "not imported: household " + id
            + " has a bad row at line " + lines)));
      }
    }
    current.clear();
  }

  /** The household of {@code rows}, or empty with the reason of each bad line in {@code bad}. */
  private Optional<Household> household(List<RegisterRow> rows, Map<Long, String> bad) {
    List<Person> people = new ArrayList<>();
    Household.Builder household = null;
    for (RegisterRow row : rows) {
      RowReader reader = new RowReader(row);
      Household.Builder h = reader.household();
      Optional<Person> member = reader.member();
      if (!reader.violations().isEmpty()) {
        bad.put(row.line(), RegisterCsvReader.describe(reader.violations().list()));
      }
      member.ifPresent(people::add);
      Optional<RegisterColumn> differs = row.firstHouseholdDifference(rows.get(0));
      if (differs.isPresent() && !bad.containsKey(row.line())) {
        bad.put(row.line(), differs.get().header() + " '" + row.get(differs.get()) + "' differs from line "
            + rows.get(0).line() + " ('" + rows.get(0).get(differs.get()) + "'); household columns must repeat exactly");
      }
      household = household == null ? h : household;
    }
    if (!bad.isEmpty()) {
      return Optional.empty();
    }
    try {
      Household built = household.addAllMembers(people).build();
      date.ifPresent(built::checkOn);
      return Optional.of(built);
    } catch (ValidationException e) {
      householdViolations(e, rows, bad);
      return Optional.empty();
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
      bad.merge(line, RegisterCsvReader.describe(List.of(v)), (a, b) -> a + "; " + b);
    }
  }
}
