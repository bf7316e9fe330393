package org.jingzhun.examples.district;

import org.jingzhun.core.place.County;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.target.Targets;

/**
 * 演示区 — the synthetic demonstration district: SYNTHETIC DATA, generated from a seed, shaped on
 * Bazhou District's published figures but describing no real place or person. Its county (with
 * townships and villages and their registered populations), its households and members, its
 * campaign plan (project library and funding sources) and its yearly targets.
 *
 * @param seed the seed it was generated from; the same seed and size give the same district
 * @param county the county, townships and villages (synthetic names, codes under 511902)
 * @param population the households and members, registered poor marked as of the registration year
 * @param plan the project library and funding sources over the plan's years
 * @param targets villages delisted and persons lifted out each year
 * @param registeredPoorPersons members of registered poor households at registration
 * @param poorVillages the number of registered poor villages
 */
public record DemonstrationDistrict(
    long seed, County county, Population population, Plan plan, Targets targets, long registeredPoorPersons, int poorVillages) {

  /** The label every output made from it carries. */
  public static final String SYNTHETIC = "合成数据（演示用，非真实地区或人员）/ SYNTHETIC DATA (demonstration; no real place or person)";

  /** 贫困发生率 — registered poor persons per registered person, in per mille, rounded down. */
  public long incidencePerMille() {
    return registeredPoorPersons * 1000 / population.memberTotal();
  }
}
