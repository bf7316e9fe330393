package org.jingzhun.examples.check;

import java.util.List;

/**
 * 用例结果 — how one case (or an unreadable case file) went: where it is, its name, and what
 * failed (empty when it passed), each failure one line such as
 * {@code parts[0].amount: expected 600.00, actual 599.99}.
 *
 * @param file the case file as named on the command line
 * @param name the case's name; empty for a file that could not be read
 * @param failures what failed, empty when the case passed
 */
public record CaseOutcome(String file, String name, List<String> failures) {
  public CaseOutcome {
    failures = List.copyOf(failures);
  }

  public boolean passed() {
    return failures.isEmpty();
  }

  /** One line per failure: {@code FAIL file › case › failure}. */
  public List<String> report() {
    String where = name.isEmpty() ? file : file + " › " + name;
    return failures.stream().map(f -> "FAIL " + where + " › " + f).toList();
  }
}
