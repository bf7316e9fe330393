package org.jingzhun.eligibility.dibao;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.EntitlementProgramme;
import org.jingzhun.eligibility.entitlement.Grants;
import org.jingzhun.eligibility.entitlement.HouseholdStanding;
import org.jingzhun.eligibility.entitlement.Payment;

/**
 * 低保与特困供养 — the dibao programme of the prescription: the monthly top-up (补差 or by tier),
 * extreme-poverty support instead for a 特困 household, and the classified add-ons of its members,
 * each granted when positive ({@link DibaoRules}).
 */
public final class DibaoProgramme implements EntitlementProgramme {
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
  public DibaoProgramme() {}

  @Override
  public Term rule() {
    return DibaoRules.RULE;
  }

  @Override
  public List<EntitlementKind> kinds() {
    return List.of(TOP_UP, EXTREME_POVERTY_SUPPORT, ADD_ON_DISABILITY, ADD_ON_ILLNESS);
  }

  @Override
  public void need(PolicyReader read) {
    DibaoRules.need(read);
  }

  @Override
  public Rules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    DibaoRules dibao = DibaoRules.resolve(book, region, date);
    return (h, trace, grants) -> grant(dibao.assess(h.household(), h.extreme(), trace.rule(DibaoRules.RULE)), grants);
  }

  private static void grant(DibaoAssessment d, Grants grants) {
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
}
