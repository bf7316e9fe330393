package org.jingzhun.planning.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.money.Money;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.funding.FundingSource;
import org.jingzhun.planning.plan.Project;

/**
 * The money left in each source in each year as projects are funded one after another. A
 * project's cost in a year is drawn from the sources that may fund its type, the most
 * restrictive first (earmarked sources with the fewest types, pooled sources last; then by
 * id), so that flexible money stays for the projects that only it can fund.
 */
final class FundLedger {
  private final Plan plan;
  private final List<FundingSource> byRestriction;
  private final long[][] left;

  /** How a project's need in a year exceeds the money left for its type. */
  record Shortage(int year, Money needed, Money available) {}

  FundLedger(Plan plan) {
    this.plan = plan;
    this.byRestriction = plan.sources().stream()
        .sorted(Comparator.comparingInt(FundingSource::breadth).thenComparing(FundingSource::id))
        .toList();
    int years = plan.lastYear() - plan.firstYear() + 1;
    left = new long[byRestriction.size()][years];
    for (int s = 0; s < byRestriction.size(); s++) {
      for (int y = 0; y < years; y++) {
        left[s][y] = byRestriction.get(s).amountIn(plan.firstYear() + y).fen();
      }
    }
  }

  /** The first year in which the money left for the project's type is less than its cost. */
  Optional<Shortage> shortage(Project project) {
    for (var e : project.costByYear().entrySet()) {
      long available = available(project, e.getKey());
      if (available < e.getValue().fen()) {
        return Optional.of(new Shortage(e.getKey(), e.getValue(), Money.ofFen(available)));
      }
    }
    return Optional.empty();
  }

  private long available(Project project, int year) {
    long total = 0;
    for (int s = 0; s < byRestriction.size(); s++) {
      if (byRestriction.get(s).mayFund(project.type())) {
        total = Math.addExact(total, left[s][year - plan.firstYear()]);
      }
    }
    return total;
  }

  /** Draws the project's cost in each of its years; call only when {@link #shortage} is empty. */
  List<Grant> fund(Project project) {
    List<Grant> grants = new ArrayList<>();
    for (var e : project.costByYear().entrySet()) {
      int y = e.getKey() - plan.firstYear();
      long due = e.getValue().fen();
      for (int s = 0; s < byRestriction.size() && due > 0; s++) {
        FundingSource source = byRestriction.get(s);
        long draw = source.mayFund(project.type()) ? Math.min(due, left[s][y]) : 0;
        if (draw > 0) {
          left[s][y] -= draw;
          due -= draw;
          grants.add(Grant.of(source.id(), project.id(), e.getKey(), Money.ofFen(draw)));
        }
      }
      if (due > 0) {
        throw new IllegalStateException("funded " + project.id() + " without checking its shortage");
      }
    }
    return grants;
  }
}
