package org.jingzhun.planning.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.region.RegionLevel;

/**
 * 绩效汇总 — a village's or a township's households' assessments added up: counts, exact shares and
 * net income before and after, to the fen.
 *
 * @param area the village or township
 * @param households the households assessed
 * @param out the households assessed as out of poverty
 * @param guaranteesMet the households that met every criterion other than income ({@link HouseholdAssessment#guaranteesMet()})
 * @param measuresPrescribed the measures prescribed to them
 * @param measuresDelivered of those, the measures delivered
 * @param labourers their labourers
 * @param skilledLabourers of those, the labourers with a practical skill
 * @param netIncomeBefore their net income at the start of the year, summed
 * @param netIncomeAfter their net income at the end of the year, summed
 */
public record AssessmentRollUp(RegionCode area, long households, long out, long guaranteesMet, long measuresPrescribed,
    long measuresDelivered, long labourers, long skilledLabourers, Money netIncomeBefore, Money netIncomeAfter) {

  /** {@return the share of households assessed as out} */
  public Proportion outShare() {
    return new Proportion(out, households);
  }

  /** {@return the share of households that met every criterion other than income} */
  public Proportion guaranteesShare() {
    return new Proportion(guaranteesMet, households);
  }

  /** {@return the change in net income over the year, summed: after − before} */
  public Money netIncomeChange() {
    return netIncomeAfter.minus(netIncomeBefore);
  }

  /** {@return the share of prescribed measures delivered} */
  public Proportion deliveredShare() {
    return new Proportion(measuresDelivered, measuresPrescribed);
  }

  /** {@return the share of labourers with a practical skill} */
  public Proportion skilledShare() {
    return new Proportion(skilledLabourers, labourers);
  }

  /**
   * {@return the roll-up of {@code assessments} as one area}
   *
   * @param area the area they belong to
   * @param assessments the households' assessments
   */
  public static AssessmentRollUp of(RegionCode area, Collection<HouseholdAssessment> assessments) {
    long out = 0;
    long guarantees = 0;
    long prescribed = 0;
    long delivered = 0;
    long labourers = 0;
    long skilled = 0;
    Money before = Money.ZERO;
    Money after = Money.ZERO;
    for (HouseholdAssessment a : assessments) {
      out += a.out() ? 1 : 0;
      guarantees += a.guaranteesMet() ? 1 : 0;
      prescribed += a.measures().size();
      delivered += a.measuresDelivered();
      labourers += a.labourers();
      skilled += a.skilledLabourers();
      before = before.plus(a.netIncomeBefore());
      after = after.plus(a.netIncomeAfter());
    }
    return new AssessmentRollUp(area, assessments.size(), out, guarantees, prescribed, delivered, labourers, skilled, before, after);
  }

  /** The villages' roll-ups, then the townships', each in code order. */
  static List<AssessmentRollUp> byVillageAndTownship(Collection<HouseholdAssessment> assessments) {
    List<AssessmentRollUp> out = new ArrayList<>(grouped(assessments, HouseholdAssessment::village));
    out.addAll(grouped(assessments, a -> a.village().at(RegionLevel.TOWNSHIP)));
    return out;
  }

  private static List<AssessmentRollUp> grouped(Collection<HouseholdAssessment> assessments,
      Function<HouseholdAssessment, RegionCode> area) {
    Map<RegionCode, List<HouseholdAssessment>> groups = new TreeMap<>();
    for (HouseholdAssessment a : assessments) {
      groups.computeIfAbsent(area.apply(a), k -> new ArrayList<>()).add(a);
    }
    return groups.entrySet().stream().map(e -> of(e.getKey(), e.getValue())).toList();
  }
}
