package org.jingzhun.planning.allocation;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.plan.ProjectSite;

/**
 * The exact contributions of each project to each village under the model stated on
 * {@link AllocationProblem}, in whole persons, indexed for fast sums. Immutable once made.
 */
final class Valuation {
  private final Map<String, Integer> projectIndex = new HashMap<>();
  private final long[] poor;
  private final long[] need;
  private final int[][] villages;
  private final long[][] served;
  private final long[][] lifted;

  private Valuation(AllocationProblem problem) {
    List<VillageSummary> summaries = problem.summaries();
    Map<RegionCode, Integer> villageIndex = new HashMap<>();
    poor = new long[summaries.size()];
    need = new long[summaries.size()];
    for (int v = 0; v < summaries.size(); v++) {
      villageIndex.put(summaries.get(v).village(), v);
      poor[v] = summaries.get(v).poorPersons();
      need[v] = summaries.get(v).personsToLiftForExit();
    }
    List<Project> projects = problem.plan().library().projects();
    villages = new int[projects.size()][];
    served = new long[projects.size()][];
    lifted = new long[projects.size()][];
    for (int p = 0; p < projects.size(); p++) {
      Project project = projects.get(p);
      projectIndex.put(project.id(), p);
      List<ProjectSite> sites = project.sites();
      villages[p] = new int[sites.size()];
      served[p] = new long[sites.size()];
      lifted[p] = new long[sites.size()];
      for (int s = 0; s < sites.size(); s++) {
        int v = villageIndex.get(sites.get(s).village());
        VillageSummary summary = summaries.get(v);
        long persons = sites.get(s).wholeVillage() ? summary.poorPersons() : sites.get(s).persons().orElseThrow();
        villages[p][s] = v;
        served[p][s] = persons;
        lifted[p][s] = liftedOut(persons, project.effects().incomeUpliftPerHousehold().fen(), summary);
      }
    }
  }

  static Valuation of(AllocationProblem problem) {
    return new Valuation(problem);
  }

  /** ⌊q × min(u × H, G) / G⌋; q when G = 0 and u &gt; 0; 0 when u = 0. */
  private static long liftedOut(long persons, long upliftFen, VillageSummary summary) {
    if (upliftFen == 0 || persons == 0) {
      return 0;
    }
    long gap = summary.incomeGap().fen();
    if (gap == 0) {
      return persons;
    }
    BigInteger closed = BigInteger.valueOf(upliftFen).multiply(BigInteger.valueOf(summary.poorHouseholds()))
        .min(BigInteger.valueOf(gap));
    return BigInteger.valueOf(persons).multiply(closed).divide(BigInteger.valueOf(gap)).longValueExact();
  }

  int projectCount() {
    return villages.length;
  }

  int villageCount() {
    return poor.length;
  }

  /** The index of the project with {@code id}, or −1. */
  int indexOf(String id) {
    return projectIndex.getOrDefault(id, -1);
  }

  int[] villagesOf(int p) {
    return villages[p];
  }

  long[] servedBy(int p) {
    return served[p];
  }

  long[] liftedBy(int p) {
    return lifted[p];
  }

  long poor(int v) {
    return poor[v];
  }

  /** Persons to lift for the village to exit; 0 if it is already below the line. */
  long need(int v) {
    return need[v];
  }

  /** Whether the village is above the exit line and can reach it by lifting out its poor. */
  boolean canExit(int v) {
    return need[v] > 0 && need[v] <= poor[v];
  }

  /** The exact value of the set {@code chosen} toward {@code objective}. */
  long value(boolean[] chosen, Objective objective) {
    Tally t = new Tally();
    for (int p = 0; p < chosen.length; p++) {
      if (chosen[p]) {
        t.add(p);
      }
    }
    return t.value(objective);
  }

  Tally tally() {
    return new Tally();
  }

  /** Running sums of the persons served and lifted in each village by the projects added. */
  final class Tally {
    private final long[] servedSum = new long[poor.length];
    private final long[] liftedSum = new long[poor.length];

    void add(int p) {
      for (int s = 0; s < villages[p].length; s++) {
        servedSum[villages[p][s]] += served[p][s];
        liftedSum[villages[p][s]] += lifted[p][s];
      }
    }

    long value(Objective objective) {
      long total = 0;
      for (int v = 0; v < poor.length; v++) {
        total += villageValue(v, servedSum[v], liftedSum[v], objective);
      }
      return total;
    }

    /** What adding project {@code p} would add to the objective. */
    long gain(int p, Objective objective) {
      long gain = 0;
      for (int s = 0; s < villages[p].length; s++) {
        int v = villages[p][s];
        gain += villageValue(v, servedSum[v] + served[p][s], liftedSum[v] + lifted[p][s], objective)
            - villageValue(v, servedSum[v], liftedSum[v], objective);
      }
      return gain;
    }

    /**
     * The tie-breaking gain when the objective gains nothing: persons lifted for
     * {@link Objective#POOR_PERSONS_SERVED}, persons served otherwise; for
     * {@link Objective#VILLAGES_EXITING}, persons lifted toward the exit of villages that can
     * still reach it.
     */
    long secondaryGain(int p, Objective objective) {
      long gain = 0;
      for (int s = 0; s < villages[p].length; s++) {
        int v = villages[p][s];
        switch (objective) {
          case PERSONS_LIFTED_OUT -> gain += Math.min(poor[v], servedSum[v] + served[p][s]) - Math.min(poor[v], servedSum[v]);
          case POOR_PERSONS_SERVED -> gain += Math.min(poor[v], liftedSum[v] + lifted[p][s]) - Math.min(poor[v], liftedSum[v]);
          case VILLAGES_EXITING -> {
            if (canExit(v)) {
              gain += Math.min(need[v], liftedSum[v] + lifted[p][s]) - Math.min(need[v], liftedSum[v]);
            }
          }
        }
      }
      return gain;
    }

    private long villageValue(int v, long servedTotal, long liftedTotal, Objective objective) {
      return switch (objective) {
        case PERSONS_LIFTED_OUT -> Math.min(poor[v], liftedTotal);
        case POOR_PERSONS_SERVED -> Math.min(poor[v], servedTotal);
        case VILLAGES_EXITING -> canExit(v) && liftedTotal >= need[v] ? 1 : 0;
      };
    }
  }
}
