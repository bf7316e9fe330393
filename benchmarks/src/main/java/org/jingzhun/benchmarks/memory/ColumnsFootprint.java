package org.jingzhun.benchmarks.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.jingzhun.eligibility.columnar.PopulationColumns;
import org.jingzhun.testsupport.SyntheticHouseholds;

/**
 * 列式人口内存 (memory of the prescription's columnar population): builds
 * {@code eligibility}'s {@link PopulationColumns} of {@code n} households (default 10^6) from the
 * test-support generator and reports its size per household as {@link PopulationFootprint} does
 * for planning's population: {@link PopulationColumns#footprintBytes()}, and used heap after GC
 * with the columns built minus the same before. Run it in a fresh JVM ({@code java -cp
 * benchmarks/target/benchmarks.jar org.jingzhun.benchmarks.memory.ColumnsFootprint [n]}).
 */
public final class ColumnsFootprint {

  private ColumnsFootprint() {}

  /** Builds the columns and prints the figures. */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = PopulationFootprint.usedAfterGc(memory);
    PopulationColumns columns = SyntheticHouseholds.bazhong(20_151_201L).columns(n);
    long after = PopulationFootprint.usedAfterGc(memory);
    long heap = after - before;
    System.out.printf("households            %,d%n", columns.size());
    System.out.printf("members               %,d (%.2f per household)%n", columns.memberTotal(),
        (double) columns.memberTotal() / columns.size());
    System.out.printf("villages              %,d%n", columns.villages().size());
    System.out.printf("footprintBytes()      %,d bytes = %.1f bytes per household%n",
        columns.footprintBytes(), (double) columns.footprintBytes() / columns.size());
    System.out.printf("heap after GC, diff   %,d bytes = %.1f bytes per household%n", heap, (double) heap / columns.size());
    System.out.printf("JVM                   %s %s, max heap %,d MB%n", System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20);
    java.lang.ref.Reference.reachabilityFence(columns);
  }
}
