package org.jingzhun.benchmarks.prescription;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.household.RigidSpendingKind;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionRules;

/**
 * 处方样本 (prescription cases): a deterministic mix of rural households for the per-household
 * prescription benchmark, generated from a seed, every one a valid {@link Household}.
 *
 * <p>The mix, chosen so that every part of the prescription is exercised: a head and often a
 * spouse (full, partial or no labour capacity; some disabled, chronically or seriously ill),
 * sometimes an elderly parent, 0–3 children of 2–21 whose school stage follows their age (some
 * out of school, some boarding), 95 % of members insured; income from wages, farming less its
 * costs, and transfers, 0–6,000 yuan per person; dwellings of grade A 60 %, B 25 %, C 10 %,
 * D 5 %; 90 % with safe water; 10 % with medical rigid spending; 3 % with no one able to work
 * and only transfers (extreme-poverty support). No household is on the register and none is to
 * be relocated. Synthetic ranges, not policy values.
 */
public final class PrescriptionCases {

  private PrescriptionCases() {}

  /**
   * The first {@code n} generated cases that {@code rules} can prescribe, and how many were
   * skipped because the library refused them ({@link ValidationException}: a parameter their
   * prescription needs is not in force on the rules' date).
   *
   * @param cases the cases kept
   * @param skipped the cases generated and refused
   */
  public record Prescribable(ImmutableList<PrescriptionCase> cases, int skipped) {}

  /**
   * {@code n} cases in {@code village} that {@code rules} (resolved for {@code date}) prescribe
   * without error; see {@link Prescribable}.
   */
  public static Prescribable prescribable(int n, long seed, RegionCode village, LocalDate date, PrescriptionRules rules) {
    SplittableRandom random = new SplittableRandom(seed);
    ImmutableList.Builder<PrescriptionCase> out = ImmutableList.builderWithExpectedSize(n);
    int kept = 0;
    int skipped = 0;
    for (int i = 0; kept < n; i++) {
      PrescriptionCase c = PrescriptionCase.of(household(random, "H" + i, village, date));
      try {
        rules.prescribe(c, Trace.off());
        out.add(c);
        kept++;
      } catch (ValidationException e) {
        skipped++;
      }
    }
    return new Prescribable(out.build(), skipped);
  }

  /** {@code n} cases in {@code village}, ages taken on {@code date}. */
  public static ImmutableList<PrescriptionCase> generate(int n, long seed, RegionCode village, LocalDate date) {
    SplittableRandom random = new SplittableRandom(seed);
    ImmutableList.Builder<PrescriptionCase> out = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      out.add(PrescriptionCase.of(household(random, "H" + i, village, date)));
    }
    return out.build();
  }

  private static Household household(SplittableRandom random, String id, RegionCode village, LocalDate date) {
    boolean extreme = random.nextInt(100) < 3;
    Household.Builder b = Household.builder().id(id).village(village)
        .housing(grade(random.nextInt(100))).safeDrinkingWater(random.nextInt(10) != 0);
    int members = 0;
    b.addMembers(adult(random, "P1", Relationship.HEAD, date, extreme));
    members++;
    if (random.nextInt(100) < 75) {
      b.addMembers(adult(random, "P2", Relationship.SPOUSE, date, extreme));
      members++;
    }
    if (random.nextInt(100) < 30) {
      b.addMembers(person(random, "P3", Relationship.PARENT, date.minusYears(66 + random.nextInt(20)), LabourCapacity.NONE));
      members++;
    }
    int children = extreme ? 0 : random.nextInt(4);
    for (int c = 0; c < children; c++) {
      b.addMembers(child(random, "C" + (c + 1), date));
      members++;
    }
    long perCapita = random.nextLong(0, 600_001);
    long total = perCapita * members;
    if (extreme) {
      b.income(Income.builder().transfers(Money.ofFen(total)).build());
    } else {
      long wages = random.nextLong(0, total + 1);
      long farming = total - wages;
      long costs = random.nextLong(0, farming / 2 + 1);
      b.income(Income.builder().wages(Money.ofFen(wages)).business(Money.ofFen(farming + costs))
          .productionCosts(Money.ofFen(costs)).build());
    }
    if (random.nextInt(10) == 0) {
      b.putRigidSpending(RigidSpendingKind.MEDICAL, Money.ofFen(random.nextLong(100_000, 3_000_000)));
      b.addCauses(PovertyCause.ILLNESS);
    }
    return b.build();
  }

  private static HousingSafetyGrade grade(int percent) {
    return percent < 60 ? HousingSafetyGrade.A : percent < 85 ? HousingSafetyGrade.B
        : percent < 95 ? HousingSafetyGrade.C : HousingSafetyGrade.D;
  }

  private static Person adult(SplittableRandom random, String id, Relationship r, LocalDate date, boolean extreme) {
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

  private static Person child(SplittableRandom random, String id, LocalDate date) {
    int age = 2 + random.nextInt(20);
    Person.Builder p = Person.builder().id(id).relationship(Relationship.CHILD)
        .birthDate(date.minusYears(age).minusDays(random.nextInt(365))).labourCapacity(LabourCapacity.NONE)
        .insured(random.nextInt(20) != 0);
    if (random.nextInt(20) != 0) {
      stage(age).ifPresent(s -> p.schoolStage(s).boarding(random.nextInt(10) < 3));
    }
    return p.build();
  }

  private static java.util.Optional<SchoolStage> stage(int age) {
    if (age < 3) {
      return java.util.Optional.empty();
    } else if (age < 6) {
      return java.util.Optional.of(SchoolStage.PRESCHOOL);
    } else if (age < 12) {
      return java.util.Optional.of(SchoolStage.PRIMARY);
    } else if (age < 15) {
      return java.util.Optional.of(SchoolStage.JUNIOR_MIDDLE);
    } else if (age < 18) {
      return java.util.Optional.of(age % 2 == 0 ? SchoolStage.SENIOR_HIGH : SchoolStage.SECONDARY_VOCATIONAL);
    }
    return java.util.Optional.of(SchoolStage.HIGHER);
  }
}
