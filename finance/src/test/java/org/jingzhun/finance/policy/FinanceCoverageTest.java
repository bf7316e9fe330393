package org.jingzhun.finance.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.finance.loan.BenchmarkTerm;
import org.jingzhun.finance.loan.LprTenor;
import org.jingzhun.finance.medicalfund.MedicalFundRules;
import org.jingzhun.finance.revolving.IndustrySupportFund;
import org.jingzhun.finance.revolving.MutualAidRules;
import org.jingzhun.finance.risk.RiskSharingAgreement;
import org.jingzhun.finance.subsidy.SubsidyPolicy;
import org.junit.jupiter.api.Test;

/**
 * Every finance rule that reads the policy book, for the nation, Sichuan, Bazhong and its five
 * county-level areas on the 1st and 15th of every month from 2014 to 2025 (and on 2013-12-31): where the rule
 * applies it must compute from the shipped book; where it does not (a scheme not yet begun, a
 * county's own agreement, a province's own fund), it must refuse saying the scheme is not in
 * force — and not quietly compute, so that these exceptions stay true. A failure names each
 * gap: rule, region, the first and last date and the number of dates, and the first message.
 */
class FinanceCoverageTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final List<RegionCode> REGIONS = List.of("000000", "510000", "511900", "511902", "511903", "511921",
      "511922", "511923").stream().map(RegionCode::of).toList();
  private static final RegionCode NATION = RegionCode.of("000000");

  /** A rule as the coverage walk calls it, and where it applies. */
  private record Rule(String name, BiPredicate<RegionCode, LocalDate> applies, Call call) {}

  @FunctionalInterface
  private interface Call {
    void run(RegionCode region, LocalDate date);
  }

  private static boolean from(LocalDate date, int year, int month, int day) {
    return !date.isBefore(LocalDate.of(year, month, day));
  }

  private static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    // 国开办发〔2014〕78号 of 2014-12-10 began poverty microcredit
    rules.add(new Rule("SubsidyPolicy.povertyMicrocredit", (r, d) -> from(d, 2014, 12, 10),
        (r, d) -> SubsidyPolicy.povertyMicrocredit(BOOK, r, d)));
    // the 13th five-year relocation plan (发改地区〔2015〕2769号) of 2015-11-29
    rules.add(new Rule("SubsidyPolicy.relocationLoan", (r, d) -> from(d, 2015, 11, 29),
        (r, d) -> SubsidyPolicy.relocationLoan(BOOK, r, d)));
    // the subsidy's benchmark cap reads the rate for the loan's term on each period's start
    for (BenchmarkTerm term : BenchmarkTerm.values()) {
      rules.add(new Rule("benchmark rate " + term.parameter(), (r, d) -> true, (r, d) -> BOOK.get(term.parameter(), r, d)));
    }
    // floating resets and contracts signed from 2021 read the LPR, first quoted on 2019-08-20
    for (LprTenor tenor : LprTenor.values()) {
      rules.add(new Rule("LPR " + tenor.parameter(), (r, d) -> from(d, 2019, 8, 20), (r, d) -> {
        // as RatePath reads it for a floating loan's reset
        SchemeInForce.require(BOOK, tenor.parameter(), r, d, "the " + tenor.english(), "");
        BOOK.get(tenor.parameter(), r, d);
      }));
    }
    // a risk fund's split is each county's agreement with its banks: none of these regions has one
    rules.add(new Rule("RiskSharingAgreement.fundAndBank", (r, d) -> false,
        (r, d) -> RiskSharingAgreement.fundAndBank(BOOK, r, d, "fund", "bank")));
    // the 4321 guarantee model, from 2015
    rules.add(new Rule("RiskSharingAgreement.fourThreeTwoOne", (r, d) -> from(d, 2015, 1, 1),
        (r, d) -> RiskSharingAgreement.fourThreeTwoOne(BOOK, r, d, "g", "rg", "b", "gov")));
    // Bazhou District's five named loan programmes: the district's own (区级), so Bazhou only, and
    // from 2014-01-01, the estimated start; every other region here, and any date before, is refused
    RegionCode bazhou = RegionCode.of("511902");
    BiPredicate<RegionCode, LocalDate> inBazhou = (r, d) -> r.equals(bazhou) && from(d, 2014, 1, 1);
    rules.add(new Rule("SubsidyPolicy.agriculturalIndustrialisation", inBazhou,
        (r, d) -> SubsidyPolicy.agriculturalIndustrialisation(BOOK, r, d)));
    rules.add(new Rule("SubsidyPolicy.agriculturalGuarantee", inBazhou,
        (r, d) -> SubsidyPolicy.agriculturalGuarantee(BOOK, r, d)));
    rules.add(new Rule("SubsidyPolicy.dilapidatedHouseRenovation", inBazhou,
        (r, d) -> SubsidyPolicy.dilapidatedHouseRenovation(BOOK, r, d)));
    rules.add(new Rule("RiskSharingAgreement.returningHomeEntrepreneurship", inBazhou,
        (r, d) -> RiskSharingAgreement.returningHomeEntrepreneurship(BOOK, r, d, "fund", "bank").build()));
    rules.add(new Rule("RiskSharingAgreement.poorHouseholdHousing", inBazhou,
        (r, d) -> RiskSharingAgreement.poorHouseholdHousing(BOOK, r, d, "fund", "bank").build()));
    // revolving and mutual-aid limits are a province's: Sichuan and below, not the nation, from
    // 2014-01-01 (the start their estimates carry back to)
    rules.add(new Rule("IndustrySupportFund.builderFromPolicy", (r, d) -> !r.equals(NATION) && from(d, 2014, 1, 1),
        (r, d) -> IndustrySupportFund.builderFromPolicy(BOOK, r, d)));
    rules.add(new Rule("MutualAidRules.fromPolicy", (r, d) -> !r.equals(NATION) && from(d, 2014, 1, 1),
        (r, d) -> MutualAidRules.fromPolicy(BOOK, r, d, AnnualRate.ofPercent("6"), Share.of(BigDecimal.ZERO))));
    // the medical-assistance fund's drawing order and overdraft rule: national, from 2014-01-01
    rules.add(new Rule("MedicalFundRules.fromPolicy", (r, d) -> from(d, 2014, 1, 1),
        (r, d) -> MedicalFundRules.fromPolicy(BOOK, r, d)));
    return rules;
  }

  private static List<LocalDate> days() {
    // the last day of 2013 too, so that a scheme said to start in 2014 is seen to be refused before it
    List<LocalDate> out = new ArrayList<>(List.of(LocalDate.of(2013, 12, 31)));
    for (LocalDate m = LocalDate.of(2014, 1, 1); m.getYear() <= 2025; m = m.plusMonths(1)) {
      out.add(m);
      out.add(m.withDayOfMonth(15));
    }
    return out;
  }

  @Test
  void everyFinanceRuleAnswersForBazhongOnEveryDayFrom2014To2025OrSaysItIsNotInForce() {
    Map<String, Gap> gaps = new LinkedHashMap<>();
    List<LocalDate> days = days();
    for (Rule rule : rules()) {
      for (RegionCode region : REGIONS) {
        for (LocalDate day : days) {
          String problem = check(rule, region, day);
          if (problem != null) {
            gaps.computeIfAbsent(rule.name() + " for " + region, k -> new Gap(day, problem)).add(day);
          }
        }
      }
    }
    StringBuilder report = new StringBuilder();
    gaps.forEach((where, gap) -> report.append('\n').append(where).append(": ").append(gap));
    assertTrue(gaps.isEmpty(), gaps.size() + " gaps:" + report);
  }

  /** Null if the rule behaves as declared on the day; else what went wrong. */
  private static String check(Rule rule, RegionCode region, LocalDate day) {
    boolean applies = rule.applies().test(region, day);
    try {
      rule.call().run(region, day);
      return applies ? null : "computed where declared not in force";
    } catch (ValidationException e) {
      String message = e.violations().get(0).message();
      if (applies) {
        return "no answer: " + message;
      }
      return e.isNoPolicy() && message.contains("is not in force") ? null
          : "refused without saying it is not in force: " + message;
    }
  }

  /** The dates one rule failed for one region. */
  private static final class Gap {
    private final LocalDate first;
    private final String problem;
    private LocalDate last;
    private int count;

    Gap(LocalDate first, String problem) {
      this.first = first;
      this.problem = problem;
    }

    void add(LocalDate day) {
      last = day;
      count++;
    }

    @Override
    public String toString() {
      return first + " to " + last + " (" + count + " dates), first: " + problem;
    }
  }
}
