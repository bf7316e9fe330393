package org.jingzhun.eligibility.housing;

import org.jingzhun.core.policy.PolicyReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;

/**
 * 住房安全保障 — the renovation grant by danger grade (C reinforced {@value #GRANT_C}, D rebuilt
 * {@value #GRANT_D}, none for A and B), and relocation: at most {@value #MAX_AREA} m² a person
 * ("十三五"易地扶贫搬迁工作方案) and a subsidy of {@value #SUBSIDY} a person.
 */
public final class HousingRules {
  public static final String GRANT_C = "housing.renovation.grant.c";
  public static final String GRANT_D = "housing.renovation.grant.d";
  public static final String MAX_AREA = "housing.relocation.max-area-per-person";
  public static final String SUBSIDY = "housing.relocation.subsidy-per-person";

  public static final Term RULE = Term.of("housing", "住房安全保障", "housing safety");

  private final PolicyBook book;
  private final RegionCode region;
  private final LocalDate date;
  private final Optional<Reading> grantC;
  private final Optional<Reading> grantD;

  /** Records in {@code read} every parameter these rules read. */
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
   * The rules in force for {@code region} on {@code date}, resolved once per book, region and
   * date and then reused (a lookup on later calls).
   *
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} listing
   *     every parameter not in force
   */
  public static HousingRules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(HousingRules.class, region, date, HousingRules::new);
  }

  /**
   * The renovation grant for a dwelling of {@code grade}; empty for A and B.
   *
   * @throws org.jingzhun.core.validation.ValidationException naming parameter, region and date
   *     when a C or D dwelling's grant is not in force
   */
  public Optional<Money> renovationGrant(HousingSafetyGrade grade, Trace trace) {
    Reading r = switch (grade) {
      case A, B -> null;
      case C -> grantC.orElseGet(() -> book.get(GRANT_C, region, date));
      case D -> grantD.orElseGet(() -> book.get(GRANT_D, region, date));
    };
    if (r == null) {
      return Optional.empty();
    }
    trace.parameter(r);
    return Optional.of(r.money());
  }

  /** The renovation grant; see {@link #renovationGrant(HousingSafetyGrade, Trace)}. */
  public static Optional<Money> renovationGrant(HousingSafetyGrade grade, PolicyBook book, RegionCode region, LocalDate date) {
    return resolve(book, region, date).renovationGrant(grade, Trace.off());
  }

  /** Checks and prices a relocation. */
  public RelocationAssessment relocation(RelocationPlan plan, Trace trace) {
    Reading area = book.get(MAX_AREA, region, date);
    Reading subsidy = book.get(SUBSIDY, region, date);
    trace.parameter(area).parameter(subsidy);
    BigDecimal max = area.decimal().multiply(BigDecimal.valueOf(plan.persons()));
    return RelocationAssessment.builder().maxFloorArea(max).withinAreaLimit(plan.floorArea().compareTo(max) <= 0)
        .subsidy(subsidy.money().times(plan.persons())).build();
  }

  /** Checks and prices a relocation; see {@link #relocation(RelocationPlan, Trace)}. */
  public static RelocationAssessment relocation(RelocationPlan plan, PolicyBook book, RegionCode region, LocalDate date) {
    return resolve(book, region, date).relocation(plan, Trace.off());
  }
}
