package org.jingzhun.finance.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class FundLedgerTest {

  static FundLedger ledger() {
    // the 6:4 agreement's leverage 10 and suspension line 5 %
    return FundLedger.builderFor(Agreements.sixFour().build()).fund("巴州区扶贫小额信贷风险补偿金")
        .addEntries(LedgerEntry.of(LocalDate.of(2019, 1, 1), LedgerEntryKind.TOP_UP, Money.ofYuan(1_000_000)),
            LedgerEntry.of(LocalDate.of(2019, 6, 30), LedgerEntryKind.COMPENSATION, Money.ofYuan(30_000)),
            LedgerEntry.of(LocalDate.of(2019, 12, 1), LedgerEntryKind.RECOVERY, Money.ofYuan("7407.40")),
            LedgerEntry.of(LocalDate.of(2019, 12, 21), LedgerEntryKind.INTEREST, Money.ofYuan(3_500)))
        .build();
  }

  @Test
  void balanceAddsTopUpsRecoveriesAndInterestAndTakesCompensations() {
    // 1,000,000 − 30,000 + 7,407.40 + 3,500 = 980,907.40
    assertEquals(Money.ofYuan("980907.40"), ledger().balanceOn(LocalDate.of(2020, 1, 1)));
    assertEquals(Money.ofYuan(970_000), ledger().balanceOn(LocalDate.of(2019, 6, 30)));
    assertEquals(Money.ofYuan("980907.40"), ledger().balances().get(3).balance());
  }

  @Test
  void capacityIsTheBalanceTimesTheMultiple() {
    assertEquals(Money.ofYuan("9809074.00"), ledger().lendingCapacity(LocalDate.of(2020, 1, 1)));
  }

  @Test
  void lendingIsSuspendedWhenArrearsReachTheLine() {
    LendingStatus s = ledger().lendingStatus(LocalDate.of(2020, 1, 1), Money.ofYuan(9_000_000), Money.ofYuan(500_000));
    // 500,000 / 9,000,000 = 5.56 % ≥ 5 %
    assertEquals(List.of(SuspensionReason.ARREARS_RATIO_REACHED), s.reasons());
    assertEquals(new BigDecimal("0.0556"), s.arrearsRatio().orElseThrow());
    assertEquals(Money.ofYuan("809074.00"), s.room());
  }

  @Test
  void lendingIsSuspendedWhenLoansReachTheCapacity() {
    LendingStatus s = ledger().lendingStatus(LocalDate.of(2020, 1, 1), Money.ofYuan(9_900_000), Money.ZERO);
    assertEquals(List.of(SuspensionReason.CAPACITY_EXHAUSTED), s.reasons());
  }

  @Test
  void lendingGoesOnBelowBothLimits() {
    assertFalse(ledger().lendingStatus(LocalDate.of(2020, 1, 1), Money.ofYuan(5_000_000), Money.ofYuan(10_000)).isSuspended());
  }

  @Test
  void compensationLargerThanTheBalanceIsRejectedAtItsEntry() {
    ValidationException e = assertThrows(ValidationException.class, () -> FundLedger.builder().from(ledger())
        .addEntries(LedgerEntry.of(LocalDate.of(2020, 3, 1), LedgerEntryKind.COMPENSATION, Money.ofYuan(1_000_000))).build());
    assertEquals("entries[4].amount", e.violations().get(0).path());
  }
}
