package org.jingzhun.eligibility.housing;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.EntitlementProgramme;
import org.jingzhun.eligibility.entitlement.Payment;

/**
 * 易地扶贫搬迁 — the relocation programme of the prescription: for a household with a relocation
 * plan, the subsidy for its persons, paid once ({@link HousingRules#relocation}). Its parameters
 * are read when a plan asks for them, so a region without relocation still resolves.
 */
public final class RelocationProgramme implements EntitlementProgramme {
  /** 易地扶贫搬迁补助（一次性） — relocation subsidy, once. */
  public static final EntitlementKind SUBSIDY = EntitlementKind.of("RELOCATION_SUBSIDY",
      "易地扶贫搬迁补助（一次性）", "relocation subsidy (once)", Payment.ONE_OFF);

  /** The programme's name, as listings print it. */
  public static final Term RULE = Term.of("housing.relocation", "易地扶贫搬迁", "relocation");

  /** The programme, as the registry finds it. */
  public RelocationProgramme() {}

  @Override
  public Term rule() {
    return RULE;
  }

  @Override
  public List<EntitlementKind> kinds() {
    return List.of(SUBSIDY);
  }

  @Override
  public void need(PolicyReader read) {
    // read when a relocation plan asks for them (HousingRules.relocation names any gap)
  }

  @Override
  public Rules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    HousingRules housing = HousingRules.resolve(book, region, date);
    return (h, trace, grants) -> h.relocation().ifPresent(
        plan -> grants.grant(SUBSIDY, housing.relocation(plan, trace.rule(HousingRules.RULE)).subsidy()));
  }
}
