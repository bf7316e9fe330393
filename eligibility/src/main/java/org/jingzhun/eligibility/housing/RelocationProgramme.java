package org.jingzhun.eligibility.housing;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import java.util.Optional;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.RelocationPlan;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.GrantSink;
import org.jingzhun.eligibility.entitlement.Grants;
import org.jingzhun.eligibility.entitlement.HouseholdFacts;
import org.jingzhun.eligibility.entitlement.HouseholdStanding;
import org.jingzhun.eligibility.entitlement.DeclaredProgramme;
import org.jingzhun.eligibility.entitlement.Payment;

/**
 * 易地扶贫搬迁 — the relocation programme of the prescription: for a household with a relocation
 * plan, the subsidy for its persons, paid once ({@link HousingRules#relocation}). Its parameters
 * are read when a plan asks for them, so a region without relocation still resolves.
 */
public final class RelocationProgramme extends DeclaredProgramme {
  /** 易地扶贫搬迁补助（一次性） — relocation subsidy, once. */
  public static final EntitlementKind SUBSIDY = EntitlementKind.of("RELOCATION_SUBSIDY",
      "易地扶贫搬迁补助（一次性）", "relocation subsidy (once)", Payment.ONE_OFF);

  /** The programme's name, as listings print it. */
  public static final Term RULE = Term.of("housing.relocation", "易地扶贫搬迁", "relocation");

  /** The programme, as the registry finds it. */
  public RelocationProgramme() {
    // its parameters are read when a relocation plan asks for them (HousingRules.relocation names any gap)
    super(RULE, List.of(SUBSIDY), read -> { });
  }

  @Override
  public Rules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return new Resolved(HousingRules.resolve(book, region, date));
  }

  /**
   * The programme's rules for one region and date, on both paths. A household is relocated by its
   * own plan, which a columnar population does not hold (its facts have none), so the columnar
   * path grants nothing here; a relocated household is prescribed one at a time.
   */
  private static final class Resolved extends DeclaredProgramme.BothPaths {
    private final HousingRules housing;

    Resolved(HousingRules housing) {
      this.housing = housing;
    }

    @Override
    public void grant(HouseholdStanding h, Trace trace, Grants grants) {
      h.relocation().ifPresent(
          plan -> grants.grant(SUBSIDY, housing.relocation(plan, trace.rule(HousingRules.RULE)).subsidy()));
    }

    @Override
    public void grant(HouseholdFacts h, boolean poor, boolean extreme, GrantSink grants) {
      Optional<RelocationPlan> plan = h.relocation();
      if (plan.isPresent()) {
        grants.grant(SUBSIDY, GrantSink.HOUSEHOLD, housing.relocation(plan.get(), Trace.off()).subsidy().fen());
      }
    }
  }
}
