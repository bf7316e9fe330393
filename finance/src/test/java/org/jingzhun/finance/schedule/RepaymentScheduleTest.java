package org.jingzhun.finance.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.finance.loan.DayCount;
import org.jingzhun.finance.loan.Frequency;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.PlannedRepayment;
import org.jingzhun.finance.loan.RepaymentMethod;
import org.junit.jupiter.api.Test;

class RepaymentScheduleTest {

  private static List<Long> interestFen(RepaymentSchedule s) {
    return s.periods().stream().map(p -> p.interest().fen()).toList();
  }

  @Test
  void microloanPaysQuarterlyInterestAndPrincipalAtMaturity() {
    RepaymentSchedule s = RepaymentSchedule.of(Loans.microloan());
    // 50,000 yuan = 5,000,000 fen at 4.75 %: 237,500 fen a year, /360 a day.
    // Quarters from 2019-03-20: 92 days (Mar 20–Jun 20, Jun 20–Sep 20), 91 (Sep 20–Dec 20;
    // Dec 20–Mar 20 2020 with Feb 29: 11+31+29+20), 92, 92, 91, 90 (Dec 20 2020–Mar 20 2021:
    // 11+31+28+20), 92, 92, 91, 90 — 1,096 days in all, the three years.
    //   92 days: 237,500 × 92 / 360 = 60,694.44 → 60,694 fen (606.94 yuan)
    //   91 days: 237,500 × 91 / 360 = 60,034.72 → 60,035 fen (600.35 yuan)
    //   90 days: 237,500 × 90 / 360 = 59,375 fen exactly (593.75 yuan)
    assertEquals(List.of(60_694L, 60_694L, 60_035L, 60_035L, 60_694L, 60_694L, 60_035L, 59_375L,
        60_694L, 60_694L, 60_035L, 59_375L), interestFen(s));
    // total: 6 × 60,694 + 4 × 60,035 + 2 × 59,375 = 364,164 + 240,140 + 118,750 = 723,054 fen
    assertEquals(Money.ofYuan("7230.54"), s.totalInterest());
    SchedulePeriod last = s.periods().get(11);
    assertEquals(Money.ofYuan(50_000), last.principal());
    assertEquals(Money.ofYuan("50593.75"), last.payment());
    assertEquals(Money.ZERO, last.closingPrincipal());
    assertEquals(LocalDate.of(2022, 3, 20), last.end());
  }

  @Test
  void disbursementBetweenSettlementDaysGivesShortFirstAndLastPeriods() {
    LoanTerms terms = Loans.microloanBuilder()
        .disbursementDate(LocalDate.of(2019, 5, 10)).maturityDate(LocalDate.of(2022, 5, 10)).build();
    RepaymentSchedule s = RepaymentSchedule.of(terms);
    // boundaries: 2019-05-10, 06-20, 09-20, …, 2022-03-20, 2022-05-10: 13 periods
    assertEquals(13, s.periods().size());
    SchedulePeriod first = s.periods().get(0);
    // May 10 → Jun 20 = 21 + 20 = 41 days: 237,500 × 41 / 360 = 27,048.61 → 27,049 fen
    assertEquals(41, first.days());
    assertEquals(Money.ofYuan("270.49"), first.interest());
    SchedulePeriod last = s.periods().get(12);
    // Mar 20 → May 10 2022 = 11 + 30 + 10 = 51 days: 237,500 × 51 / 360 = 33,645.83 → 33,646 fen
    assertEquals(51, last.days());
    assertEquals(Money.ofYuan("336.46"), last.interest());
  }

  @Test
  void equalPrincipalRepaysTheSamePartEachMonthWithInterestOnTheBalance() {
    RepaymentSchedule s = RepaymentSchedule.of(Loans.equalPrincipal());
    // 12,000 / 12 = 1,000 a month; 30/360 makes every month 30 days, so interest is
    // balance × 4.35 % × 30 / 360 = balance × 0.3625 %:
    //   12,000 → 43.50; 11,000 → 39.875 → 39.88; 10,000 → 36.25; 9,000 → 32.625 → 32.63;
    //   8,000 → 29.00; 7,000 → 25.375 → 25.38; 6,000 → 21.75; 5,000 → 18.125 → 18.13;
    //   4,000 → 14.50; 3,000 → 10.875 → 10.88; 2,000 → 7.25; 1,000 → 3.625 → 3.63
    assertEquals(List.of(4350L, 3988L, 3625L, 3263L, 2900L, 2538L, 2175L, 1813L, 1450L, 1088L, 725L, 363L),
        interestFen(s));
    // 0.3625 % × 78,000 = 282.75 exactly, plus six half-fen rounded up: 282.78
    assertEquals(Money.ofYuan("282.78"), s.totalInterest());
    s.periods().forEach(p -> assertEquals(Money.ofYuan(1000), p.principal()));
    assertEquals(30, s.periods().get(1).days()); // Feb 15 → Mar 15 counts 30 under 30/360
  }

