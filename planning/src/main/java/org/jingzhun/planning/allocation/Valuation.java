package org.jingzhun.planning.allocation;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.planning.plan.Guarantee;
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
  /** Per project: its uplift as valued for {@link Objective#ADDITIONAL_PERSONS_OUT}, in fen. */
  private final long[] valuedUplift;
  /** Per project: the guarantees it secures, one bit per {@link Guarantee} ordinal. */
  private final int[] secures;
  /** Per project and site: whether the site serves the whole village. */
  private final boolean[][] whole;
  /** Per village: its still-poor households' needs (fen), lacks (bits) and persons. */
  private final long[][] needFen;
  private final int[][] lacks;
  private final int[][] needPersons;

  private Valuation(AllocationProblem problem) {
    List<VillageSummary> summaries = problem.summaries();
    Map<RegionCode, Integer> villageIndex = new HashMap<>();
    poor = new long[summaries.size()];
    need = new long[summaries.size()];
    needFen = new long[summaries.size()][];
    lacks = new int[summaries.size()][];
    needPersons = new int[summaries.size()][];
    for (int v = 0; v < summaries.size(); v++) {
      villageIndex.put(summaries.get(v).village(), v);
      poor[v] = summaries.get(v).poorPersons();
      need[v] = summaries.get(v).personsToLiftForExit();
      List<HouseholdNeed> still = summaries.get(v).stillPoor();
      needFen[v] = still.stream().mapToLong(n -> n.upliftNeeded().fen()).toArray();
      lacks[v] = still.stream().mapToInt(n -> bits(n.lacks())).toArray();
      needPersons[v] = still.stream().mapToInt(HouseholdNeed::persons).toArray();
    }
    List<Project> projects = problem.plan().library().projects();
    villages = new int[projects.size()][];
    served = new long[projects.size()][];
    lifted = new long[projects.size()][];
    valuedUplift = new long[projects.size()];
    secures = new int[projects.size()];
    whole = new boolean[projects.size()][];
    for (int p = 0; p < projects.size(); p++) {
      Project project = projects.get(p);
      projectIndex.put(project.id(), p);
      valuedUplift[p] = problem.valuedUplift().getOrDefault(project.id(), project.effects().incomeUpliftPerHousehold()).fen();
      secures[p] = bits(project.effects().guarantees());
      List<ProjectSite> sites = project.sites();
      villages[p] = new int[sites.size()];
      served[p] = new long[sites.size()];
      lifted[p] = new long[sites.size()];
      whole[p] = new boolean[sites.size()];
      for (int s = 0; s < sites.size(); s++) {
        whole[p][s] = sites.get(s).wholeVillage();
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

  private static int bits(Set<Guarantee> guarantees) {
    int bits = 0;
    for (Guarantee g : guarantees) {
      bits |= 1 << g.ordinal();
    }
    return bits;
  }

  /**
   * The persons of village {@code v}'s still-poor households whose need is met by the uplift
   * {@code upliftFen} and the guarantees {@code secured} (bits).
   */
  private long additional(int v, long upliftFen, int secured) {
    long persons = 0;
    for (int i = 0; i < needFen[v].length; i++) {
      if (upliftFen >= needFen[v][i] && (lacks[v][i] & ~secured) == 0) {
        persons += needPersons[v][i];
      }
    }
    return persons;
  }

  /** The persons of village {@code v}'s still-poor households one of whose unmet needs project {@code p} meets. */
  private long moved(int v, long upliftFen, int secured, int p) {
    long persons = 0;
    for (int i = 0; i < needFen[v].length; i++) {
      boolean income = upliftFen < needFen[v][i] && valuedUplift[p] > 0;
      boolean guarantee = (lacks[v][i] & ~secured & secures[p]) != 0;
      if (income || guarantee) {
        persons += needPersons[v][i];
      }
    }
    return persons;
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
    private final long[] upliftSum = new long[poor.length];
    private final int[] secured = new int[poor.length];

    void add(int p) {
      for (int s = 0; s < villages[p].length; s++) {
        int v = villages[p][s];
        servedSum[v] += served[p][s];
        liftedSum[v] += lifted[p][s];
        if (whole[p][s]) {
          upliftSum[v] += valuedUplift[p];
          secured[v] |= secures[p];
        }
      }
    }

    long value(Objective objective) {
      long total = 0;
      for (int v = 0; v < poor.length; v++) {
        total += objective == Objective.ADDITIONAL_PERSONS_OUT
            ? additional(v, upliftSum[v], secured[v])
            : villageValue(v, servedSum[v], liftedSum[v], objective);
      }
      return total;
    }

    /** What adding project {@code p} would add to the objective. */
    long gain(int p, Objective objective) {
      long gain = 0;
      for (int s = 0; s < villages[p].length; s++) {
        int v = villages[p][s];
        if (objective == Objective.ADDITIONAL_PERSONS_OUT) {
          if (whole[p][s]) {
            gain += additional(v, upliftSum[v] + valuedUplift[p], secured[v] | secures[p]) - additional(v, upliftSum[v], secured[v]);
          }
          continue;
        }
        gain += villageValue(v, servedSum[v] + served[p][s], liftedSum[v] + lifted[p][s], objective)
            - villageValue(v, servedSum[v], liftedSum[v], objective);
      }
      return gain;
    }

    /**
     * The tie-breaking gain when the objective gains nothing: persons lifted for
     * {@link Objective#POOR_PERSONS_SERVED}, persons served otherwise; for
     * {@link Objective#VILLAGES_EXITING}, persons lifted toward the exit of villages that can
     * still reach it; for {@link Objective#ADDITIONAL_PERSONS_OUT}, the persons of still-poor
     * households one of whose unmet needs the project meets.
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
          case ADDITIONAL_PERSONS_OUT -> gain += whole[p][s] ? moved(v, upliftSum[v], secured[v], p) : 0;
        }
      }
      return gain;
    }

    private long villageValue(int v, long servedTotal, long liftedTotal, Objective objective) {
      return switch (objective) {
        case PERSONS_LIFTED_OUT -> Math.min(poor[v], liftedTotal);
        case POOR_PERSONS_SERVED -> Math.min(poor[v], servedTotal);
        case VILLAGES_EXITING -> canExit(v) && liftedTotal >= need[v] ? 1 : 0;
        case ADDITIONAL_PERSONS_OUT -> throw new IllegalStateException("valued by additional()");
      };
    }
  }
}
