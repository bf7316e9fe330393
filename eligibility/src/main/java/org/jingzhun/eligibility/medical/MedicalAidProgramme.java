package org.jingzhun.eligibility.medical;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.DeclaredProgramme;
import org.jingzhun.eligibility.entitlement.GrantSink;
import org.jingzhun.eligibility.entitlement.Grants;
import org.jingzhun.eligibility.entitlement.HouseholdFacts;
import org.jingzhun.eligibility.entitlement.HouseholdStanding;
import org.jingzhun.eligibility.entitlement.Payment;

/**
 * 医疗救助 — the medical-aid programme of the prescription, for every member of a poor household:
 * the premium subsidy of basic medical insurance by the household's category ({@link
 * PremiumSubsidy}: extreme poverty, else dibao when the household's income is within the dibao
 * standard, else registered poor), and, for a member whose recorded illness is chronic or
 * serious, the outpatient aid for listed chronic and special diseases ({@link OutpatientAid}),
 * settled on the member's bills up to its yearly cap and so granted with no amount of its own.
 */
public final class MedicalAidProgramme extends DeclaredProgramme {
  /** 医疗：资助参保 — the premium subsidy, a year. */
  public static final EntitlementKind PREMIUM_SUBSIDY = EntitlementKind.of("MEDICAL_PREMIUM_SUBSIDY",
      "医疗：资助参保（个人缴费）", "medical: premium subsidy (personal contribution)", Payment.YEARLY);
  /** 医疗：门诊慢特病救助 — outpatient aid, settled on bills (no amount of its own). */
  public static final EntitlementKind OUTPATIENT_AID = EntitlementKind.of("MEDICAL_OUTPATIENT_AID",
      "医疗：门诊慢特病救助（按票据结算，年度封顶）", "medical: outpatient aid for chronic and special diseases (on bills, capped yearly)",
      Payment.YEARLY);

  /** The term 医疗救助 (medical aid), as listings print it. */
  public static final Term RULE = Term.of("medical.aid", "医疗救助（资助参保、门诊救助）", "medical aid (premium subsidy, outpatient aid)");

  /** The programme, as the registry finds it. */
  public MedicalAidProgramme() {
    super(RULE, List.of(PREMIUM_SUBSIDY, OUTPATIENT_AID), read -> {
      PremiumSubsidy.need(read);
      OutpatientAid.need(read);
      DibaoRules.need(read);
    });
  }

  @Override
  public Rules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return new Resolved(PremiumSubsidy.resolve(book, region, date), OutpatientAid.resolve(book, region, date),
        DibaoRules.resolve(book, region, date));
  }

  /** The programme's rules for one region and date: the object path records and grants through the facts path. */
  private static final class Resolved extends DeclaredProgramme.BothPaths {
    private final PremiumSubsidy premium;
    private final OutpatientAid outpatient;
    private final DibaoRules dibao;

    Resolved(PremiumSubsidy premium, OutpatientAid outpatient, DibaoRules dibao) {
      this.premium = premium;
      this.outpatient = outpatient;
      this.dibao = dibao;
    }

    @Override
    public void grant(HouseholdStanding h, Trace trace, Grants grants) {
      if (!h.poor()) {
        return;
      }
      HouseholdFacts facts = HouseholdFacts.of(h.household(), h.relocation());
      if (trace.isOn()) {
        premium.cite(category(facts, h.extreme()), trace.rule(PremiumSubsidy.RULE));
        for (int m = 0; m < facts.members(); m++) {
          if (OutpatientAid.covers(facts.health(m))) {
            outpatient.cite(trace.rule(OutpatientAid.RULE));
            break;
          }
        }
      }
      grant(facts, true, h.extreme(), grants.sink(h.household()));
    }

    @Override
    public void grant(HouseholdFacts h, boolean poor, boolean extreme, GrantSink grants) {
      if (!poor) {
        return;
      }
      long subsidy = premium.yearlyFen(category(h, extreme));
      for (int m = 0, n = h.members(); m < n; m++) {
        if (subsidy > 0) {
          grants.grant(PREMIUM_SUBSIDY, m, subsidy);
        }
        if (OutpatientAid.covers(h.health(m))) {
          grants.grant(OUTPATIENT_AID, m, 0);
        }
      }
    }

    private PremiumSubsidy.Category category(HouseholdFacts h, boolean extreme) {
      if (extreme) {
        return PremiumSubsidy.Category.EXTREME;
      }
      return dibao.isEligible(h.netIncomeFen(), h.members()) ? PremiumSubsidy.Category.DIBAO
          : PremiumSubsidy.Category.REGISTERED_POOR;
    }
  }
}
