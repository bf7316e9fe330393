package org.jingzhun.examples.register;

/**
 * 导入合计 — the counts of a register import: households and members imported, rows rejected,
 * data rows read (blank lines not counted). Every data row is either a member of an imported
 * household or rejected.
 */
public record ImportTotals(long households, long members, long rejected, long rows) {

  /** Whether every row was imported. */
  public boolean isClean() {
    return rejected == 0;
  }

  /** One line for a person: households and rows imported, rows rejected. */
  public String summary() {
    return "imported " + households + " households (" + members + " rows); rejected " + rejected + " of " + rows + " rows";
  }
}
