package org.jingzhun.finance.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class LossAllocationTest {
  private static final LocalDate DAY = LocalDate.of(2021, 6, 30);

  private static List<Money> paid(LossAllocation a) {
    return a.parties().stream().map(PartyPart::paid).toList();
  }

  @Test
  void fourThreeTwoOneSplitsThePrincipalAndInterestToTheFen() {
    LoanDefault d = LoanDefault.of("L1", Money.ofYuan("33000.00"), Money.ofYuan("333.33"), DAY);
    LossAllocation a = LossAllocation.allocate(Agreements.fourThreeTwoOne(), d, Money.ZERO);
    // covered: 33,000 + 333.33 = 3,333,333 fen. Exact parts: 1,333,333.2 / 999,999.9 /
    // 666,666.6 / 333,333.3; rounded down they leave 2 fen, which go to the largest
    // remainders (.9 the re-guarantor, .6 the bank): 1,333,333 / 1,000,000 / 666,667 / 333,333
    assertEquals(Money.ofYuan("33333.33"), a.coveredLoss());
    assertEquals(List.of(Money.ofYuan("13333.33"), Money.ofYuan("10000.00"), Money.ofYuan("6666.67"), Money.ofYuan("3333.33")),
        paid(a));
    assertEquals(a.coveredLoss(), a.totalPaid());
  }

  @Test
  void sixFourSharesOnlyThePrincipalAndLeavesTheInterestWithTheBank() {
    LoanDefault d = LoanDefault.of("L2", Money.ofYuan(50_000), Money.ofYuan(1_000), DAY);
    LossAllocation a = LossAllocation.allocate(Agreements.sixFour().build(), d, Money.ofYuan(1_000_000));
    // 50,000 × 0.6 = 30,000 from the fund, × 0.4 = 20,000 from the bank; 1,000 interest uncovered
    assertEquals(List.of(Money.ofYuan(30_000), Money.ofYuan(20_000)), paid(a));
    assertEquals(Money.ofYuan(1_000), a.uncoveredLoss());
  }

  @Test
  void fundPartBeyondItsBalanceStaysOwed() {
    LoanDefault d = LoanDefault.of("L3", Money.ofYuan(50_000), Money.ZERO, DAY);
    LossAllocation a = LossAllocation.allocate(Agreements.sixFour().build(), d, Money.ofYuan(20_000));
    // the fund's part is 30,000 but it holds 20,000: it pays 20,000 and owes 10,000
    PartyPart fund = a.parties().get(0);
    assertEquals(Money.ofYuan(20_000), fund.paid());
    assertEquals(Money.ofYuan(10_000), fund.owed());
    assertEquals(Money.ofYuan(10_000), a.fundShortfall());
    assertEquals(Money.ofYuan(20_000), a.parties().get(1).paid());
  }

  @Test
  void fundPartBeyondItsBalanceFallsToTheNamedParty() {
    RiskSharingAgreement agreement = Agreements.sixFour().shortfall(ShortfallRule.FALLS_TO_PARTY).shortfallBearer("县农商银行").build();
    LossAllocation a = LossAllocation.allocate(agreement, LoanDefault.of("L3", Money.ofYuan(50_000), Money.ZERO, DAY), Money.ofYuan(20_000));
    // the bank pays its 20,000 and the fund's missing 10,000: 30,000
    assertEquals(List.of(Money.ofYuan(20_000), Money.ofYuan(30_000)), paid(a));
    assertEquals(Money.ofYuan(10_000), a.parties().get(1).borneForOthers());
    assertEquals(Money.ZERO, a.parties().get(0).owed());
  }

  @Test
  void capsLimitTheSharedLoss() {
    RiskSharingAgreement agreement = Agreements.sixFour().capPerLoan(Money.ofYuan(40_000)).capPerYear(Money.ofYuan(100_000)).build();
    LoanDefault d = LoanDefault.of("L4", Money.ofYuan(50_000), Money.ZERO, DAY);
    // per loan: min(50,000, 40,000) = 40,000; then the year has 100,000 − 75,000 = 25,000 left
    LossAllocation a = LossAllocation.allocate(agreement, d, Money.ofYuan(1_000_000), Money.ofYuan(75_000));
    assertEquals(Money.ofYuan(25_000), a.coveredLoss());
    assertEquals(Money.ofYuan(25_000), a.uncoveredLoss());
    assertEquals(List.of(Money.ofYuan(15_000), Money.ofYuan(10_000)), paid(a));
  }

  @Test
  void recoveryGoesBackInProportionToWhatEachPaid() {
    LossAllocation a = LossAllocation.allocate(Agreements.sixFour().build(),
        LoanDefault.of("L2", Money.ofYuan(50_000), Money.ZERO, DAY), Money.ofYuan(1_000_000));
    RecoveryAllocation r = RecoveryAllocation.distribute(a, Money.ofYuan("12345.67"));
    // 1,234,567 fen × 30,000 / 50,000 = 740,740.2; × 20,000 / 50,000 = 493,826.8; the one fen
    // left goes to the larger remainder (.8): 740,740 and 493,827
    assertEquals(List.of(Money.ofYuan("7407.40"), Money.ofYuan("4938.27")), r.parts().stream().map(PartyAmount::amount).toList());
  }

  @Test
  void recoveryLargerThanWhatWasPaidIsRejected() {
    LossAllocation a = LossAllocation.allocate(Agreements.sixFour().build(),
        LoanDefault.of("L2", Money.ofYuan(50_000), Money.ZERO, DAY), Money.ofYuan(1_000_000));
    ValidationException e = assertThrows(ValidationException.class, () -> RecoveryAllocation.distribute(a, Money.ofYuan("50000.01")));
    assertEquals("recovered", e.violations().get(0).path());
    assertTrue(e.violations().get(0).message().contains("50000.00"));
  }

  @Test
  void sharesNotAddingUpToOneAreRejected() {
    ValidationException e = assertThrows(ValidationException.class, () -> RiskSharingAgreement.builder().name("x")
        .addParties(RiskParty.of("fund", PartyKind.RISK_FUND, Share.parse("0.6")), RiskParty.of("bank", PartyKind.BANK, Share.parse("0.3")))
        .leverageMultiple(java.math.BigDecimal.TEN).build());
    assertEquals("parties", e.violations().get(0).path());
    assertEquals("shares add up to 0.9", e.violations().get(0).value());
  }

  @Test
  void explanationNamesEachPartysPart() {
    var e = LossAllocation.explain(Agreements.fourThreeTwoOne(), LoanDefault.of("L1", Money.ofYuan(1000), Money.ZERO, DAY),
        Money.ZERO, Money.ZERO);
    assertEquals(4, e.explanation().children().size());
    assertTrue(e.explanationText(Language.ZH).contains("省农担公司"));
  }

  @Test
  void recoveryAfterAShortfallFollowsWhatWasPaidNotTheAgreedRatio() {
    // 6 : 4 on 50,000: the fund owes 30,000 but has 20,000, so it pays 20,000 and the bank its
    // 20,000; a recovery of 10,000 goes back 20,000 : 20,000 = 5,000 each (the agreed ratio
    // would give 6,000 and 4,000; the two coincide when every party paid its full part)
    LossAllocation a = LossAllocation.allocate(Agreements.sixFour().build(),
        LoanDefault.of("L3", Money.ofYuan(50_000), Money.ZERO, DAY), Money.ofYuan(20_000));
    RecoveryAllocation r = RecoveryAllocation.distribute(a, Money.ofYuan(10_000));
    assertEquals(List.of(Money.ofYuan(5_000), Money.ofYuan(5_000)), r.parts().stream().map(PartyAmount::amount).toList());
  }
}
