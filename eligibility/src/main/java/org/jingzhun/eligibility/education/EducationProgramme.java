package org.jingzhun.eligibility.education;

import java.time.LocalDate;
import java.util.List;
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
 * 教育扶贫资助 — the education programme of the prescription: for a poor household, each enrolled
 * member's aid by stage ({@link EducationRules}): grants, the preschool subsidy, the Rain and Dew
 * plan for vocational students and scholarships beside the loans, paid by school term and so
 * counted by the year.
 */
public final class EducationProgramme extends DeclaredProgramme {
  /** 教育：免除学杂费 — fees waived, a year. */
  public static final EntitlementKind FEE_WAIVER =
      EntitlementKind.of("EDUCATION_FEE_WAIVER", "教育：免除学杂费", "education: fees waived", Payment.YEARLY);
  /** 教育：生活补助 — living allowance, a year. */
  public static final EntitlementKind LIVING_ALLOWANCE = EntitlementKind.of("EDUCATION_LIVING_ALLOWANCE",
      "教育：生活补助", "education: living allowance", Payment.YEARLY);
  /** 教育：营养膳食补助 — nutrition subsidy, a year. */
  public static final EntitlementKind NUTRITION =
      EntitlementKind.of("EDUCATION_NUTRITION", "教育：营养膳食补助", "education: nutrition subsidy", Payment.YEARLY);
  /** 教育：国家助学金 — national grant, a year. */
  public static final EntitlementKind NATIONAL_GRANT =
      EntitlementKind.of("EDUCATION_NATIONAL_GRANT", "教育：国家助学金", "education: national grant", Payment.YEARLY);
  /** 教育：生源地信用助学贷款贴息 — student loan with its interest subsidised, a year. */
  public static final EntitlementKind STUDENT_LOAN = EntitlementKind.of("EDUCATION_STUDENT_LOAN",
      "教育：生源地信用助学贷款贴息", "education: student loan with interest subsidy", Payment.YEARLY);

  /** 教育：学前教育资助 — preschool subsidy, a year. */
  public static final EntitlementKind PRESCHOOL_SUBSIDY = EntitlementKind.of("EDUCATION_PRESCHOOL_SUBSIDY",
      "教育：学前教育资助", "education: preschool subsidy", Payment.YEARLY);
  /** 教育：雨露计划职业教育补助 — the Rain and Dew plan's subsidy for vocational students, a year. */
  public static final EntitlementKind RAIN_AND_DEW = EntitlementKind.of("EDUCATION_RAIN_AND_DEW",
      "教育：雨露计划职业教育补助", "education: Rain and Dew plan (vocational students)", Payment.YEARLY);
  /** 教育：国家励志奖学金 — scholarship awarded on merit (no amount of its own). */
  public static final EntitlementKind SCHOLARSHIP = EntitlementKind.of("EDUCATION_SCHOLARSHIP",
      "教育：国家励志奖学金（按评定发放）", "education: national encouragement scholarship (awarded on merit)", Payment.YEARLY);

  /** The programme, as the registry finds it. */
  public EducationProgramme() {
    super(EducationRules.RULE, List.of(FEE_WAIVER, LIVING_ALLOWANCE, NUTRITION, NATIONAL_GRANT, STUDENT_LOAN, PRESCHOOL_SUBSIDY, RAIN_AND_DEW,
        SCHOLARSHIP), EducationRules::need);
  }

  @Override
  public Rules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return new Resolved(EducationRules.resolve(book, region, date));
  }

  /** The programme's rules for one region and date, on both paths. */
  private static final class Resolved extends DeclaredProgramme.BothPaths {
    private final EducationRules education;

    Resolved(EducationRules education) {
      this.education = education;
    }

    @Override
    public void grant(HouseholdStanding h, Trace trace, Grants grants) {
      if (h.poor()) {
        for (EducationEntitlement a : education.entitlements(h.household(), trace.rule(EducationRules.RULE))) {
          grants.grant(kind(a.aid()), a.memberId(), a.yearly());
        }
      }
    }

    @Override
    public void grant(HouseholdFacts h, boolean poor, boolean extreme, GrantSink grants) {
      if (poor) {
        education.aid(h, (m, aid, fen) -> grants.grant(kind(aid), m, fen));
      }
    }
  }

  private static EntitlementKind kind(EducationAid aid) {
    return switch (aid) {
      case FEE_WAIVER -> FEE_WAIVER;
      case LIVING_ALLOWANCE -> LIVING_ALLOWANCE;
      case NUTRITION -> NUTRITION;
      case NATIONAL_GRANT -> NATIONAL_GRANT;
      case STUDENT_LOAN_INTEREST_SUBSIDY -> STUDENT_LOAN;
      case PRESCHOOL_SUBSIDY -> PRESCHOOL_SUBSIDY;
      case RAIN_AND_DEW -> RAIN_AND_DEW;
      case SCHOLARSHIP -> SCHOLARSHIP;
    };
  }
}
