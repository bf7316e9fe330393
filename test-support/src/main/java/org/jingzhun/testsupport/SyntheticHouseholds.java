package org.jingzhun.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.household.RigidSpendingKind;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.columnar.PopulationColumns;

/**
 * The synthetic household generator of tests and benchmarks: household {@code i} of a seed is
 * always the same (each is drawn from its own random stream), so a test can regenerate any one
 * household of a population without keeping them all. Households are held village by village,
 * {@value #HOUSEHOLDS_PER_VILLAGE} to a village, the villages taken in turn.
 *
 * <p>What is drawn, so that every rule has work: 1 to 7 members (a head, a spouse in 3 of 4,
 * a parent past working age in 3 of 10, up to three children of 2 to 21 years, most in the
 * school of their age, some boarding); 3 % extreme-poverty households (no one able to work, no
 * livelihood income); per-capita net income 0 to 6,000 yuan, with 2 % net losses; 10 % with a
 * disability of grade 1–4, 5 % with a serious illness; dwellings of grade A to D; 1 in 10 without
 * safe water, 1 in 20 members uninsured; causes of poverty; a third registered (poor or exited,
 * in any category); rigid medical spending in 1 of 10.
 */
public final class SyntheticHouseholds {
  /** Households of one village before the next village's. */
  public static final int HOUSEHOLDS_PER_VILLAGE = 300;

  /**
   * Sixteen villages of Bazhong's five counties whose rules the shipped policy book resolves on
   * {@link #DATE}.
   */
  public static final List<RegionCode> BAZHONG_VILLAGES = List.of("511902101201", "511902101202", "511902102203",
      "511902103204", "511903100201", "511903101202", "511903102203", "511921100201", "511921101202", "511921102203",
      "511922100201", "511922101202", "511922102203", "511923100201", "511923101202", "511923102203").stream()
      .map(RegionCode::of).toList();

  /** The date the benchmarks have used since their first runs: 2015-12-01. */
  public static final LocalDate DATE = LocalDate.of(2015, 12, 1);

  private static final PovertyCause[] CAUSES = PovertyCause.values();
  private static final PovertyCategory[] CATEGORIES = PovertyCategory.values();
  private static final long GOLDEN = 0x9E37_79B9_7F4A_7C15L;

  private final long seed;
  private final List<RegionCode> villages;
  private final LocalDate date;

  private SyntheticHouseholds(long seed, List<RegionCode> villages, LocalDate date) {
    this.seed = seed;
    this.villages = List.copyOf(villages);
    this.date = Objects.requireNonNull(date, "date");
    if (this.villages.isEmpty()) {
      throw new IllegalArgumentException("at least one village is needed");
    }
  }

  /**
   * {@return the generator of {@code seed}, its households living in {@code villages}, their ages
   * counted on {@code date}}
   *
   * @param seed the seed; the same seed gives the same households
   * @param villages the villages, taken in turn
   * @param date the day ages are counted on
   */
  public static SyntheticHouseholds of(long seed, List<RegionCode> villages, LocalDate date) {
    return new SyntheticHouseholds(seed, villages, date);
  }

  /** {@return the generator of {@code seed} in {@link #BAZHONG_VILLAGES} on {@link #DATE}} @param seed the seed */
  public static SyntheticHouseholds bazhong(long seed) {
    return of(seed, BAZHONG_VILLAGES, DATE);
  }

  /** {@return the first {@code n} households in columns} @param n how many */
  public PopulationColumns columns(int n) {
    PopulationColumns.Builder b = PopulationColumns.builder();
    for (int i = 0; i < n; i++) {
      b.add(household(i));
    }
    return b.build();
  }

  /** {@return household {@code i}, always the same for the same seed} @param i its index, from 0 */
  public Household household(int i) {
    SplittableRandom random = new SplittableRandom(seed + GOLDEN * (i + 1L));
    RegionCode village = villages.get(i / HOUSEHOLDS_PER_VILLAGE % villages.size());
    boolean extreme = random.nextInt(100) < 3;
    Household.Builder b = Household.builder().id("H" + i).village(village)
        .housing(grade(random.nextInt(100))).safeDrinkingWater(random.nextInt(10) != 0);
    int members = addMembers(b, random, extreme);
    b.income(income(random, members, extreme));
    if (random.nextInt(10) == 0) {
      b.putRigidSpending(RigidSpendingKind.MEDICAL, Money.ofFen(random.nextLong(100_000, 3_000_000)));
    }
    for (PovertyCause c : CAUSES) {
      if (random.nextInt(8) == 0) {
        b.addCauses(c);
      }
    }
    if (random.nextInt(3) == 0) {
      b.registration(RegistrationRecord.builder().category(CATEGORIES[random.nextInt(CATEGORIES.length)])
          .status(random.nextInt(3) == 0 ? RegistrationStatus.EXITED : RegistrationStatus.POOR).year(2014).build());
    }
    return b.build();
  }

