package org.jingzhun.planning.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.plan.Project;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * 精确分配 — the best set of projects for small instances, by mixed-integer programming
 * (ojAlgo). The solver works in doubles; its chosen set is then re-checked exactly in fen by a
 * maximum flow ({@link FundFlow}), which also gives the grants, and the set's value is
 * recomputed exactly. A set that fails the exact check is cut off and the model solved again.
 * Among sets of equal value the solver prefers the cheaper; it runs on one thread, so the same
 * problem gives the same allocation.
 *
 * <p>The model: a binary x per project, a flow f ≥ 0 from each source that may fund the
 * project's type to the project in each year, with Σ f = cost × x per project and year and
 * Σ f ≤ amount per source and year. For persons lifted out or served, a variable z per village
 * with z ≤ poor persons and z ≤ Σ persons × x, maximising Σ z; for villages exiting, a binary y
 * per village that can exit, with Σ lifted × x ≥ persons to lift × y, maximising Σ y.
 */
public final class ExactAllocator {
  /** The largest number of projects the exact method accepts. */
  public static final int MAX_PROJECTS = 40;

  private static final int MAX_CUTS = 50;

  private ExactAllocator() {}

  /**
   * {@return the best allocation, without an explanation}
   *
   * @param problem the allocation problem: projects, funding sources with their earmarks, and
   *     budgets
   */
  public static Allocation compute(AllocationProblem problem) {
    return allocate(problem, Trace.off());
  }

  /**
   * {@return the best allocation, with each decision explained}
   *
   * @param problem the allocation problem: projects, funding sources with their earmarks, and
   *     budgets
   */
  public static Explained<Allocation> explain(AllocationProblem problem) {
    RecordingTrace trace = Trace.recording(AllocationTerms.EXACT);
    Allocation allocation = allocate(problem, trace);
    return new Explained<>(allocation, trace.explanation());
  }

  /**
   * {@return the best allocation, reporting each decision to {@code trace}}
   *
   * @param problem the allocation problem: projects, funding sources with their earmarks, and
   *     budgets
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   * @throws ValidationException if the library has more than {@link #MAX_PROJECTS} projects, or
   *     the objective is {@link Objective#ADDITIONAL_PERSONS_OUT}, whose all-needs-met test the
   *     linear model cannot state
   * @throws IllegalStateException if the solver fails, which a valid problem should not cause
   */
  public static Allocation allocate(AllocationProblem problem, Trace trace) {
    Plan plan = problem.plan();
    List<Project> projects = plan.library().projects();
    if (projects.size() > MAX_PROJECTS) {
      throw ValidationException.of("plan.library.projects", projects.size(),
          "the exact method takes at most " + MAX_PROJECTS + " projects; use the greedy allocator");
    }
    if (problem.objective() == Objective.ADDITIONAL_PERSONS_OUT) {
      throw ValidationException.of("objective", problem.objective(),
          "精确分配不支持此目标，请用贪心分配 / the exact method cannot state this objective (a household counts only"
              + " when all its needs are met); use the greedy allocator");
    }
    Valuation valuation = Valuation.of(problem);
    AllocationModel model = new AllocationModel(problem, valuation);
    boolean[] chosen = null;
    List<Grant> grants = null;
    for (int attempt = 0; attempt <= MAX_CUTS && grants == null; attempt++) {
      chosen = model.solve();
      List<Project> set = new ArrayList<>();
      for (int p = 0; p < projects.size(); p++) {
        if (chosen[p]) {
          set.add(projects.get(p));
        }
      }
      Optional<List<Grant>> funded = FundFlow.fund(plan, set);
      if (funded.isPresent()) {
        grants = funded.get();
      } else {
        model.cutOff(chosen);
      }
    }
    if (grants == null) {
      throw new IllegalStateException("the solver found no set of projects that the sources can fund exactly");
    }
    trace.input(AllocationTerms.OBJECTIVE, problem.objective());
    Decision[] decisions = decide(problem, valuation, chosen);
    for (Decision d : decisions) {
      DecisionTexts.report(trace, d, d.reason() == DecisionReason.NO_FUNDS_FOR_TYPE
          ? new FundLedger(plan).shortage(plan.library().projects().get(indexOf(projects, d.projectId()))) : Optional.empty());
    }
    long value = valuation.value(chosen, problem.objective());
    trace.result(value);
    return Allocation.builder().objective(problem.objective()).method(AllocationMethod.EXACT).value(value)
        .addDecisions(decisions).addAllGrants(grants).build();
  }

  private static int indexOf(List<Project> projects, String id) {
    for (int p = 0; p < projects.size(); p++) {
      if (projects.get(p).id().equals(id)) {
        return p;
      }
    }
    throw new IllegalStateException("no project " + id);
  }

  private static Decision[] decide(AllocationProblem problem, Valuation valuation, boolean[] chosen) {
    List<Project> projects = problem.plan().library().projects();
    Objective objective = problem.objective();
    long value = valuation.value(chosen, objective);
    Decision[] decisions = new Decision[projects.size()];
    for (int p = 0; p < projects.size(); p++) {
      Project project = projects.get(p);
      boolean[] flipped = chosen.clone();
      flipped[p] = !chosen[p];
      long gain = Math.abs(valuation.value(flipped, objective) - value);
      Decision.Builder d = Decision.builder().projectId(project.id()).value(gain).cost(project.totalCost());
      Optional<FundLedger.Shortage> alone = new FundLedger(problem.plan()).shortage(project);
      if (chosen[p]) {
        d.reason(DecisionReason.IN_OPTIMUM).detail("part of the best combination; without it "
            + objective.english() + " would fall by " + gain);
      } else if (alone.isPresent()) {
        d.reason(DecisionReason.NO_FUNDS_FOR_TYPE).year(alone.get().year())
            .detail(DecisionTexts.noFunds(project, alone.get().year(), alone.get().needed(), alone.get().available()));
      } else if (gain == 0) {
        d.reason(DecisionReason.ADDS_NOTHING).detail(DecisionTexts.addsNothing(objective));
      } else {
        d.reason(DecisionReason.NOT_IN_OPTIMUM).detail("would add " + gain + " to " + objective.english()
            + ", but the sources cannot fund it as well as the chosen projects, and no other combination is worth more");
      }
      decisions[p] = d.build();
    }
    return decisions;
  }

