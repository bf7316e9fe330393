package org.jingzhun.eligibility.housing;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.GrantSink;
import org.jingzhun.eligibility.entitlement.Grants;
import org.jingzhun.eligibility.entitlement.HouseholdFacts;
import org.jingzhun.eligibility.entitlement.HouseholdStanding;
import org.jingzhun.eligibility.entitlement.DeclaredProgramme;
import org.jingzhun.eligibility.entitlement.Payment;

/**
 * 危房改造 — the renovation programme of the prescription: for a poor household in a grade C or D
 * dwelling, the grant of its grade, paid once ({@link HousingRules#renovationGrant}).
 */
public final class RenovationProgramme extends DeclaredProgramme {
  /** 危房改造补助（一次性） — dilapidated-house renovation grant, once. */
  public static final EntitlementKind GRANT = EntitlementKind.of("HOUSING_RENOVATION",
      "危房改造补助（一次性）", "dilapidated-house renovation grant (once)", Payment.ONE_OFF);

  /** The programme's name, as listings print it. */
  public static final Term RULE = Term.of("housing.renovation", "危房改造", "dilapidated-house renovation");

  /** The programme, as the registry finds it. */
  public RenovationProgramme() {
    super(RULE, List.of(GRANT), HousingRules::need);
  }

  @Override
  public Rules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return new Resolved(HousingRules.resolve(book, region, date));
  }

  /** The programme's rules for one region and date, on both paths. */
  private static final class Resolved extends DeclaredProgramme.BothPaths {
    private final HousingRules housing;

    Resolved(HousingRules housing) {
      this.housing = housing;
    }

    @Override
    public void grant(HouseholdStanding h, Trace trace, Grants grants) {
      if (h.poor()) {
        housing.renovationGrant(h.household().housing(), trace.rule(HousingRules.RULE))
            .ifPresent(grant -> grants.grant(GRANT, grant));
      }
    }

    @Override
    public void grant(HouseholdFacts h, boolean poor, boolean extreme, GrantSink grants) {
      if (poor && HousingRules.renovates(h.housing())) {
        grants.grant(GRANT, GrantSink.HOUSEHOLD, housing.renovationGrantFen(h.housing()));
      }
    }
  }
}
