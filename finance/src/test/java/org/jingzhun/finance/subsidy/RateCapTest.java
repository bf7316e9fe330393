package org.jingzhun.finance.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.Confidence;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Source;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.schedule.Loans;
import org.junit.jupiter.api.Test;

class RateCapTest {

  @Test
  void countyBenchmarkStartingLaterCapsThePeriodsFromItsStart() {
    // the county (511902) sets its own 1–5 year benchmark of 4.00 % from 2020-01-01, while the
    // national 4.75 % never ends
    PolicyBook book = PolicyBook.shipped().reform("county benchmark")
        .set("finance.benchmark.1to5y", Loans.BAZHOU, LocalDate.of(2020, 1, 1), AnnualRate.ofPercent("4.00"),
            Source.of("test", "county benchmark", Confidence.UNVERIFIED))
        .build();
    LoanTerms loan = Loans.microloanBuilder().rate(AnnualRate.ofPercent("6.175")).build();
    SubsidyPolicy policy = SubsidyPolicy.builder().name("benchmark").subsidisedRate(SubsidisedRate.BENCHMARK).build();
    SubsidyStatement s = InterestSubsidy.compute(loan, LoanHistory.none(), policy, book, LocalDate.of(2022, 12, 31));
    // period 4 starts 2019-12-20, before the county value: 4.75 % over 91 days:
    // 5,000,000 × 4.75 % × 91 / 360 = 60,034.72 → 60,035 fen
    assertEquals(AnnualRate.ofPercent("4.75"), s.lines().get(3).subsidisedRate());
    assertEquals(Money.ofYuan("600.35"), s.lines().get(3).subsidy());
    // period 5 starts 2020-03-20: the county's 4.00 % over 92 days:
    // 5,000,000 × 4 % × 92 / 360 = 51,111.11 → 51,111 fen
    assertEquals(AnnualRate.ofPercent("4.00"), s.lines().get(4).subsidisedRate());
    assertEquals(Money.ofYuan("511.11"), s.lines().get(4).subsidy());
  }

  @Test
  void countyBenchmarkEndingHandsBackToTheNationalValue() {
    // the county's 4.00 % runs only from 2020-01-01 to 2021-01-01
    PolicyBook book = PolicyBook.shipped().reform("county benchmark for 2020")
        .set("finance.benchmark.1to5y", Loans.BAZHOU,
            LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1),
            AnnualRate.ofPercent("4.00"), Source.of("test", "county benchmark", Confidence.UNVERIFIED))
        .build();
    LoanTerms loan = Loans.microloanBuilder().rate(AnnualRate.ofPercent("6.175")).build();
    SubsidyPolicy policy = SubsidyPolicy.builder().name("benchmark").subsidisedRate(SubsidisedRate.BENCHMARK).build();
    SubsidyStatement s = InterestSubsidy.compute(loan, LoanHistory.none(), policy, book, LocalDate.of(2022, 12, 31));
    // periods 5–8 start 2020-03-20 … 2020-12-20, inside 2020: 4.00 %; period 9 starts
    // 2021-03-20, after the county value ended: back to the national 4.75 %
    assertEquals(AnnualRate.ofPercent("4.00"), s.lines().get(7).subsidisedRate());
    assertEquals(AnnualRate.ofPercent("4.75"), s.lines().get(8).subsidisedRate());
  }
}
