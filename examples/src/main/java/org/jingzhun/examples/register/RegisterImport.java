package org.jingzhun.examples.register;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jingzhun.core.household.Household;

/**
 * 名册导入结果 — what an import gave: the households built from good rows, and every row that
 * was rejected with its line and reason. Every data row of the file is either in a household
 * or rejected.
 *
 * @param households the imported households, in the order they first appear
 * @param rejected the rejected rows, by line
 * @param rows the number of data rows read (blank lines not counted)
 */
public record RegisterImport(List<Household> households, List<RejectedRow> rejected, long rows) {
  public RegisterImport {
    households = ImmutableList.copyOf(households);
    rejected = ImmutableList.copyOf(rejected);
  }

  /** Whether every row was imported. */
  public boolean isClean() {
    return rejected.isEmpty();
  }

  /** One line for a person: households and rows imported, rows rejected. */
  public String summary() {
    long members = households.stream().mapToLong(Household::size).sum();
    return "imported " + households.size() + " households (" + members + " rows); rejected " + rejected.size()
        + " of " + rows + " rows";
  }
}