  @Test
  void equalInstalmentsPayTheSameAmountAndTheLastAbsorbsRounding() {
    LoanTerms terms = LoanTerms.builder().from(Loans.equalPrincipal()).principal(Money.ofYuan(10_000))
        .rate(AnnualRate.ofPercent("6")).method(RepaymentMethod.EQUAL_INSTALMENTS).build();
    RepaymentSchedule s = RepaymentSchedule.of(terms);
    // r = 6 % / 12 = 0.5 %; 1.005^12 = 1.0616778; A = 10,000 × 0.005 × 1.0616778 / 0.0616778
    //   = 860.664 → 860.66
    // period 1: interest 10,000 × 0.5 % = 50.00, principal 810.66, balance 9,189.34
    // period 2: interest 9,189.34 × 0.5 % = 45.9467 → 45.95, principal 814.71
    SchedulePeriod p1 = s.periods().get(0);
    SchedulePeriod p2 = s.periods().get(1);
    assertEquals(Money.ofYuan("860.66"), p1.payment());
    assertEquals(Money.ofYuan("50.00"), p1.interest());
    assertEquals(Money.ofYuan("810.66"), p1.principal());
    assertEquals(Money.ofYuan("45.95"), p2.interest());
    assertEquals(Money.ofYuan("814.71"), p2.principal());
    // the last period repays the 856.42 left, with 4.28 interest: 860.70, not 860.66
    SchedulePeriod last = s.periods().get(11);
    assertEquals(Money.ofYuan("856.42"), last.principal());
    assertEquals(Money.ofYuan("860.70"), last.payment());
    assertEquals(Money.ofYuan(10_000), s.totalPrincipalRepaid());
  }

  /** 100,000 yuan for a year at 4.9 %, equal instalments monthly from 2019-01-15, no day count named. */
  private static LoanTerms.Builder mortgageLike() {
    return LoanTerms.builder().id("EI-1").bank("B").borrower("H3").region(Loans.BAZHOU)
        .principal(Money.ofYuan(100_000)).rate(AnnualRate.ofPercent("4.9"))
        .disbursementDate(LocalDate.of(2019, 1, 15)).maturityDate(LocalDate.of(2020, 1, 15))
        .method(RepaymentMethod.EQUAL_INSTALMENTS).frequency(Frequency.MONTHLY);
  }

  @Test
  void instalmentLoansWithNoDayCountChargeEachMonthTheAnnualRateOverTwelve() {
    LoanTerms terms = mortgageLike().build();
    assertEquals(DayCount.MONTHLY, terms.dayCount());
    RepaymentSchedule s = RepaymentSchedule.of(terms);
    // r = 4.9 % / 12 = 0.408333… %; (1 + r)^12 = 1.0501155753; the annuity
    //   A = 100,000 × 0.00408333 × 1.0501155753 / 0.0501155753 = 8,556.1662 → 8,556.17
    // period 1: 100,000 × 4.9 % / 12 = 408.333 → 408.33 interest, 8,556.17 − 408.33 = 8,147.84
    //   principal, 91,852.16 left; period 2: 91,852.16 × 0.408333 % = 375.063 → 375.06 interest,
    //   8,181.11 principal; … each month the same 8,556.17, whatever the month's length
    // period 12 repays the 8,521.32 left with 8,521.32 × 0.408333 % = 34.795 → 34.80 interest:
    //   8,556.12, 5 fen under the others (the roundings carried through the balance)
    assertEquals(Money.ofYuan("408.33"), s.periods().get(0).interest());
    assertEquals(Money.ofYuan("8147.84"), s.periods().get(0).principal());
    assertEquals(Money.ofYuan("375.06"), s.periods().get(1).interest());
    s.periods().subList(0, 11).forEach(p -> assertEquals(Money.ofYuan("8556.17"), p.payment()));
    SchedulePeriod last = s.periods().get(11);
    assertEquals(Money.ofYuan("8521.32"), last.principal());
    assertEquals(Money.ofYuan("34.80"), last.interest());
    assertEquals(Money.ofYuan("8556.12"), last.payment());
    // 11 × 8,556.17 + 8,556.12 − 100,000 = 2,673.99 of interest
    assertEquals(Money.ofYuan("2673.99"), s.totalInterest());
    assertEquals(Money.ofYuan(100_000), s.totalPrincipalRepaid());
  }

  @Test
  void actual360StaysAvailableByNameAndMakesTheLastInstalmentDifferent() {
    RepaymentSchedule s = RepaymentSchedule.of(mortgageLike().dayCount(DayCount.ACT_360).build());
    // the same annuity 8,556.17, but interest by the month's actual days / 360: January
    //   100,000 × 4.9 % × 31 / 360 = 421.944 → 421.94, February (28 days) 91,865.77 × 4.9 % × 28 /
    //   360 = 350.11; the months' principal parts no longer match the annuity's, and the last
    //   period repays the 8,547.00 left with 31 days' interest 36.06: 8,583.06, 26.89 over the
    //   others
    assertEquals(Money.ofYuan("421.94"), s.periods().get(0).interest());
    assertEquals(Money.ofYuan("350.11"), s.periods().get(1).interest());
    s.periods().subList(0, 11).forEach(p -> assertEquals(Money.ofYuan("8556.17"), p.payment()));
    assertEquals(Money.ofYuan("8583.06"), s.periods().get(11).payment());
  }

