package org.jingzhun.examples.register;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/**
 * 名册行 — one data row of a register file: its line number, its cells by column (each
 * stripped of surrounding spaces), and whether it had more cells than the header has columns.
 */
record RegisterRow(long line, ImmutableMap<RegisterColumn, String> cells, boolean overflowing) {

  /** The cell of {@code column}; empty when the column is absent or the cell blank. */
  String get(RegisterColumn column) {
    return cells.getOrDefault(column, "");
  }

  String householdId() {
    return get(RegisterColumn.HOUSEHOLD_ID);
  }

  /** The first household column whose cell differs from {@code other}'s, if any. */
  Optional<RegisterColumn> firstHouseholdDifference(RegisterRow other) {
    for (Map.Entry<RegisterColumn, String> e : cells.entrySet()) {
      if (e.getKey().householdField() && !e.getValue().equals(other.get(e.getKey()))) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  boolean isBlank() {
    return !overflowing && cells.values().stream().allMatch(String::isEmpty);
  }
}
