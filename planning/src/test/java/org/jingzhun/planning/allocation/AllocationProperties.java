package org.jingzhun.planning.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jingzhun.planning.plan.Project;
import org.junit.jupiter.api.Test;

class AllocationProperties {

  @Test
  void greedyNeverExceedsABudgetOrAnEarmark() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      AllocationProblem problem = Instances.generated(seed, 12);
      Allocation a = GreedyAllocator.compute(problem);
      assertEquals(List.of(), AllocationAudit.violations(problem.plan(), a));
      assertEquals(problem.valueOf(a.chosenProjectIds()), a.value());
    });
  }

  @Test
  void exactNeverExceedsABudgetOrAnEarmark() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      AllocationProblem problem = Instances.generated(seed, 8);
      Allocation a = ExactAllocator.compute(problem);
      assertEquals(List.of(), AllocationAudit.violations(problem.plan(), a));
      assertEquals(problem.valueOf(a.chosenProjectIds()), a.value());
    });
  }

  @Test
  void exactIsAtLeastAsGoodAsGreedyOnEverySmallInstance() {
    qt().withExamples(150).forAll(longs().all()).checkAssert(seed -> {
      AllocationProblem problem = Instances.generated(seed, 8);
      assertTrue(ExactAllocator.compute(problem).value() >= GreedyAllocator.compute(problem).value());
    });
  }

  @Test
  void exactEqualsTheBestOfEveryFundableSubset() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      AllocationProblem problem = Instances.generated(seed, 7);
      assertEquals(bruteForce(problem), ExactAllocator.compute(problem).value());
    });
  }

  /**
   * How far the greedy falls below the optimum, over 300 fixed instances (seeds 1–300, up to
   * 8 projects). Measured when written: mean greedy / optimum 0.9938, worst 0.15, greedy
   * optimal in 287 of 300. The bound asserted sits just under the measured mean, so that a
   * change that makes the heuristic worse fails here.
   */
  @Test
  void greedyStaysCloseToTheOptimumOnAverage() {
    int instances = 300;
    double ratioSum = 0;
    int optimal = 0;
    double worst = 1;
    for (long seed = 1; seed <= instances; seed++) {
      AllocationProblem problem = Instances.generated(seed, 8);
      long best = ExactAllocator.compute(problem).value();
      long greedy = GreedyAllocator.compute(problem).value();
      double ratio = best == 0 ? 1 : (double) greedy / best;
      ratioSum += ratio;
      worst = Math.min(worst, ratio);
      optimal += greedy == best ? 1 : 0;
    }
    double mean = ratioSum / instances;
    System.out.printf("greedy / optimum over %d instances: mean %.4f, worst %.4f, optimal in %d%n",
        instances, mean, worst, optimal);
    assertTrue(mean >= MEASURED_MEAN_BOUND, "mean ratio " + mean);
  }

  static final double MEASURED_MEAN_BOUND = 0.99;

  private static long bruteForce(AllocationProblem problem) {
    List<Project> projects = problem.plan().library().projects();
    long best = 0;
    for (int mask = 0; mask < (1 << projects.size()); mask++) {
      List<Project> set = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (int p = 0; p < projects.size(); p++) {
        if ((mask & (1 << p)) != 0) {
          set.add(projects.get(p));
          ids.add(projects.get(p).id());
        }
      }
      Optional<List<Grant>> funded = FundFlow.fund(problem.plan(), set);
      if (funded.isPresent()) {
        best = Math.max(best, problem.valueOf(ids));
      }
    }
    return best;
  }
}
