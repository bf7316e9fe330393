package org.jingzhun.planning.allocation;

import java.util.Comparator;
import java.util.Optional;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.Money;
import org.jingzhun.planning.plan.Project;

/** The words of decisions shared by both allocators, and how they are traced. */
final class DecisionTexts {
  static final Comparator<Grant> GRANT_ORDER = Comparator.comparingInt(Grant::year)
      .thenComparing(Grant::projectId).thenComparing(Grant::sourceId);

  private DecisionTexts() {}

  static String noFunds(Project project, int year, Money needed, Money available) {
    return "no pooled or earmarked source left for type " + project.type() + " in " + year + ": needs "
        + needed + " yuan, " + available + " yuan left in the sources that may fund it";
  }

  static String addsNothing(Objective objective) {
    return "adds nothing to " + objective.english() + " given the projects chosen";
  }

  static void report(Trace trace, Decision d, Optional<FundLedger.Shortage> shortage) {
    if (!trace.isOn()) {
      return;
    }
    Trace t = trace.rule(AllocationTerms.DECISION)
        .input(AllocationTerms.PROJECT, d.projectId())
        .amount(AllocationTerms.GAIN, d.value())
        .amount(AllocationTerms.COST, d.cost());
    if (d.reason() == DecisionReason.NO_FUNDS_FOR_TYPE && shortage.isPresent()) {
      t.amount(AllocationTerms.SHORT_YEAR, shortage.get().year()).amount(AllocationTerms.AVAILABLE, shortage.get().available());
    }
    t.note(AllocationTerms.of(d.reason())).result(d.chosen());
  }
}
