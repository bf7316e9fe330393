package org.jingzhun.examples.district;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.place.County;
import org.jingzhun.core.place.Township;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.planning.population.Population;

/**
 * 演示区生成器 — generates the {@link DemonstrationDistrict} deterministically from a seed: the
 * same seed and number of households give the same district, bit for bit. SYNTHETIC DATA shaped
 * on Bazhou District (tens of townships, hundreds of villages, a registered poor incidence
 * near 12 % in 2014); every figure comes from {@code district-assumptions.yaml}.
 *
 * <p>Households are written straight into the columnar {@link Population}, so ten million fit
 * in a few gigabytes of heap; villages keep the district's number, so a large run makes large
 * villages.
 */
public final class DistrictGenerator {
  private static final int TOWNSHIP_CODE_BASE = 100;
  private static final int VILLAGE_CODE_BASE = 200;

  private final DistrictAssumptions a;

  private DistrictGenerator(DistrictAssumptions a) {
    this.a = a;
  }

  /** The generator with the shipped assumptions. */
  public static DistrictGenerator shipped() {
    return new DistrictGenerator(DistrictAssumptions.shipped());
  }

  /** The district's default number of households (the assumptions' figure). */
  public int defaultHouseholds() {
    return a.integer("district/households");
  }

  /** The district of the default size from {@code seed}. */
  public DemonstrationDistrict generate(long seed) {
    return generate(seed, defaultHouseholds());
  }

  /**
   * The district of {@code households} households from {@code seed}.
   *
   * @throws IllegalArgumentException if {@code households} is below the number of villages
   */
  public DemonstrationDistrict generate(long seed, int households) {
    return generate(seed, households, defaultCounty());
  }

  /** The county code the district is generated under unless another is asked (511902). */
  public RegionCode defaultCounty() {
    return RegionCode.of(a.text("district/code"));
  }

  /**
   * The district of {@code households} households from {@code seed}, its townships and villages
   * coded under {@code countyCode} (a six-digit county code); the same seed and size give the
   * same households whatever the code.
   *
   * @throws IllegalArgumentException if {@code households} is below the number of villages
   */
  public DemonstrationDistrict generate(long seed, int households, RegionCode countyCode) {
    SplittableRandom r = new SplittableRandom(seed);
    int townships = a.integer("district/townships");
    List<RegionCode> villageCodes = new ArrayList<>();
    List<Boolean> poorVillage = new ArrayList<>();
    for (int t = 1; t <= townships; t++) {
      int villages = (int) a.between(r, "district/villagesPerTownship");
      for (int v = 1; v <= villages; v++) {
        villageCodes.add(RegionCode.of(countyCode + String.valueOf(TOWNSHIP_CODE_BASE + t) + (VILLAGE_CODE_BASE + v)));
        poorVillage.add(a.chance(r, "district/poorVillagesPerMille"));
      }
    }
    checkArgument(households >= villageCodes.size(), "at least %s households, one a village, but was %s", villageCodes.size(), households);
    Population population = Population.withCapacity(households, households * 4);
    villageCodes.forEach(population::addVillage);
    PopulationGenerator people = new PopulationGenerator(a, population);
    long[] persons = new long[villageCodes.size()];
    long poorPersons = 0;
    for (int h = 0; h < households; h++) {
      // households spread evenly over villages, each village's in one run
      int vi = (int) ((long) h * villageCodes.size() / households);
      int size = people.append(vi, poorVillage.get(vi), r);
      persons[vi] += Math.abs(size);
      poorPersons += size < 0 ? -size : 0;
    }
    population.trimToSize();
    County county = county(countyCode, villageCodes, poorVillage, persons, r);
    PlanGenerator plans = new PlanGenerator(a);
    int poorVillages = (int) poorVillage.stream().filter(p -> p).count();
    return new DemonstrationDistrict(seed, county, population, plans.plan(county, r),
        plans.targets(poorVillages, poorPersons, households), poorPersons, poorVillages);
  }

  private County county(RegionCode code, List<RegionCode> villages, List<Boolean> poor, long[] persons, SplittableRandom r) {
    County.Builder county = County.builder().code(code).name(a.text("district/name"));
    Township.Builder township = null;
    RegionCode current = null;
    for (int i = 0; i < villages.size(); i++) {
      RegionCode v = villages.get(i);
      RegionCode t = v.parent();
      if (!t.equals(current)) {
        if (township != null) {
          county.addTownships(township.build());
        }
        current = t;
        township = Township.builder().code(t).name("演示乡" + t.toString().substring(6) + "（合成）");
      }
      township.addVillages(village(v, poor.get(i), persons[i], r));
    }
    county.addTownships(township.build());
    return county.build();
  }

  private Village village(RegionCode code, boolean poor, long persons, SplittableRandom r) {
    String facilities = "villages/poorVillageFacilitiesPerMille/";
    return Village.builder().code(code).name("演示村" + code.toString().substring(6) + "（合成）")
        .registeredPopulation((int) Math.max(1, persons)).poorVillage(poor)
        .collectiveIncome(Money.ofYuan(String.valueOf(a.between(r, poor ? "villages/collectiveIncome/poorVillage" : "villages/collectiveIncome/otherVillage"))))
        .hardenedRoad(!poor || a.chance(r, facilities + "hardenedRoad"))
        .electricity(!poor || a.chance(r, facilities + "electricity"))
        .safeWater(!poor || a.chance(r, facilities + "safeWater"))
        .clinic(!poor || a.chance(r, facilities + "clinic"))
        .broadband(!poor || a.chance(r, facilities + "broadband"))
        .build();
  }
}
