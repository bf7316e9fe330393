package org.jingzhun.examples.check;

import java.util.List;

/**
 * 检查汇总 — the outcomes of a {@code check} run and its closing line,
 * {@code N passed, M failed}.
 */
public record CheckSummary(List<CaseOutcome> outcomes) {
  public CheckSummary {
    outcomes = List.copyOf(outcomes);
  }

  public long passed() {
    return outcomes.stream().filter(CaseOutcome::passed).count();
  }

  public long failed() {
    return outcomes.size() - passed();
  }

  /** The line that ends a run's report. */
  public String closingLine() {
    return passed() + " passed, " + failed() + " failed";
  }
}
