package org.jingzhun.examples.register;

/**
 * 被拒绝的行 — a row of a register file that was not imported, and why.
 *
 * @param line the line number in the file (the header is line 1)
 * @param householdId the row's household id, empty if it has none
 * @param reason why it was not imported, naming the column or the line at fault
 */
public record RejectedRow(long line, String householdId, String reason) {
  @Override
  public String toString() {
    return "line " + line + (householdId.isEmpty() ? "" : " (household " + householdId + ")") + ": " + reason;
  }
}
