package org.jingzhun.finance.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.Confidence;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Source;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.finance.loan.Breach;
import org.jingzhun.finance.loan.BreachKind;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.schedule.Loans;
import org.junit.jupiter.api.Test;

/** Bazhou's three interest-subsidy programmes as the shipped book configures them, worked by hand. */
class DistrictProgrammesTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate DAY = LocalDate.of(2019, 6, 1);

  /** A loan paying interest quarterly on the 20th, actual/360, principal at maturity. */
  private static LoanTerms loan(long yuan, String percent, LocalDate from, LocalDate to) {
    return Loans.microloanBuilder().principal(Money.ofYuan(yuan)).rate(AnnualRate.ofPercent(percent))
        .disbursementDate(from).maturityDate(to).build();
  }

  @Test
  void agriculturalIndustrialisationPaysHalfTheInterestAtTheOneYearBenchmark() {
    SubsidyPolicy p = SubsidyPolicy.agriculturalIndustrialisation(BOOK, Loans.BAZHOU, DAY);
    assertEquals("农业产业化贷款贴息", p.name());
    assertEquals(SubsidisedRate.BENCHMARK, p.subsidisedRate());
    assertEquals(Share.parse("0.5"), p.share());
    assertEquals(Optional.empty(), p.principalCap());
    // 1,000,000 yuan for a year from 2019-03-20 at 5.655 % (the 4.35 % benchmark + 30 %)
    SubsidyStatement s = InterestSubsidy.compute(loan(1_000_000, "5.655", LocalDate.of(2019, 3, 20),
        LocalDate.of(2020, 3, 20)), LoanHistory.none(), p, BOOK, LocalDate.of(2020, 3, 31));
    // charged: 100,000,000 fen × 5.655 % = 5,655,000 a year; 92 days → 1,445,166.67 → 14,451.67;
    //   91 days → 1,429,458.33 → 14,294.58; quarters of 92, 92, 91, 91 days (2020 is a leap year)
    //   total 2 × 14,451.67 + 2 × 14,294.58 = 57,492.50
    // at the 1-year benchmark 4.35 %: 92 days → 1,111,666.67 → 11,116.67, half 5,558.335 → 5,558.34;
    //   91 days → 1,099,583.33 → 10,995.83, half 5,497.915 → 5,497.92
    //   subsidy 2 × 5,558.34 + 2 × 5,497.92 = 22,112.52; borrower 57,492.50 − 22,112.52 = 35,379.98
    assertEquals(AnnualRate.ofPercent("4.35"), s.lines().get(0).subsidisedRate());
    assertEquals(Money.ofYuan("5558.34"), s.lines().get(0).subsidy());
    assertEquals(Money.ofYuan("57492.50"), s.totalInterest());
    assertEquals(Money.ofYuan("22112.52"), s.totalSubsidy());
    assertEquals(Money.ofYuan("35379.98"), s.totalBorrowerShare());
  }

  @Test
  void agriculturalGuaranteeLoanAtTheBenchmarkIsHalfSubsidised() {
    SubsidyPolicy p = SubsidyPolicy.agriculturalGuarantee(BOOK, Loans.BAZHOU, DAY);
    assertEquals("农业担保贷款贴息", p.name());
    // 300,000 yuan for two years from 2018-06-20 at the 1–5 year benchmark 4.75 %, two quarters to 2018-12-31
    SubsidyStatement s = InterestSubsidy.compute(loan(300_000, "4.75", LocalDate.of(2018, 6, 20),
        LocalDate.of(2020, 6, 20)), LoanHistory.none(), p, BOOK, LocalDate.of(2018, 12, 31));
    // 30,000,000 fen × 4.75 % = 1,425,000 a year; 92 days → 364,166.67 → 3,641.67, half 1,820.835 → 1,820.84;
    // 91 days → 360,208.33 → 3,602.08, half 1,801.04; subsidy 3,621.88 of 7,243.75, borrower 3,621.87
    assertEquals(2, s.lines().size());
    assertEquals(Money.ofYuan("1820.84"), s.lines().get(0).subsidy());
    assertEquals(Money.ofYuan("1801.04"), s.lines().get(1).subsidy());
    assertEquals(Money.ofYuan("7243.75"), s.totalInterest());
    assertEquals(Money.ofYuan("3621.88"), s.totalSubsidy());
    assertEquals(Money.ofYuan("3621.87"), s.totalBorrowerShare());
  }

  @Test
  void dilapidatedHouseLoanIsSubsidisedInFullOnTheFirst50000Only() {
    SubsidyPolicy p = SubsidyPolicy.dilapidatedHouseRenovation(BOOK, Loans.BAZHOU, DAY);
    assertEquals(Optional.of(Money.ofYuan(50_000)), p.principalCap());
    assertEquals(Optional.of(36), p.maxTermMonths());
    assertEquals(Share.ONE, p.share());
    // 60,000 yuan for three years from 2016-09-20 at 4.75 %; one quarter, 91 days, to 2016-12-20:
    // charged 6,000,000 × 4.75 % × 91 / 360 = 72,041.67 → 720.42; subsidised on 50,000:
    // 5,000,000 × 4.75 % × 91 / 360 = 60,034.72 → 600.35; the borrower pays 120.07
    SubsidyStatement s = InterestSubsidy.compute(loan(60_000, "4.75", LocalDate.of(2016, 9, 20),
        LocalDate.of(2019, 9, 20)), LoanHistory.none(), p, BOOK, LocalDate.of(2016, 12, 31));
    assertEquals(Money.ofYuan(50_000), s.lines().get(0).principalBase());
    assertEquals(Money.ofYuan("720.42"), s.totalInterest());
    assertEquals(Money.ofYuan("600.35"), s.totalSubsidy());
    assertEquals(Money.ofYuan("120.07"), s.totalBorrowerShare());
  }

  @Test
  void dilapidatedHouseLoanLongerThanThreeYearsGetsNothing() {
    SubsidyPolicy p = SubsidyPolicy.dilapidatedHouseRenovation(BOOK, Loans.BAZHOU, DAY);
    SubsidyStatement s = InterestSubsidy.compute(loan(40_000, "4.75", LocalDate.of(2016, 9, 20),
        LocalDate.of(2020, 9, 20)), LoanHistory.none(), p, BOOK, LocalDate.of(2016, 12, 31));
    assertFalse(s.isEligible());
    assertEquals(List.of(Ineligibility.TERM_TOO_LONG), s.ineligibility());
    assertEquals(Money.ZERO, s.totalSubsidy());
  }

  @Test
  void misuseLosesTheSubsidyButLatenessDoesNot() {
    for (SubsidyPolicy p : List.of(SubsidyPolicy.agriculturalIndustrialisation(BOOK, Loans.BAZHOU, DAY),
        SubsidyPolicy.agriculturalGuarantee(BOOK, Loans.BAZHOU, DAY),
        SubsidyPolicy.dilapidatedHouseRenovation(BOOK, Loans.BAZHOU, DAY))) {
      assertEquals(Set.of(BreachKind.MISUSE, BreachKind.FRAUD), p.forfeitOn(), p.name());
    }
    // misused from the first day of the second quarter: the first quarter's 1,820.84 is kept, the second lost
    SubsidyStatement s = InterestSubsidy.compute(loan(300_000, "4.75", LocalDate.of(2018, 6, 20), LocalDate.of(2020, 6, 20)),
        LoanHistory.builder().addBreaches(Breach.of(BreachKind.MISUSE, LocalDate.of(2018, 9, 20))).build(),
        SubsidyPolicy.agriculturalGuarantee(BOOK, Loans.BAZHOU, DAY), BOOK, LocalDate.of(2018, 12, 31));
    assertEquals(Money.ofYuan("1820.84"), s.totalSubsidy());
    assertEquals(SubsidyStatus.FORFEITED, s.lines().get(1).status());
  }

  @Test
  void eachProgrammeIsRefusedBefore2014WithItsStart() {
    LocalDate before = LocalDate.of(2013, 12, 31);
    for (String prefix : List.of("agriIndustry", "agriGuarantee", "dilapidatedHouse")) {
      ValidationException e = assertThrows(ValidationException.class, () -> build(prefix, Loans.BAZHOU, before));
      assertTrue(e.isNoPolicy(), prefix);
      assertEquals("finance." + prefix + ".interestShare", e.violations().get(0).path());
      String message = e.violations().get(0).message();
      assertTrue(message.contains("is not in force") && message.contains("starts on 2014-01-01"), message);
    }
  }

  @Test
  void anotherCountyHasNoneOfTheDistrictsProgrammesUnlessItSetsThem() {
    RegionCode tongjiang = RegionCode.of("511921");
    for (String prefix : List.of("agriIndustry", "agriGuarantee", "dilapidatedHouse")) {
      ValidationException e = assertThrows(ValidationException.class, () -> build(prefix, tongjiang, DAY));
      assertTrue(e.isNoPolicy(), prefix);
      assertTrue(e.violations().get(0).message().contains("for region 511902"), e.violations().get(0).message());
    }
    // a county that sets the share and the rate has the programme
    PolicyBook tongjiangs = BOOK.reform("tongjiang").set("finance.agriIndustry.interestShare", tongjiang, DAY, Share.ONE,
        Source.of("test", "test", Confidence.UNVERIFIED)).set("finance.agriIndustry.subsidisedRate", tongjiang, DAY,
        "BANK_RATE", Source.of("test", "test", Confidence.UNVERIFIED)).build();
    SubsidyPolicy p = SubsidyPolicy.agriculturalIndustrialisation(tongjiangs, tongjiang, DAY);
    assertEquals(SubsidisedRate.BANK_RATE, p.subsidisedRate());
    assertEquals(Share.ONE, p.share());
  }

  @Test
  void aFixedRateIsRefusedAtTheParameter() {
    PolicyBook fixed = BOOK.reform("fixed").set("finance.agriIndustry.subsidisedRate", Loans.BAZHOU, DAY, "FIXED",
        Source.of("test", "test", Confidence.UNVERIFIED)).build();
    ValidationException e = assertThrows(ValidationException.class,
        () -> SubsidyPolicy.agriculturalIndustrialisation(fixed, Loans.BAZHOU, DAY));
    assertEquals("finance.agriIndustry.subsidisedRate", e.violations().get(0).path());
  }

  @Test
  void everyShippedValueIsAnEstimateThatStatesItsMethod() {
    for (String name : List.of("finance.agriIndustry.interestShare", "finance.agriIndustry.subsidisedRate",
        "finance.agriGuarantee.interestShare", "finance.agriGuarantee.subsidisedRate",
        "finance.dilapidatedHouse.interestShare", "finance.dilapidatedHouse.subsidisedRate",
        "finance.dilapidatedHouse.maxPrincipal", "finance.dilapidatedHouse.maxTermYears")) {
      Source source = BOOK.get(name, Loans.BAZHOU, DAY).entry().source();
      assertEquals(Confidence.ESTIMATED, source.confidence(), name);
      assertTrue(source.note().orElse("").contains("Method:"), name);
    }
  }

  private static SubsidyPolicy build(String prefix, RegionCode region, LocalDate date) {
    return switch (prefix) {
      case "agriIndustry" -> SubsidyPolicy.agriculturalIndustrialisation(BOOK, region, date);
      case "agriGuarantee" -> SubsidyPolicy.agriculturalGuarantee(BOOK, region, date);
      default -> SubsidyPolicy.dilapidatedHouseRenovation(BOOK, region, date);
    };
  }
}
