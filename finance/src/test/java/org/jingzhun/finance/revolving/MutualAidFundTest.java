package org.jingzhun.finance.revolving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class MutualAidFundTest {

  /** Sichuan limits (5,000 first, 10,000 most, 12 months); fee 6 % a year; poor members' fee half subsidised. */
  static MutualAidFund.Builder fund() {
    MutualAidRules rules = MutualAidRules.fromPolicy(PolicyBook.shipped(), RegionCode.of("511902"), LocalDate.of(2019, 1, 1),
        AnnualRate.ofPercent("6"), Share.parse("50%"));
    return MutualAidFund.builder().village("511902101201").rules(rules)
        .addGovernmentCapital(CapitalInjection.of(LocalDate.of(2018, 1, 1), Money.ofYuan(150_000)))
        .addMembers(Member.of("M1", true, Money.ofYuan(200)), Member.of("M2", false, Money.ofYuan(1_000)))
        .addLoans(FundLoan.of("A1", "M1", LocalDate.of(2019, 3, 1), Money.ofYuan(5_000), LocalDate.of(2020, 3, 1)),
            FundLoan.of("A2", "M2", LocalDate.of(2019, 7, 1), Money.ofYuan(4_000), LocalDate.of(2020, 7, 1)))
        .addRepayments(FundRepayment.of("A2", LocalDate.of(2019, 10, 1), Money.ofYuan(2_000)),
            FundRepayment.of("A2", LocalDate.of(2020, 1, 1), Money.ofYuan(2_000)),
            FundRepayment.of("A1", LocalDate.of(2020, 3, 1), Money.ofYuan(5_000)));
  }

  @Test
  void yearlyStatementAccruesUsageFeesAndSubsidisesPoorMembers() {
    MutualAidStatement s = fund().build().statement(2019);
    // A1 (poor): 5,000 from 2019-03-01 to 2020-01-01 = 306 days:
    //   500,000 fen × 6 % × 306 / 360 = 25,500 fen = 255.00; half subsidised: 127.50
    // A2: 4,000 for Jul 1 → Oct 1 (92 days), 2,000 for Oct 1 → Jan 1 (92 days):
    //   (400,000 × 92 + 200,000 × 92) × 6 % / 360 = 55,200,000 × 6 % / 360 = 9,200 fen = 92.00
    assertEquals(Money.ofYuan("255.00"), s.fees().get(0).fee());
    assertEquals(Money.ofYuan("127.50"), s.fees().get(0).subsidised());
    assertEquals(Money.ofYuan("92.00"), s.fees().get(1).fee());
    assertEquals(Money.ofYuan("347.00"), s.usageFees());
    assertEquals(Money.ofYuan("219.50"), s.feesFromMembers());
    // lent 9,000, repaid 2,000: outstanding 7,000; cash 1,200 + 150,000 + 2,000 − 9,000 = 144,200
    assertEquals(2, s.loansMade());
    assertEquals(Money.ofYuan(7_000), s.outstandingAtYearEnd());
    assertEquals(Money.ofYuan(144_200), s.cashAtYearEnd());
  }

  @Test
  void feeOfTheFollowingYearCountsOnlyItsOwnDays() {
    MutualAidStatement s = fund().build().statement(2020);
    // A1: 2020-01-01 → 03-01 = 60 days: 500,000 × 6 % × 60 / 360 = 5,000 fen = 50.00
    assertEquals(Money.ofYuan("50.00"), s.fees().get(0).fee());
    assertEquals(Money.ZERO, s.outstandingAtYearEnd());
  }

  @Test
  void firstLoanAboveTheFirstLoanLimitIsRejected() {
    ValidationException e = assertThrows(ValidationException.class, () -> fund()
        .addMembers(Member.of("M3", false, Money.ZERO))
        .addLoans(FundLoan.of("A3", "M3", LocalDate.of(2019, 8, 1), Money.ofYuan(6_000), LocalDate.of(2020, 8, 1))).build());
    assertEquals("loans[2].amount", e.violations().get(0).path());
  }

  @Test
  void laterLoanMayReachTheMaximum() {
    MutualAidFund f = fund()
        .addLoans(FundLoan.of("A3", "M2", LocalDate.of(2020, 2, 1), Money.ofYuan(8_000), LocalDate.of(2021, 2, 1))).build();
    assertEquals(1, f.statement(2020).loansMade());
  }

  @Test
  void nonMemberMayNotBorrow() {
    ValidationException e = assertThrows(ValidationException.class, () -> fund()
        .addLoans(FundLoan.of("A3", "X", LocalDate.of(2019, 8, 1), Money.ofYuan(1_000), LocalDate.of(2020, 8, 1))).build());
    assertEquals("loans[2].borrower", e.violations().get(0).path());
  }
}
