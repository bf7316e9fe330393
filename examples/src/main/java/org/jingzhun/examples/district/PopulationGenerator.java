package org.jingzhun.examples.district;

import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.planning.population.IncomeColumn;
import org.jingzhun.planning.population.Population;

/**
 * 合成人口 — writes synthetic households and their members straight into the columnar
 * {@link Population}, one household at a time, without building household records, so that
 * millions fit. Ages are on the registration year's last day; incomes are drawn per capita in
 * whole yuan and split by source in fen with integer shares. Every share and bound comes from
 * {@link DistrictAssumptions}.
 */
final class PopulationGenerator {
  private static final int YEAR_DAYS = 365;
  private static final int PER_MILLE = 1000;
  private static final int FEN = 100;

  private final DistrictAssumptions a;
  private final Population population;
  private final long referenceDay;
  private final int registrationYear;
  private final Map<String, Integer> sizeWeights;
  private final Map<String, Integer> causeWeights;
  private final Map<String, Integer> perMille = new java.util.HashMap<>();

  PopulationGenerator(DistrictAssumptions a, Population population) {
    this.a = a;
    this.population = population;
    this.registrationYear = a.integer("district/registrationYear");
    this.referenceDay = LocalDate.of(registrationYear, 12, 31).toEpochDay();
    this.sizeWeights = a.weights("households/sizeWeights");
    this.causeWeights = a.weights("causes");
  }

  /**
   * Appends one household to village {@code villageIndex}.
   *
   * @return its size, negative when it is registered poor (−size)
   */
  int append(int villageIndex, boolean poorVillage, SplittableRandom r) {
    int size = Integer.parseInt(DistrictAssumptions.draw(r, sizeWeights));
    boolean poor = chance(r, poorVillage ? "households/poorPerMille/poorVillage" : "households/poorPerMille/otherVillage");
    String group = poor ? "poor" : "other";
    int h = population.appendHousehold(villageIndex);
    int headAge = size == 1 ? 45 + r.nextInt(45) : 25 + r.nextInt(50);
    boolean anyWorker = false;
    boolean seriouslyIll = false;
    boolean severelyDisabled = false;
    for (int i = 0; i < size; i++) {
      Relationship rel;
      int age;
      if (i == 0) {
        rel = Relationship.HEAD;
        age = headAge;
      } else if (i == 1) {
        rel = Relationship.SPOUSE;
        age = Math.max(18, headAge - 3 + r.nextInt(7));
      } else if (i == size - 1 && headAge < 55 && r.nextInt(3) == 0) {
        rel = Relationship.PARENT;
        age = Math.min(95, headAge + 22 + r.nextInt(10));
      } else {
        rel = Relationship.CHILD;
        age = r.nextInt(Math.max(1, Math.min(23, headAge - 19)));
      }
      int disability = chance(r, "members/disabilityPerMille/" + group) ? 1 + r.nextInt(4) : 0;
      HealthCondition health = chance(r, "members/seriousIllnessPerMille/" + group) ? HealthCondition.SERIOUS_ILLNESS
          : chance(r, "members/chronicIllnessPerMille/" + group) ? HealthCondition.CHRONIC_ILLNESS : HealthCondition.HEALTHY;
      SchoolStage stage = stage(age, r);
      LabourCapacity labour = labour(age, disability, health, stage != null);
      int m = population.addMember((int) (referenceDay - (long) age * YEAR_DAYS - r.nextInt(YEAR_DAYS)), rel, labour);
      population.setDisabilityGrade(m, disability);
      population.setHealth(m, health);
      population.setInsured(m, chance(r, "members/insuredPerMille"));
      if (stage != null) {
        population.setSchool(m, stage, boards(stage, r));
      }
      anyWorker |= labour != LabourCapacity.NONE;
      seriouslyIll |= health == HealthCondition.SERIOUS_ILLNESS;
      severelyDisabled |= disability == 1 || disability == 2;
    }
    setIncome(h, size, poor, r);
    setHousing(h, group, r);
    if (poor) {
      register(h, anyWorker, seriouslyIll, severelyDisabled, r);
    }
    return poor ? -size : size;
  }

  /** The school stage of a member aged {@code age}, or null when not in school. */
  private SchoolStage stage(int age, SplittableRandom r) {
    SchoolStage stage = null;
    if (age >= 3 && age <= 5) {
      stage = r.nextBoolean() ? SchoolStage.PRESCHOOL : null;
    } else if (age >= 6 && age <= 11) {
      stage = SchoolStage.PRIMARY;
    } else if (age >= 12 && age <= 14) {
      stage = SchoolStage.JUNIOR_MIDDLE;
    } else if (age >= 15 && age <= 17) {
      int draw = r.nextInt(PER_MILLE);
      int high = share("members/seniorHighPerMille");
      stage = draw < high ? SchoolStage.SENIOR_HIGH
          : draw < high + share("members/vocationalPerMille") ? SchoolStage.SECONDARY_VOCATIONAL : null;
    } else if (age >= 18 && age <= 21) {
      stage = chance(r, "members/higherPerMille") ? SchoolStage.HIGHER : null;
    }
    return stage;
  }