  /** The integer program of one problem, which may be solved again after cutting off a set. */
  private static final class AllocationModel {
    private final ExpressionsBasedModel model = new ExpressionsBasedModel();
    private final Variable[] x;
    private int cuts;

    AllocationModel(AllocationProblem problem, Valuation valuation) {
      Plan plan = problem.plan();
      List<Project> projects = plan.library().projects();
      double unit = moneyUnit(plan);
      long totalCost = projects.stream().mapToLong(p -> p.totalCost().fen()).sum();
      x = new Variable[projects.size()];
      for (int p = 0; p < projects.size(); p++) {
        // Prefer the cheaper of equally valuable sets: a penalty below 0.5 in all.
        double penalty = 0.25 * projects.get(p).totalCost().fen() / (totalCost + 1.0);
        x[p] = model.addVariable("x" + p).binary().weight(-penalty);
      }
      for (int year : plan.years()) {
        Variable[][] flow = new Variable[projects.size()][plan.sources().size()];
        for (int p = 0; p < projects.size(); p++) {
          long cost = projects.get(p).costIn(year).fen();
          if (cost == 0) {
            continue;
          }
          var funded = model.addExpression("cost" + p + "@" + year).level(0);
          funded.set(x[p], -cost / unit);
          for (int s = 0; s < plan.sources().size(); s++) {
            if (plan.sources().get(s).mayFund(projects.get(p).type()) && plan.sources().get(s).amountIn(year).isPositive()) {
              flow[p][s] = model.addVariable("f" + p + "." + s + "@" + year).lower(0);
              funded.set(flow[p][s], 1);
            }
          }
        }
        for (int s = 0; s < plan.sources().size(); s++) {
          var spent = model.addExpression("amount" + s + "@" + year).upper(plan.sources().get(s).amountIn(year).fen() / unit);
          for (int p = 0; p < projects.size(); p++) {
            if (flow[p][s] != null) {
              spent.set(flow[p][s], 1);
            }
          }
        }
      }
      addObjective(problem.objective(), valuation);
      model.options.integer(org.ojalgo.optimisation.integer.IntegerStrategy.DEFAULT.withParallelism(() -> 1));
    }

    /** Money in units of the largest amount in the plan, so that coefficients lie in [0, 1]. */
    private static double moneyUnit(Plan plan) {
      long max = 1;
      for (Project p : plan.library().projects()) {
        for (var cost : p.costByYear().values()) {
          max = Math.max(max, cost.fen());
        }
      }
      for (var s : plan.sources()) {
        for (var amount : s.amountByYear().values()) {
          max = Math.max(max, amount.fen());
        }
      }
      return max;
    }

    private void addObjective(Objective objective, Valuation valuation) {
      boolean lifted = objective != Objective.POOR_PERSONS_SERVED;
      List<List<int[]>> byVillage = new ArrayList<>();
      for (int v = 0; v < valuation.villageCount(); v++) {
        byVillage.add(new ArrayList<>());
      }
      for (int p = 0; p < x.length; p++) {
        int[] villages = valuation.villagesOf(p);
        long[] persons = lifted ? valuation.liftedBy(p) : valuation.servedBy(p);
        for (int s = 0; s < villages.length; s++) {
          byVillage.get(villages[s]).add(new int[] {p, Math.toIntExact(persons[s])});
        }
      }
      for (int v = 0; v < valuation.villageCount(); v++) {
        if (objective == Objective.VILLAGES_EXITING) {
          if (!valuation.canExit(v)) {
            continue;
          }
          // Σ lifted × x − need × y ≥ 0
          Variable exits = model.addVariable("y" + v).binary().weight(1);
          var reach = model.addExpression("exit" + v).lower(0);
          reach.set(exits, -valuation.need(v));
          byVillage.get(v).forEach(c -> reach.set(x[c[0]], c[1]));
        } else {
          // z ≤ poor (its bound) and z − Σ persons × x ≤ 0
          Variable persons = model.addVariable("z" + v).lower(0).upper(valuation.poor(v)).weight(1);
          var cap = model.addExpression("persons" + v).upper(0);
          cap.set(persons, 1);
          byVillage.get(v).forEach(c -> cap.set(x[c[0]], -c[1]));
        }
      }
    }

    /** Solves the model; the chosen projects. */
    boolean[] solve() {
      Optimisation.Result result = model.maximise();
      if (!result.getState().isFeasible()) {
        throw new IllegalStateException("the integer program was not solved: " + result.getState());
      }
      boolean[] chosen = new boolean[x.length];
      for (int p = 0; p < x.length; p++) {
        chosen[p] = x[p].getValue().doubleValue() > 0.5;
      }
      return chosen;
    }

    /** Forbids the set {@code chosen}: Σ over it of x ≤ its size − 1. */
    void cutOff(boolean[] chosen) {
      var cut = model.addExpression("cut" + cuts++);
      int size = 0;
      for (int p = 0; p < x.length; p++) {
        if (chosen[p]) {
          cut.set(x[p], 1);
          size++;
        }
      }
      cut.upper(size - 1);
    }
  }
}
