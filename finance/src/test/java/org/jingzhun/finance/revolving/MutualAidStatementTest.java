package org.jingzhun.finance.revolving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jingzhun.core.money.Money;
import org.junit.jupiter.api.Test;

/** Every figure of a mutual-aid fund's statement, worked out by hand, for the years of {@link MutualAidFundTest#fund()}. */
class MutualAidStatementTest {

  @Test
  void theFirstYearLendsBothLoansAndIsRepaidOnce() {
    MutualAidStatement s = MutualAidFundTest.fund().build().statement(2019);
    // capital: members 200 + 1,000 = 1,200; government 150,000
    assertEquals(Money.ofYuan(1_200), s.memberCapital());
    assertEquals(Money.ofYuan(150_000), s.governmentCapital());
    // lent 5,000 + 4,000 = 9,000; repaid in the year: A2's 2,000 on 2019-10-01
    assertEquals(Money.ofYuan(9_000), s.lent());
    assertEquals(Money.ofYuan(2_000), s.repaid());
    // fees 255.00 + 92.00 (MutualAidFundTest); A1's member is poor: half of 255.00 subsidised
    assertEquals(Money.ofYuan("127.50"), s.feeSubsidy());
    assertEquals(Money.ofYuan("127.50"), s.fees().get(0).memberPays());
    assertEquals(Money.ofYuan("92.00"), s.fees().get(1).memberPays());
    // A1: 500,000 fen × 306 days; A2: 400,000 × 92 + 200,000 × 92
    assertEquals(List.of(153_000_000L, 55_200_000L), s.fees().stream().map(FeeLine::principalDays).toList());
  }

  @Test
  void theSecondYearChargesOnlyTheLoanStillOutAndCountsItsOwnRepayments() {
    MutualAidStatement s = MutualAidFundTest.fund().build().statement(2020);
    // no loan made in 2020; repaid in the year: A2's 2,000 on 01-01 and A1's 5,000 on 03-01 = 7,000
    assertEquals(0, s.loansMade());
    assertEquals(Money.ZERO, s.lent());
    assertEquals(Money.ofYuan(7_000), s.repaid());
    // A2 was repaid on the year's first day: no days, no fee line. A1: 500,000 fen × 60 days,
    // fee 50.00, half subsidised (poor member): 25.00 each.
    assertEquals(List.of("A1"), s.fees().stream().map(FeeLine::loanId).toList());
    assertEquals(Money.ofYuan("50.00"), s.usageFees());
    assertEquals(Money.ofYuan("25.00"), s.feeSubsidy());
    assertEquals(Money.ofYuan("25.00"), s.feesFromMembers());
    // everything lent (9,000) is repaid (9,000): cash 1,200 + 150,000 − 9,000 + 9,000 = 151,200
    assertEquals(Money.ZERO, s.outstandingAtYearEnd());
    assertEquals(Money.ofYuan(151_200), s.cashAtYearEnd());
  }
}
