package org.jingzhun.eligibility.columnar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;

/**
 * A small population that reaches every fact the columns keep and every rule the prescription
 * runs, for tests inside this module: three villages of Bazhong (two counties), 1 to 5 members of
 * every relationship, labour, health, disability grade and school stage (some boarding, some
 * uninsured), per-capita incomes from a net loss to 6,000 yuan around the line (2,800) and the
 * dibao standard (190 a month), incomes with and without wages, every housing grade, water or
 * not, causes of poverty, and registrations of every category, poor or exited. Household
 * {@code i} of a seed is always the same.
 */
final class VariedPopulation {
  /** Villages whose rules the shipped book resolves on {@link #DATE}: two of Bazhou, one of Nanjiang. */
  static final List<RegionCode> VILLAGES = List.of(RegionCode.of("511902101201"), RegionCode.of("511902101202"),
      RegionCode.of("511922100201"));
  /** Late 2015: the line of 2014 (2,800), Sichuan dibao 190 a month, the batches table in force. */
  static final LocalDate DATE = LocalDate.of(2015, 12, 1);

  private static final Relationship[] RELATIONSHIPS = Relationship.values();
  private static final LabourCapacity[] LABOURS = LabourCapacity.values();
  private static final HealthCondition[] HEALTHS = HealthCondition.values();
  private static final SchoolStage[] STAGES = SchoolStage.values();
  private static final HousingSafetyGrade[] GRADES = HousingSafetyGrade.values();
  private static final PovertyCause[] CAUSES = PovertyCause.values();
  private static final PovertyCategory[] CATEGORIES = PovertyCategory.values();
  /** Per-capita yearly incomes in yuan: around the dibao standard (2,280) and the line (2,800). */
  private static final long[] PER_CAPITA_YUAN = {0, 500, 1_500, 2_279, 2_280, 2_281, 2_799, 2_800, 2_801, 4_000, 6_000};

  private VariedPopulation() {}

  /** {@return the first {@code n} households of {@code seed}} @param seed the seed @param n how many */
  static List<Household> of(long seed, int n) {
    List<Household> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      all.add(household(seed, i));
    }
    return all;
  }

  /** {@return household {@code i} of {@code seed}} @param seed the seed @param i its index */
  static Household household(long seed, int i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    int members = 1 + r.nextInt(5);
    Household.Builder b = Household.builder().id("V" + i).village(VILLAGES.get(i % VILLAGES.size()))
        .housing(GRADES[r.nextInt(GRADES.length)]).safeDrinkingWater(r.nextInt(4) != 0)
        .income(income(r, members));
    for (int m = 0; m < members; m++) {
      b.addMembers(person(r, m));
    }
    for (PovertyCause c : CAUSES) {
      if (r.nextInt(5) == 0) {
        b.addCauses(c);
      }
    }
    if (r.nextInt(2) == 0) {
      b.registration(RegistrationRecord.builder().category(CATEGORIES[r.nextInt(CATEGORIES.length)])
          .status(r.nextInt(3) == 0 ? RegistrationStatus.EXITED : RegistrationStatus.POOR).year(2014).build());
    }
    return b.build();
  }

  private static Income income(SplittableRandom r, int members) {
    long total = PER_CAPITA_YUAN[r.nextInt(PER_CAPITA_YUAN.length)] * 100 * members + r.nextInt(3) - 1;
    return switch (r.nextInt(4)) {
      // a net loss: costs above the takings
      case 0 -> Income.builder().business(Money.ofFen(Math.max(total, 0)))
          .productionCosts(Money.ofFen(Math.max(total, 0) + 1 + r.nextInt(100_000))).build();
      // no livelihood income: transfers only
      case 1 -> Income.builder().transfers(Money.ofFen(Math.max(total, 0))).build();
      default -> Income.builder().wages(Money.ofFen(Math.max(total, 0))).build();
    };
  }

  private static Person person(SplittableRandom r, int m) {
    boolean child = m >= 2 && r.nextBoolean();
    int age = child ? 2 + r.nextInt(20) : 20 + r.nextInt(70);
    Person.Builder p = Person.builder().id("P" + m).birthDate(DATE.minusYears(age).minusDays(r.nextInt(365)))
        .relationship(m == 0 ? Relationship.HEAD : RELATIONSHIPS[1 + r.nextInt(RELATIONSHIPS.length - 1)])
        .labourCapacity(LABOURS[r.nextInt(LABOURS.length)]).health(HEALTHS[r.nextInt(HEALTHS.length)])
        .insured(r.nextInt(6) != 0);
    if (r.nextInt(4) == 0) {
      p.disabilityGrade(1 + r.nextInt(4));
    }
    if (child || r.nextInt(8) == 0) {
      p.schoolStage(STAGES[r.nextInt(STAGES.length)]).boarding(r.nextInt(3) == 0);
    }
    return p.build();
  }
}
