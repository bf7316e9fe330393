package org.jingzhun.eligibility.housing;

import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.RelocationPlan;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;

/**
 * 住房安全保障 — the renovation grant by danger grade (C reinforced {@code housing.renovation.grant.c}, D rebuilt
 * {@code housing.renovation.grant.d}, none for A and B), and relocation: at most {@code housing.relocation.max-area-per-person} m² a person
 * ("十三五"易地扶贫搬迁工作方案) and a subsidy of {@code housing.relocation.subsidy-per-person} a person.
 */
public final class HousingRules {
  /** The parameter {@code housing.renovation.grant.c}: renovation grant for reinforcing a grade C house (C级危房加固改造补助). */
  public static final ParameterKey<Money> GRANT_C = ParameterKey.money("housing.renovation.grant.c");
  /** The parameter {@code housing.renovation.grant.d}: renovation grant for rebuilding a grade D house (D级危房拆除重建补助). */
  public static final ParameterKey<Money> GRANT_D = ParameterKey.money("housing.renovation.grant.d");
  /** The parameter {@code housing.relocation.max-area-per-person}: maximum new housing per relocated person (易地扶贫搬迁人均住房建设面积上限). */
  public static final ParameterKey<BigDecimal> MAX_AREA = ParameterKey.decimal("housing.relocation.max-area-per-person");
  /** The parameter {@code housing.relocation.subsidy-per-person}: relocation housing subsidy per person (once) (易地扶贫搬迁建房人均补助（一次性）). */
  public static final ParameterKey<Money> SUBSIDY = ParameterKey.money("housing.relocation.subsidy-per-person");

  /** The term 住房安全保障 (housing safety), as explanations print it. */
  public static final Term RULE = Term.of("housing", "住房安全保障", "housing safety");

  private final PolicyBook book;
  private final RegionCode region;
  private final LocalDate date;
  private final Optional<Reading> grantC;
  private final Optional<Reading> grantD;

  /**
   * Records in {@code read} every parameter these rules read.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    // the grants are read when a dwelling of that grade asks for them (regions without grants still resolve)
    read.ifInForce(GRANT_C);
    read.ifInForce(GRANT_D);
  }

  private HousingRules(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader.check(book, region, date, HousingRules::need);
    this.book = book;
    this.region = region;
    this.date = date;
    // read when a dwelling of that grade asks for them, so that regions without grants still resolve
    this.grantC = book.find(GRANT_C, region, date);
    this.grantD = book.find(GRANT_D, region, date);
  }

  /**
   * {@return the rules in force for {@code region} on {@code date}, resolved once per book, region
   * and date and then reused (a lookup on later calls)}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} listing
   *     every parameter not in force
   */
  public static HousingRules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(HousingRules.class, region, date, HousingRules::new);
  }

  /**
   * {@return the renovation grant for a dwelling of {@code grade}; empty for A and B}
   *
   * @param grade the dwelling's safety grade
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   * @throws org.jingzhun.core.validation.ValidationException naming parameter, region and date
   *     when a C or D dwelling's grant is not in force
   */
  public Optional<Money> renovationGrant(HousingSafetyGrade grade, Trace trace) {
    Reading r = renovationReading(grade);
    if (r == null) {
      return Optional.empty();
    }
    trace.parameter(r);
    return Optional.of(r.money());
  }

  /**
   * {@return whether a dwelling of {@code grade} is renovated with a grant (grades C and D)}
   *
   * @param grade the dwelling's safety grade
   */
  public static boolean renovates(HousingSafetyGrade grade) {
    return grade == HousingSafetyGrade.C || grade == HousingSafetyGrade.D;
  }

  /**
   * {@return the renovation grant in fen for a dwelling of {@code grade}, which {@link #renovates}}
   * Exactly the amount of {@link #renovationGrant(HousingSafetyGrade, Trace)}.
   *
   * @param grade the dwelling's safety grade, C or D
   * @throws IllegalArgumentException for grades A and B
   * @throws org.jingzhun.core.validation.ValidationException naming parameter, region and date
   *     when the grade's grant is not in force
   */
  public long renovationGrantFen(HousingSafetyGrade grade) {
    Reading r = renovationReading(grade);
    if (r == null) {
      throw new IllegalArgumentException("a dwelling of grade " + grade + " is not renovated with a grant");
    }
    return r.money().fen();
  }

  /** The reading of the grant of {@code grade}; null for A and B, which get none. */
  private Reading renovationReading(HousingSafetyGrade grade) {
    return switch (grade) {
      case A, B -> null;
      case C -> grantC.orElseGet(() -> book.get(GRANT_C, region, date));
      case D -> grantD.orElseGet(() -> book.get(GRANT_D, region, date));
    };
  }

  /**
   * {@return the renovation grant; see {@link #renovationGrant(HousingSafetyGrade, Trace)}}
   *
   * @param grade the dwelling's safety grade
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   */
  public static Optional<Money> renovationGrant(HousingSafetyGrade grade, PolicyBook book, RegionCode region, LocalDate date) {
    return resolve(book, region, date).renovationGrant(grade, Trace.off());
  }

  /**
   * Checks and prices a relocation.
   *
   * @param plan the relocation: persons and floor area
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   * @return the subsidy and whether the floor area is within the limit
   */
  public RelocationAssessment relocation(RelocationPlan plan, Trace trace) {
    Reading area = book.get(MAX_AREA, region, date);
    Reading subsidy = book.get(SUBSIDY, region, date);
    trace.parameter(area).parameter(subsidy);
    BigDecimal max = area.value(MAX_AREA).multiply(BigDecimal.valueOf(plan.persons()));
    return RelocationAssessment.builder().maxFloorArea(max).withinAreaLimit(plan.floorArea().compareTo(max) <= 0)
        .subsidy(subsidy.value(SUBSIDY).times(plan.persons())).build();
  }

  /**
   * Checks and prices a relocation; see {@link #relocation(RelocationPlan, Trace)}.
   *
   * @param plan the relocation: persons and floor area
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @return the subsidy and whether the floor area is within the limit
   */
  public static RelocationAssessment relocation(RelocationPlan plan, PolicyBook book, RegionCode region, LocalDate date) {
    return resolve(book, region, date).relocation(plan, Trace.off());
  }
}
