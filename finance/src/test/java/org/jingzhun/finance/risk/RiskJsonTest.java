package org.jingzhun.finance.risk;

import static org.jingzhun.finance.json.RoundTrip.assertRoundTrips;

import java.time.LocalDate;
import org.jingzhun.core.money.Money;
import org.junit.jupiter.api.Test;

class RiskJsonTest {

  @Test
  void agreementsAllocationsAndLedgersRoundTrip() {
    RiskSharingAgreement agreement = Agreements.sixFour().capPerLoan(Money.ofYuan(40_000)).build();
    assertRoundTrips(agreement, RiskSharingAgreement.class);
    assertRoundTrips(Agreements.fourThreeTwoOne(), RiskSharingAgreement.class);
    LoanDefault d = LoanDefault.of("L", Money.ofYuan(50_000), Money.ofYuan(100), LocalDate.of(2021, 1, 1));
    assertRoundTrips(d, LoanDefault.class);
    LossAllocation a = LossAllocation.allocate(agreement, d, Money.ofYuan(10_000));
    assertRoundTrips(a, LossAllocation.class);
    assertRoundTrips(RecoveryAllocation.distribute(a, Money.ofYuan(100)), RecoveryAllocation.class);
    assertRoundTrips(FundLedgerTest.ledger(), FundLedger.class);
    assertRoundTrips(FundLedgerTest.ledger().lendingStatus(LocalDate.of(2020, 1, 1), Money.ofYuan(9_000_000), Money.ofYuan(500_000)),
        LendingStatus.class);
  }
}
