package org.jingzhun.benchmarks.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.planning.population.IncomeColumn;
import org.jingzhun.planning.population.Population;

/**
 * 人口内存 (memory of a simulation population): builds {@code planning}'s columnar
 * {@link Population} of {@code n} households (default 10^6) and reports its size per household
 * two ways:
 * <ul>
 *   <li>{@link Population#footprintBytes()} after {@link Population#trimToSize()}: the arrays'
 *       element bytes as the population counts them (no array headers, no village list);
 *   <li>the heap: used heap ({@link MemoryMXBean#getHeapMemoryUsage()}) after {@code System.gc()}
 *       with the population built and trimmed, minus the same before it was built, with the
 *       population held live across the second collection.
 * </ul>
 * Run it in a fresh JVM ({@code java -cp benchmarks/target/benchmarks.jar
 * org.jingzhun.benchmarks.memory.PopulationFootprint [n]}); not a JMH benchmark.
 *
 * <p>The households: 2–5 members on average 3.5 (head, spouse, children, a parent), one village
 * of Bazhou per 300 households, wages, farming income and its costs, transfers; housing grades, safe water,
 * 30 % on the register with causes; members with birth dates, disability, health, labour, school
 * stage, insurance. Appended directly, so no ids are stored (see {@code Population}).
 */
public final class PopulationFootprint {

  private static final int HOUSEHOLDS_PER_VILLAGE = 300;

  private PopulationFootprint() {}

  /** Builds the population and prints the figures. */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    Population population = build(n, 20_200_101L);
    population.trimToSize();
    long after = usedAfterGc(memory);
    long heap = after - before;
    System.out.printf("households            %,d%n", population.size());
    System.out.printf("members               %,d (%.2f per household)%n", population.memberTotal(),
        (double) population.memberTotal() / population.size());
    System.out.printf("villages              %,d%n", population.villageCount());
    System.out.printf("footprintBytes()      %,d bytes = %.1f bytes per household%n",
        population.footprintBytes(), (double) population.footprintBytes() / population.size());
    System.out.printf("heap after GC, diff   %,d bytes = %.1f bytes per household%n", heap, (double) heap / population.size());
    System.out.printf("JVM                   %s %s, max heap %,d MB%n", System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20);
    java.lang.ref.Reference.reachabilityFence(population);
  }

  static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** {@code n} households from {@code seed}. */
  public static Population build(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Population p = Population.create();
    int epoch2020 = (int) LocalDate.of(2020, 1, 1).toEpochDay();
    for (int h = 0; h < n; h++) {
      int village = h / HOUSEHOLDS_PER_VILLAGE;
      int index = p.addVillage(RegionCode.of(String.format("511902%03d%03d", 100 + village / 800, 100 + village % 800)));
      p.appendHousehold(index);
      int head = p.addMember(epoch2020 - 365 * (25 + random.nextInt(40)), Relationship.HEAD, labour(random));
      p.setInsured(head, random.nextInt(20) != 0);
      int members = 2 + random.nextInt(4); // 2–5, mean 3.5
      for (int m = 1; m < members; m++) {
        Relationship r = m == 1 ? Relationship.SPOUSE : m == 4 ? Relationship.PARENT : Relationship.CHILD;
        int age = r == Relationship.CHILD ? random.nextInt(20) : r == Relationship.PARENT ? 65 + random.nextInt(20)
            : 25 + random.nextInt(40);
        int member = p.addMember(epoch2020 - 365 * age - random.nextInt(365), r,
            r == Relationship.CHILD ? LabourCapacity.NONE : labour(random));
        p.setInsured(member, random.nextInt(20) != 0);
        if (r == Relationship.CHILD && age >= 6 && age < 15) {
          p.setSchool(member, age < 12 ? SchoolStage.PRIMARY : SchoolStage.JUNIOR_MIDDLE, random.nextInt(10) < 3);
        }
        if (random.nextInt(10) == 0) {
          p.setDisabilityGrade(member, 1 + random.nextInt(4));
        }
        if (random.nextInt(20) == 0) {
          p.setHealth(member, HealthCondition.SERIOUS_ILLNESS);
        }
      }
      long wages = random.nextLong(0, 2_000_000);
      long business = random.nextLong(0, 1_500_000);
      p.setIncome(h, IncomeColumn.WAGES, wages);
      p.setIncome(h, IncomeColumn.BUSINESS, business);
      p.setIncome(h, IncomeColumn.PRODUCTION_COSTS, random.nextLong(0, business / 2 + 1));
      p.setIncome(h, IncomeColumn.TRANSFERS, random.nextLong(0, 300_000));
      p.setHousing(h, HousingSafetyGrade.values()[random.nextInt(4)]);
      p.setSafeDrinkingWater(h, random.nextInt(10) != 0);
      if (random.nextInt(10) < 3) {
        p.setRegistration(h, PovertyCategory.values()[random.nextInt(3)], RegistrationStatus.POOR, 2014 + random.nextInt(4));
        p.setCause(h, PovertyCause.values()[random.nextInt(PovertyCause.values().length)], true);
      }
    }
    return p;
  }

  private static LabourCapacity labour(SplittableRandom random) {
    int r = random.nextInt(10);
    return r < 7 ? LabourCapacity.FULL : r < 9 ? LabourCapacity.PARTIAL : LabourCapacity.NONE;
  }
}
