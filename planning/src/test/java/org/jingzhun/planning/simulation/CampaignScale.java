package org.jingzhun.planning.simulation;

import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.place.County;
import org.jingzhun.planning.scenario.Scenario;

/**
 * A throwaway measurement of a six-year campaign (2015–2020) over generated households, run by
 * hand (not a test; no timed tests): {@code java -Xmx2g -cp … CampaignScale 1000000 500 [runs] [loans]}. Prints
 * the build and run wall times, the heap in use at the end of each year (the run's peak is read from -Xlog:gc) and a digest of the result.
 */
final class CampaignScale {
  private CampaignScale() {}

  public static void main(String[] args) {
    int households = Integer.parseInt(args[0]);
    int villages = Integer.parseInt(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    long t0 = System.nanoTime();
    County county = GeneratedDistricts.county(villages);
    Scenario scenario = GeneratedDistricts.scenario(villages, households, 11).plan(GeneratedDistricts.plan(county, 2015, 2020))
        .book(ScaleBooks.sixYears()).build();
    if (args.length > 3 && args[3].equals("loans")) {
      scenario = Scenario.builder().from(scenario).assumptions(org.jingzhun.planning.scenario.Assumptions.builder()
          .from(scenario.assumptions()).microcredit(MicrocreditDistricts.loan().disbursementDay(java.time.MonthDay.of(11, 1)).takeUpShare(org.jingzhun.core.money.Share.parse("0.3"))
              .defaultRate(org.jingzhun.core.money.Share.parse("0.02")).build()).build()).build();
    }
    long t1 = System.nanoTime();
    System.out.printf("built %,d households in %d villages: %.2f s%n", households, villages, (t1 - t0) / 1e9);
    for (int r = 0; r < runs; r++) {
      System.gc();
      long[] peak = {0};
      long cpu = cpuNanos();
      long s = System.nanoTime();
      CampaignResult result = CampaignSimulation.run(scenario, (y, done, total) -> {
        peak[0] = Math.max(peak[0], used());
        System.out.printf("  %d done at %.2f s%n", y.year(), (System.nanoTime() - s) / 1e9);
      });
      long e = System.nanoTime();
      long cpuUsed = cpuNanos() - cpu;
      String json = JingzhunJson.write(result);
      System.out.printf("run %d: %.2f s wall, %.2f s cpu, peak heap %d MiB, result %d chars, hash %08x, poor persons %s%n", r, (e - s) / 1e9, cpuUsed / 1e9,
          Math.max(peak[0], used()) >> 20, json.length(), json.hashCode(),
          result.years().stream().map(y -> y.year() + ":" + y.poorPersons()).toList());
    }
  }

  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
