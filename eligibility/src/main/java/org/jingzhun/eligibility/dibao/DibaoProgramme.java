package org.jingzhun.eligibility.dibao;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.GrantSink;
import org.jingzhun.eligibility.entitlement.Grants;
import org.jingzhun.eligibility.entitlement.HouseholdFacts;
import org.jingzhun.eligibility.entitlement.HouseholdStanding;
import org.jingzhun.eligibility.entitlement.DeclaredProgramme;
import org.jingzhun.eligibility.entitlement.Payment;

/**
 * 低保与特困供养 — the dibao programme of the prescription: the monthly top-up (补差 or by tier),
 * extreme-poverty support instead for a 特困 household, and the classified add-ons of its members,
 * each granted when positive ({@link DibaoRules}).
 */
public final class DibaoProgramme extends DeclaredProgramme {
  /** 低保金（补差或分档） — dibao top-up, a month. */
  public static final EntitlementKind TOP_UP =
      EntitlementKind.of("DIBAO_TOP_UP", "低保金（补差或分档）", "dibao top-up", Payment.MONTHLY);
  /** 特困人员供养金 — extreme-poverty support, a month. */
  public static final EntitlementKind EXTREME_POVERTY_SUPPORT =
      EntitlementKind.of("EXTREME_POVERTY_SUPPORT", "特困人员供养金", "extreme-poverty support", Payment.MONTHLY);
  /** 分类施保：重度残疾 — classified add-on for a member with a severe disability, a month. */
  public static final EntitlementKind ADD_ON_DISABILITY = EntitlementKind.of("DIBAO_ADD_ON_DISABILITY",
      "分类施保：重度残疾", "classified add-on: severe disability", Payment.MONTHLY);
  /** 分类施保：大病 — classified add-on for a member with a serious illness, a month. */
  public static final EntitlementKind ADD_ON_ILLNESS = EntitlementKind.of("DIBAO_ADD_ON_ILLNESS",
      "分类施保：大病", "classified add-on: serious illness", Payment.MONTHLY);

  /** The programme, as the registry finds it. */
  public DibaoProgramme() {
    super(DibaoRules.RULE, List.of(TOP_UP, EXTREME_POVERTY_SUPPORT, ADD_ON_DISABILITY, ADD_ON_ILLNESS), DibaoRules::need);
  }

  @Override
  public Rules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return new Resolved(DibaoRules.resolve(book, region, date));
  }

  /** The programme's rules for one region and date, on both paths. */
  private static final class Resolved extends DeclaredProgramme.BothPaths {
    private final DibaoRules dibao;

    Resolved(DibaoRules dibao) {
      this.dibao = dibao;
    }

    @Override
    public void grant(HouseholdStanding h, Trace trace, Grants grants) {
      DibaoAssessment d = dibao.assess(h.household(), h.extreme(), trace.rule(DibaoRules.RULE));
      if (d.monthlyTopUp().isPositive()) {
        grants.grant(TOP_UP, d.monthlyTopUp());
      }
      if (d.monthlySupport().isPositive()) {
        grants.grant(EXTREME_POVERTY_SUPPORT, d.monthlySupport());
      }
      for (MemberAddOn a : d.addOns()) {
        grants.grant(a.kind() == AddOnKind.SEVERE_DISABILITY ? ADD_ON_DISABILITY : ADD_ON_ILLNESS, a.memberId(), a.monthly());
      }
    }

    @Override
    public void grant(HouseholdFacts h, boolean poor, boolean extreme, GrantSink grants) {
      int members = h.members();
      if (extreme) {
        positive(grants, EXTREME_POVERTY_SUPPORT, GrantSink.HOUSEHOLD, dibao.monthlySupportFen(members));
        return;
      }
      long net = h.netIncomeFen();
      if (!dibao.isEligible(net, members)) {
        return;
      }
      positive(grants, TOP_UP, GrantSink.HOUSEHOLD, dibao.monthlyTopUpFen(net, members));
      for (int m = 0; m < members; m++) {
        if (h.severeDisability(m)) {
          positive(grants, ADD_ON_DISABILITY, m, dibao.monthlyAddOnFen(AddOnKind.SEVERE_DISABILITY));
        }
        if (h.health(m) == HealthCondition.SERIOUS_ILLNESS) {
          positive(grants, ADD_ON_ILLNESS, m, dibao.monthlyAddOnFen(AddOnKind.SERIOUS_ILLNESS));
        }
      }
    }

    /** Dibao pays an amount only when it is above zero. */
    private static void positive(GrantSink grants, EntitlementKind kind, int member, long fen) {
      if (fen > 0) {
        grants.grant(kind, member, fen);
      }
    }
  }
}