  private boolean boards(SchoolStage stage, SplittableRandom r) {
    return stage == SchoolStage.PRIMARY ? chance(r, "members/boardingPerMille/primary")
        : stage == SchoolStage.JUNIOR_MIDDLE && chance(r, "members/boardingPerMille/juniorMiddle");
  }

  /** The whole number at {@code path} (a per-mille share or a bound in yuan), read once. */
  private int share(String path) {
    Integer v = perMille.get(path);
    if (v == null) {
      v = a.integer(path);
      perMille.put(path, v);
    }
    return v;
  }

  private long between(SplittableRandom r, String path) {
    return r.nextLong(share(path + "/0"), share(path + "/1") + 1L);
  }

  private boolean chance(SplittableRandom r, String path) {
    return DistrictAssumptions.chance(r, share(path));
  }

  static LabourCapacity labour(int age, int disability, HealthCondition health, boolean inSchool) {
    if (age < 16 || inSchool || disability == 1 || disability == 2 || age >= 70) {
      return LabourCapacity.NONE;
    }
    if (disability > 0 || health == HealthCondition.SERIOUS_ILLNESS || age >= 60) {
      return LabourCapacity.PARTIAL;
    }
    return LabourCapacity.FULL;
  }

  private void setIncome(int h, int size, boolean poor, SplittableRandom r) {
    long perCapita;
    if (poor) {
      perCapita = between(r, "households/poorIncome");
    } else {
      long third = share("households/otherIncome/spread") / 3;
      perCapita = share("households/otherIncome/lower") + r.nextLong(third + 1) + r.nextLong(third + 1) + r.nextLong(third + 1);
    }
    long net = perCapita * size * FEN;
    long wages = net * share("households/incomeSourcesPerMille/wages") / PER_MILLE;
    long property = net * share("households/incomeSourcesPerMille/property") / PER_MILLE;
    long transfers = net * share("households/incomeSourcesPerMille/transfers") / PER_MILLE;
    long businessNet = net - wages - property - transfers;
    long costs = businessNet * share("households/productionCostsPerMilleOfBusiness") / PER_MILLE;
    population.setIncome(h, IncomeColumn.WAGES, wages);
    population.setIncome(h, IncomeColumn.PROPERTY, property);
    population.setIncome(h, IncomeColumn.TRANSFERS, transfers);
    // gross business income less production costs gives back the business part of net income
    population.setIncome(h, IncomeColumn.BUSINESS, businessNet + costs);
    population.setIncome(h, IncomeColumn.PRODUCTION_COSTS, costs);
  }

  private void setHousing(int h, String group, SplittableRandom r) {
    int draw = r.nextInt(PER_MILLE);
    int c = share("households/housing/" + group + "/C");
    int d = share("households/housing/" + group + "/D");
    HousingSafetyGrade grade = draw < d ? HousingSafetyGrade.D : draw < d + c ? HousingSafetyGrade.C
        : r.nextBoolean() ? HousingSafetyGrade.A : HousingSafetyGrade.B;
    population.setHousing(h, grade);
    population.setSafeDrinkingWater(h, !chance(r, "households/unsafeWaterPerMille/" + group));
  }

  private void register(int h, boolean anyWorker, boolean seriouslyIll, boolean severelyDisabled, SplittableRandom r) {
    PovertyCategory category = !anyWorker ? PovertyCategory.EXTREME_POVERTY_SUPPORT
        : chance(r, "households/dibaoCategoryPerMille") ? PovertyCategory.DIBAO : PovertyCategory.GENERAL;
    population.setRegistration(h, category, RegistrationStatus.POOR, registrationYear);
    population.setCause(h, PovertyCause.valueOf(DistrictAssumptions.draw(r, causeWeights)), true);
    population.setCause(h, PovertyCause.ILLNESS, seriouslyIll || population.hasCause(h, PovertyCause.ILLNESS));
    population.setCause(h, PovertyCause.DISABILITY, severelyDisabled || population.hasCause(h, PovertyCause.DISABILITY));
    population.setCause(h, PovertyCause.LACK_OF_LABOUR, !anyWorker || population.hasCause(h, PovertyCause.LACK_OF_LABOUR));
  }
}