  private int addMembers(Household.Builder b, SplittableRandom random, boolean extreme) {
    int members = 1;
    b.addMembers(adult(random, "P1", Relationship.HEAD, extreme));
    if (random.nextInt(100) < 75) {
      b.addMembers(adult(random, "P2", Relationship.SPOUSE, extreme));
      members++;
    }
    if (random.nextInt(100) < 30) {
      b.addMembers(person(random, "P3", Relationship.PARENT, date.minusYears(66 + random.nextInt(20)), LabourCapacity.NONE));
      members++;
    }
    int children = extreme ? 0 : random.nextInt(4);
    for (int c = 0; c < children; c++) {
      b.addMembers(child(random, "C" + (c + 1)));
      members++;
    }
    return members;
  }

  private static Income income(SplittableRandom random, int members, boolean extreme) {
    long total = random.nextLong(0, 600_001) * members;
    if (extreme) {
      return Income.builder().transfers(Money.ofFen(total)).build();
    }
    if (random.nextInt(50) == 0) {
      // a net loss: production costs above the farm's takings
      return Income.builder().business(Money.ofFen(total)).productionCosts(Money.ofFen(total + random.nextLong(1, 500_000))).build();
    }
    long wages = random.nextLong(0, total + 1);
    long farming = total - wages;
    long costs = random.nextLong(0, farming / 2 + 1);
    return Income.builder().wages(Money.ofFen(wages)).business(Money.ofFen(farming + costs))
        .productionCosts(Money.ofFen(costs)).build();
  }

  private static HousingSafetyGrade grade(int percent) {
    return percent < 60 ? HousingSafetyGrade.A : percent < 85 ? HousingSafetyGrade.B
        : percent < 95 ? HousingSafetyGrade.C : HousingSafetyGrade.D;
  }

  private Person adult(SplittableRandom random, String id, Relationship r, boolean extreme) {
    int labour = random.nextInt(10);
    LabourCapacity capacity = extreme || labour == 0 ? LabourCapacity.NONE
        : labour < 3 ? LabourCapacity.PARTIAL : LabourCapacity.FULL;
    return person(random, id, r, date.minusYears(25 + random.nextInt(35)).minusDays(random.nextInt(365)), capacity);
  }

  private static Person person(SplittableRandom random, String id, Relationship r, LocalDate born, LabourCapacity labour) {
    Person.Builder p = Person.builder().id(id).relationship(r).birthDate(born).labourCapacity(labour)
        .insured(random.nextInt(20) != 0);
    if (random.nextInt(10) == 0) {
      p.disabilityGrade(1 + random.nextInt(4));
    }
    int health = random.nextInt(20);
    p.health(health == 0 ? HealthCondition.SERIOUS_ILLNESS : health < 3 ? HealthCondition.CHRONIC_ILLNESS
        : HealthCondition.HEALTHY);
    return p.build();
  }

  private Person child(SplittableRandom random, String id) {
    int age = 2 + random.nextInt(20);
    Person.Builder p = Person.builder().id(id).relationship(Relationship.CHILD)
        .birthDate(date.minusYears(age).minusDays(random.nextInt(365))).labourCapacity(LabourCapacity.NONE)
        .insured(random.nextInt(20) != 0);
    if (random.nextInt(20) != 0) {
      stage(age).ifPresent(s -> p.schoolStage(s).boarding(random.nextInt(10) < 3));
    }
    return p.build();
  }

  private static Optional<SchoolStage> stage(int age) {
    if (age < 3) {
      return Optional.empty();
    } else if (age < 6) {
      return Optional.of(SchoolStage.PRESCHOOL);
    } else if (age < 12) {
      return Optional.of(SchoolStage.PRIMARY);
    } else if (age < 15) {
      return Optional.of(SchoolStage.JUNIOR_MIDDLE);
    } else if (age < 18) {
      return Optional.of(age % 2 == 0 ? SchoolStage.SENIOR_HIGH : SchoolStage.SECONDARY_VOCATIONAL);
    }
    return Optional.of(SchoolStage.HIGHER);
  }
}
