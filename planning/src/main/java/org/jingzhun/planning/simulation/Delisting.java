package org.jingzhun.planning.simulation;

import java.util.Optional;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.place.Village;
import org.jingzhun.eligibility.exit.ExitAssessment;
import org.jingzhun.eligibility.exit.SampleRate;
import org.jingzhun.eligibility.exit.VillageExitCase;

/**
 * 贫困村退出与贫困县摘帽 — the exits of a run's poor villages and of its county, year by year: a
 * poor village not yet delisted takes the village exit test each year with its registered poor
 * persons and its facilities; the county takes the county exit test with the assessment rates
 * the assumptions state, and exits the first year it passes.
 */
final class Delisting {
  /** The year each village was delisted, 0 while it is not. */
  private final long[] delistedIn;
  private Optional<Integer> countyExit = Optional.empty();

  Delisting(int villages) {
    delistedIn = new long[villages];
  }

  /** The poor villages not yet delisted take year {@code y}'s village exit test. */
  void assessVillages(CampaignRun run, int y, YearTally tally) {
    int year = run.years.get(y);
    for (int v = 0; v < delistedIn.length; v++) {
      Village village = run.villages.get(v);
      if (village.poorVillage() && delistedIn[v] == 0) {
        ExitAssessment exit = run.rules[y][v].villageExit.assess(VillageExitCase.builder()
            .village(run.facilities[v].applyTo(village)).registeredPoorPersons(Math.toIntExact(tally.poorPersons[v])).build(),
            Trace.off());
        if (exit.passed()) {
          delistedIn[v] = year;
        }
      }
    }
  }

  /**
   * {@return the county's exit test of year {@code y}}, recording the year of its exit the first
   * time it passes
   */
  ExitAssessment assessCounty(CampaignRun run, int y, long poorPersons, long population) {
    // the assessment's rates are the scenario's assumptions, not a sample
    ExitAssessment county = run.countyRules[y].assess(new SampleRate(poorPersons, population),
        SampleRate.of(run.assumptions.missedIdentificationRate()), SampleRate.of(run.assumptions.wrongExitRate()),
        SampleRate.of(run.assumptions.publicApproval()), Trace.off());
    if (county.passed() && countyExit.isEmpty()) {
      countyExit = Optional.of(run.years.get(y));
    }
    return county;
  }

  /** {@return whether village {@code v} is delisted} */
  boolean delisted(int v) {
    return delistedIn[v] != 0;
  }

  /** {@return whether village {@code v} was delisted in {@code year}} */
  boolean delistedIn(int v, int year) {
    return delistedIn[v] == year;
  }

  /** {@return the number of villages delisted} */
  long delisted() {
    long n = 0;
    for (long in : delistedIn) {
      n += in != 0 ? 1 : 0;
    }
    return n;
  }

  /** {@return the number of villages delisted in {@code year}} */
  long delistedIn(int year) {
    long n = 0;
    for (long in : delistedIn) {
      n += in == year ? 1 : 0;
    }
    return n;
  }

  /** {@return the year the county exited, if it has} */
  Optional<Integer> countyExit() {
    return countyExit;
  }
}