  @Test
  void equalPrincipalRoundsEachPartHalfUpAndTheLastTakesTheRest() {
    LoanTerms terms = mortgageLike().principal(Money.ofYuan(20_000)).method(RepaymentMethod.EQUAL_PRINCIPAL).build();
    RepaymentSchedule s = RepaymentSchedule.of(terms);
    // 20,000 / 12 = 1,666.666… → 1,666.67 (half-up; rounding down would print 1,666.66);
    // the last: 20,000 − 11 × 1,666.67 = 20,000 − 18,333.37 = 1,666.63
    s.periods().subList(0, 11).forEach(p -> assertEquals(Money.ofYuan("1666.67"), p.principal()));
    assertEquals(Money.ofYuan("1666.63"), s.periods().get(11).principal());
    // a month's interest = balance × 4.9 % / 12: 20,000 → 81.666… → 81.67; 18,333.33 → 74.86
    assertEquals(Money.ofYuan("81.67"), s.periods().get(0).interest());
    assertEquals(Money.ofYuan("74.86"), s.periods().get(1).interest());
  }

  @Test
  void interestThenPrincipalKeepsActual360WhenNoDayCountIsNamed() {
    LoanTerms terms = mortgageLike().method(RepaymentMethod.INTEREST_THEN_PRINCIPAL).build();
    assertEquals(DayCount.ACT_360, terms.dayCount());
    // January: 100,000 × 4.9 % × 31 / 360 = 421.944 → 421.94
    assertEquals(Money.ofYuan("421.94"), RepaymentSchedule.of(terms).periods().get(0).interest());
  }

  @Test
  void actual365CountsTheLeapDayAgainstA365DayYear() {
    LoanTerms terms = LoanTerms.builder().from(Loans.microloan()).principal(Money.ofYuan(100_000))
        .rate(AnnualRate.ofPercent("3.65")).disbursementDate(LocalDate.of(2020, 1, 1))
        .maturityDate(LocalDate.of(2021, 1, 1)).frequency(Frequency.AT_MATURITY)
        .settlement(org.jingzhun.finance.loan.SettlementRule.ANNIVERSARY).settlementDay(java.util.Optional.empty())
        .dayCount(DayCount.ACT_365).build();
    RepaymentSchedule s = RepaymentSchedule.of(terms);
    // one period of 366 days (2020 is a leap year): 10,000,000 fen × 3.65 % × 366 / 365 = 366,000 fen
    assertEquals(1, s.periods().size());
    assertEquals(366, s.periods().get(0).days());
    assertEquals(Money.ofYuan("3660.00"), s.totalInterest());
  }

  @Test
  void explicitScheduleRepaysTheListedAmountsOnTheListedDates() {
    LoanTerms terms = LoanTerms.builder().from(Loans.microloan()).principal(Money.ofYuan(30_000))
        .rate(AnnualRate.ofPercent("4.35")).disbursementDate(LocalDate.of(2020, 6, 30))
        .maturityDate(LocalDate.of(2022, 6, 30)).method(RepaymentMethod.EXPLICIT).frequency(Frequency.YEARLY)
        .settlement(org.jingzhun.finance.loan.SettlementRule.ANNIVERSARY).settlementDay(java.util.Optional.empty())
        .addExplicitRepayments(PlannedRepayment.of(LocalDate.of(2021, 6, 30), Money.ofYuan(10_000)),
            PlannedRepayment.of(LocalDate.of(2022, 6, 30), Money.ofYuan(20_000)))
        .build();
    RepaymentSchedule s = RepaymentSchedule.of(terms);
    // year 1: 3,000,000 fen × 4.35 % × 365 / 360 = 132,312.5 → 132,313 fen (half up)
    // year 2: 2,000,000 fen × 4.35 % × 365 / 360 = 88,208.33 → 88,208 fen
    assertEquals(List.of(132_313L, 88_208L), interestFen(s));
    assertEquals(Money.ofYuan(10_000), s.periods().get(0).principal());
    assertEquals(Money.ofYuan(20_000), s.periods().get(1).principal());
  }

  @Test
  void explanationListsEveryPeriod() {
    Explained<RepaymentSchedule> e = RepaymentSchedule.explain(Loans.microloan(), PolicyBook.load());
    assertEquals(12, e.explanation().children().size());
    assertTrue(e.explanationText(Language.ZH).contains("计息积数"));
    assertEquals(RepaymentSchedule.of(Loans.microloan()), e.value());
  }
}
