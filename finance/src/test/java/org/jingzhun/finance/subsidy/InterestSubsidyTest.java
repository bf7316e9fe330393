package org.jingzhun.finance.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.finance.loan.Breach;
import org.jingzhun.finance.loan.BreachKind;
import org.jingzhun.finance.loan.LatePayment;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.schedule.Loans;
import org.junit.jupiter.api.Test;

/**
 * Every subsidy shape on the same loan: 50,000 yuan for three years from 2019-03-20, interest
 * on the 20th of each quarter's last month, actual/360. At 4.75 % a 92-day quarter bears
 * 5,000,000 fen × 4.75 % × 92 / 360 = 60,694.44 → 60,694 fen; the whole loan 723,054 fen.
 */
class InterestSubsidyTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate END = LocalDate.of(2022, 12, 31);

  /** The same loan at the benchmark + 30 %: 4.75 % × 1.3 = 6.175 %. */
  private static LoanTerms dearLoan() {
    return Loans.microloanBuilder().rate(AnnualRate.ofPercent("6.175")).build();
  }

  private static SubsidyPolicy.Builder policy() {
    return SubsidyPolicy.builder().name("test");
  }

  private static SubsidyStatement run(LoanTerms loan, SubsidyPolicy policy) {
    return InterestSubsidy.compute(loan, LoanHistory.none(), policy, BOOK, END);
  }

  @Test
  void fullInterestSubsidyPaysAllTheInterest() {
    SubsidyStatement s = run(Loans.microloan(), policy().build());
    assertEquals(Money.ofYuan("7230.54"), s.totalSubsidy());
    assertEquals(Money.ZERO, s.totalBorrowerShare());
  }

  @Test
  void benchmarkCapLeavesTheFloatToTheBorrower() {
    SubsidyStatement s = run(dearLoan(), policy().subsidisedRate(SubsidisedRate.BENCHMARK).build());
    SubsidyLine first = s.lines().get(0);
    // bank: 5,000,000 × 6.175 % × 92 / 360 = 78,902.78 → 78,903 fen; the 3-year benchmark is
    // 4.75 %: 60,694 fen subsidised; the borrower pays 78,903 − 60,694 = 18,209 fen
    assertEquals(Money.ofYuan("789.03"), first.interest());
    assertEquals(AnnualRate.ofPercent("4.75"), first.subsidisedRate());
    assertEquals(Money.ofYuan("606.94"), first.subsidy());
    assertEquals(Money.ofYuan("182.09"), first.borrowerShare());
    // whole loan: interest 6 × 78,903 + 4 × 78,045 + 2 × 77,188 = 939,974 fen (91 days:
    // 78,045.14 → 78,045; 90 days: 77,187.5 → 77,188); subsidy as at 4.75 %: 723,054 fen
    assertEquals(Money.ofYuan("9399.74"), s.totalInterest());
    assertEquals(Money.ofYuan("7230.54"), s.totalSubsidy());
    assertEquals(Money.ofYuan("2169.20"), s.totalBorrowerShare());
  }

  @Test
  void fixedSubsidyRateIsCappedByTheInterestCharged() {
    SubsidyPolicy fivePercent = policy().subsidisedRate(SubsidisedRate.FIXED).fixedRate(AnnualRate.ofPercent("5")).build();
    // bank at 6.175 %: 5,000,000 × 5 % × 92 / 360 = 63,888.89 → 63,889 fen subsidised
    assertEquals(Money.ofYuan("638.89"), run(dearLoan(), fivePercent).lines().get(0).subsidy());
    // bank at 4.75 %: min(60,694 charged, 5 % would be 63,889) = 60,694
    assertEquals(Money.ofYuan("606.94"), run(Loans.microloan(), fivePercent).lines().get(0).subsidy());
  }

  @Test
  void shareOfInterestIsRoundedOnce() {
    SubsidyStatement s = run(Loans.microloan(), policy().share(Share.parse("70%")).build());
    // 60,694 × 0.7 = 42,485.8 → 42,486 fen; the borrower pays 60,694 − 42,486 = 18,208
    assertEquals(Money.ofYuan("424.86"), s.lines().get(0).subsidy());
    assertEquals(Money.ofYuan("182.08"), s.lines().get(0).borrowerShare());
  }

  @Test
  void principalAboveTheCapGetsNoSubsidy() {
    LoanTerms sixty = Loans.microloanBuilder().principal(Money.ofYuan(60_000)).build();
    SubsidyLine first = run(sixty, policy().principalCap(Money.ofYuan(50_000)).build()).lines().get(0);
    // 6,000,000 × 4.75 % × 92 / 360 = 72,833.33 → 72,833 charged; on the first 50,000 only: 60,694
    assertEquals(Money.ofYuan("728.33"), first.interest());
    assertEquals(Money.ofYuan(50_000), first.principalBase());
    assertEquals(Money.ofYuan("606.94"), first.subsidy());
    assertEquals(Money.ofYuan("121.39"), first.borrowerShare());
  }

  @Test
  void benchmarkCapAndShareCombine() {
    SubsidyPolicy p = policy().subsidisedRate(SubsidisedRate.BENCHMARK).share(Share.parse("0.7")).build();
    // 60,694 at the benchmark × 0.7 = 42,485.8 → 42,486 fen of the 78,903 charged
    assertEquals(Money.ofYuan("424.86"), run(dearLoan(), p).lines().get(0).subsidy());
  }

  @Test
  void contractSignedAfterTheDeadlineIsSubsidisedUpToTheLprForItsTerm() {
    LoanTerms late = Loans.microloanBuilder().contractDate(LocalDate.of(2021, 1, 5))
        .disbursementDate(LocalDate.of(2021, 1, 10)).maturityDate(LocalDate.of(2024, 1, 10)).build();
    SubsidyPolicy p = SubsidyPolicy.povertyMicrocredit(BOOK, Loans.BAZHOU, LocalDate.of(2021, 1, 5));
    SubsidyStatement s = InterestSubsidy.compute(late, LoanHistory.none(), p, BOOK, LocalDate.of(2024, 12, 31));
    // signed after 2020-12-31: still eligible, but up to the 5-year LPR (a 3-year loan is
    // over one year), 4.65 % on 2021-01-10, instead of the 4.75 % benchmark
    assertEquals(List.of(), s.ineligibility());
    SubsidyLine first = s.lines().get(0);
    // 2021-01-10 → 03-20 = 21 + 28 + 20 = 69 days; bank 5,000,000 × 4.75 % × 69 / 360
    // = 45,520.83 → 45,521 fen; at the LPR 5,000,000 × 4.65 % × 69 / 360 = 44,562.5 → 44,563
    // (HALF_UP); the borrower pays 45,521 − 44,563 = 958 fen
    assertEquals(AnnualRate.ofPercent("4.65"), first.subsidisedRate());
    assertEquals(Money.ofYuan("455.21"), first.interest());
    assertEquals(Money.ofYuan("445.63"), first.subsidy());
    assertEquals(Money.ofYuan("9.58"), first.borrowerShare());
    assertEquals(SubsidyStatus.SUBSIDISED, first.status());
  }

  @Test
  void contractSignedOnTheDeadlineKeepsTheBenchmark() {
    LoanTerms onTime = Loans.microloanBuilder().contractDate(LocalDate.of(2020, 12, 31))
        .disbursementDate(LocalDate.of(2021, 1, 10)).maturityDate(LocalDate.of(2024, 1, 10)).build();
    SubsidyPolicy p = SubsidyPolicy.povertyMicrocredit(BOOK, Loans.BAZHOU, LocalDate.of(2020, 12, 31));
    SubsidyStatement s = InterestSubsidy.compute(onTime, LoanHistory.none(), p, BOOK, LocalDate.of(2024, 12, 31));
    // the loan's 4.75 % is the benchmark: the whole 45,521 fen of period 1 is subsidised
    assertEquals(AnnualRate.ofPercent("4.75"), s.lines().get(0).subsidisedRate());
    assertEquals(Money.ofYuan("455.21"), s.lines().get(0).subsidy());
  }

  @Test
  void policyWithoutTermsForLaterContractsExcludesThem() {
    LoanTerms late = Loans.microloanBuilder().contractDate(LocalDate.of(2021, 1, 5))
        .disbursementDate(LocalDate.of(2021, 1, 10)).maturityDate(LocalDate.of(2024, 1, 10)).build();
    SubsidyPolicy p = policy().contractSignedBy(LocalDate.of(2020, 12, 31)).build();
    SubsidyStatement s = InterestSubsidy.compute(late, LoanHistory.none(), p, BOOK, LocalDate.of(2024, 12, 31));
    assertEquals(List.of(Ineligibility.CONTRACT_AFTER_DEADLINE), s.ineligibility());
    assertEquals(Money.ZERO, s.totalSubsidy());
  }

  @Test
  void termLongerThanThreeYearsGetsNothing() {
    LoanTerms longer = Loans.microloanBuilder().maturityDate(LocalDate.of(2022, 9, 20)).build();
    SubsidyPolicy p = SubsidyPolicy.povertyMicrocredit(BOOK, Loans.BAZHOU, LocalDate.of(2019, 3, 20));
    assertEquals(List.of(Ineligibility.TERM_TOO_LONG), run(longer, p).ineligibility());
  }

  @Test
  void misuseStopsTheSubsidyFromTheDayOfTheBreach() {
    LoanHistory misuse = LoanHistory.builder().addBreaches(Breach.of(BreachKind.MISUSE, LocalDate.of(2020, 8, 1))).build();
    SubsidyPolicy p = policy().addForfeitOn(BreachKind.MISUSE).build();
    SubsidyStatement s = InterestSubsidy.compute(Loans.microloan(), misuse, p, BOOK, END);
    // periods 1–5: 60,694 + 60,694 + 60,035 + 60,035 + 60,694 = 302,152 fen; period 6 only
    // 2020-06-20 → 08-01 = 42 days: 237,500 × 42 / 360 = 27,708.33 → 27,708; later nothing
    assertEquals(SubsidyStatus.PARTLY_FORFEITED, s.lines().get(5).status());
    assertEquals(Money.ofYuan("277.08"), s.lines().get(5).subsidy());
    assertEquals(Money.ofYuan("3298.60"), s.totalSubsidy());
    SubsidyPolicy fromPeriod = policy().addForfeitOn(BreachKind.MISUSE).forfeitFrom(ForfeitFrom.PERIOD_START).build();
    assertEquals(Money.ofYuan("3021.52"), InterestSubsidy.compute(Loans.microloan(), misuse, fromPeriod, BOOK, END).totalSubsidy());
    SubsidyPolicy whole = policy().addForfeitOn(BreachKind.MISUSE).forfeitFrom(ForfeitFrom.WHOLE_LOAN).build();
    assertEquals(Money.ZERO, InterestSubsidy.compute(Loans.microloan(), misuse, whole, BOOK, END).totalSubsidy());
  }

  @Test
  void overdueInstalmentStopsTheSubsidyFromItsDueDate() {
    LoanHistory late = LoanHistory.builder().addLatePayments(LatePayment.paidOn(3, LocalDate.of(2020, 4, 25))).build();
    SubsidyPolicy p = policy().addForfeitOn(BreachKind.OVERDUE).build();
    SubsidyStatement s = InterestSubsidy.compute(Loans.equalPrincipal(), late, p, BOOK, END);
    // due 2020-04-15, the end of period 3: periods 1–3 keep 43.50 + 39.88 + 36.25 = 119.63
    assertEquals(LocalDate.of(2020, 4, 15), s.forfeitedFrom().orElseThrow());
    assertEquals(Money.ofYuan("119.63"), s.totalSubsidy());
    assertEquals(SubsidyStatus.FORFEITED, s.lines().get(3).status());
  }

  @Test
  void onlyPeriodsEndedByTheDateAreIncluded() {
    SubsidyStatement s = InterestSubsidy.compute(Loans.microloan(), LoanHistory.none(), policy().build(), BOOK, LocalDate.of(2019, 12, 20));
    assertEquals(3, s.lines().size()); // Jun 20, Sep 20, Dec 20
  }

  @Test
  void explanationCitesTheBenchmarkRate() {
    Explained<SubsidyStatement> e = InterestSubsidy.explain(dearLoan(), LoanHistory.none(),
        policy().subsidisedRate(SubsidisedRate.BENCHMARK).build(), BOOK, END);
    String text = e.explanationText(Language.ZH);
    assertTrue(text.contains("finance.benchmark.1to5y"), text);
    assertTrue(text.contains("中国人民银行"), text);
    assertEquals(run(dearLoan(), policy().subsidisedRate(SubsidisedRate.BENCHMARK).build()), e.value());
  }
}
