package org.jingzhun.planning.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.plan.Project;

/**
 * 贪心分配 — the fast heuristic: repeatedly take, among the projects not yet decided, the one
 * that adds the most to the objective per yuan of its total cost, given the projects already
 * chosen (ties: the larger gain, then library order; when no project adds to the objective,
 * the tie-breaking gain of {@code Valuation.Tally#secondaryGain} decides). If the money left for
 * its type falls short in one of its years the project is left out; otherwise its cost is drawn
 * from the sources, the most restrictive first (see {@link FundLedger}). Projects that add
 * nothing are left out. O(n²) in the number of projects; deterministic.
 */
public final class GreedyAllocator {
  private GreedyAllocator() {}

  /**
   * {@return the greedy allocation, without an explanation}
   *
   * @param problem the allocation problem: projects, funding sources with their earmarks, and
   *     budgets
   */
  public static Allocation compute(AllocationProblem problem) {
    return allocate(problem, Trace.off());
  }

  /**
   * {@return the greedy allocation, with each step explained}
   *
   * @param problem the allocation problem: projects, funding sources with their earmarks, and
   *     budgets
   */
  public static Explained<Allocation> explain(AllocationProblem problem) {
    RecordingTrace trace = Trace.recording(AllocationTerms.GREEDY);
    Allocation allocation = allocate(problem, trace);
    return new Explained<>(allocation, trace.explanation());
  }

  /**
   * {@return the greedy allocation, reporting each decision to {@code trace}}
   *
   * @param problem the allocation problem: projects, funding sources with their earmarks, and
   *     budgets
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   */
  public static Allocation allocate(AllocationProblem problem, Trace trace) {
    Plan plan = problem.plan();
    Objective objective = problem.objective();
    List<Project> projects = plan.library().projects();
    Valuation valuation = Valuation.of(problem);
    Valuation.Tally tally = valuation.tally();
    FundLedger ledger = new FundLedger(plan);
    Decision[] decisions = new Decision[projects.size()];
    List<Grant> grants = new ArrayList<>();
    boolean[] open = new boolean[projects.size()];
    Arrays.fill(open, true);
    trace.input(AllocationTerms.OBJECTIVE, objective);
    int step = 0;
    for (int left = projects.size(); left > 0; left--) {
      int best = best(projects, open, tally, objective);
      long bestGain = tally.gain(best, objective);
      long bestSecondary = tally.secondaryGain(best, objective);
      step++;
      Project project = projects.get(best);
      open[best] = false;
      Decision.Builder d = Decision.builder().projectId(project.id()).value(bestGain).cost(project.totalCost()).step(step);
      Optional<FundLedger.Shortage> shortage = ledger.shortage(project);
      if (bestGain == 0 && bestSecondary == 0) {
        d.reason(DecisionReason.ADDS_NOTHING).detail(DecisionTexts.addsNothing(objective));
      } else if (shortage.isPresent()) {
        d.reason(DecisionReason.NO_FUNDS_FOR_TYPE).year(shortage.get().year())
            .detail(DecisionTexts.noFunds(project, shortage.get().year(), shortage.get().needed(), shortage.get().available()));
      } else {
        grants.addAll(ledger.fund(project));
        tally.add(best);
        d.reason(DecisionReason.BEST_VALUE_PER_YUAN)
            .detail("step " + step + ": adds " + bestGain + " to " + objective.english() + " for "
                + project.totalCost() + " yuan, the most per yuan among the " + left + " projects left");
      }
      decisions[best] = d.build();
      DecisionTexts.report(trace, decisions[best], shortage);
    }
    boolean[] chosen = new boolean[projects.size()];
    for (int p = 0; p < projects.size(); p++) {
      chosen[p] = decisions[p].chosen();
    }
    long value = valuation.value(chosen, objective);
    trace.result(value);
    grants.sort(DecisionTexts.GRANT_ORDER);
    return Allocation.builder().objective(objective).method(AllocationMethod.GREEDY).value(value)
        .addDecisions(decisions).addAllGrants(grants).build();
  }

  /** {@return the open project that adds the most per yuan to the objective as funded so far} */
  private static int best(List<Project> projects, boolean[] open, Valuation.Tally tally, Objective objective) {
    int best = -1;
    long bestGain = 0;
    long bestSecondary = 0;
    for (int p = 0; p < projects.size(); p++) {
      if (!open[p]) {
        continue;
      }
      long gain = tally.gain(p, objective);
      long secondary = tally.secondaryGain(p, objective);
      if (best < 0 || better(gain, secondary, cost(projects.get(p)), bestGain, bestSecondary, cost(projects.get(best)))) {
        best = p;
        bestGain = gain;
        bestSecondary = secondary;
      }
    }
    return best;
  }

  private static long cost(Project p) {
    return p.totalCost().fen();
  }

  /**
   * Whether (gain, secondary) at {@code cost} beats the best so far: more gain per fen, then
   * more gain, then more secondary gain per fen, then more secondary gain; exact, in whole
   * numbers (a zero cost is worth infinitely much per fen when it gains anything).
   */
  private static boolean better(long gain, long secondary, long cost, long bestGain, long bestSecondary, long bestCost) {
    int c = compareProducts(gain, bestCost, bestGain, cost);
    if (c == 0) {
      c = Long.compare(gain, bestGain);
    }
    if (c == 0) {
      c = compareProducts(secondary, bestCost, bestSecondary, cost);
    }
    if (c == 0) {
      c = Long.compare(secondary, bestSecondary);
    }
    return c > 0;
  }

  /** Compares a × b with c × d for non-negative longs, without overflow. */
  static int compareProducts(long a, long b, long c, long d) {
    long high = Math.multiplyHigh(a, b);
    long otherHigh = Math.multiplyHigh(c, d);
    return high != otherHigh ? Long.compare(high, otherHigh) : Long.compareUnsigned(a * b, c * d);
  }
}
