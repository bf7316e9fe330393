package org.jingzhun.finance.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** A fund's lending status at its edges, its explanation, and the ledger's checks. */
class LendingStatusEdgesTest {
  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

  @Test
  void anEmptyFundIsExhaustedWhateverIsOutstanding() {
    FundLedger empty = FundLedger.builderFor(Agreements.sixFour().build()).fund("f").build();
    LendingStatus s = empty.lendingStatus(DAY, Money.ZERO, Money.ZERO);
    assertEquals(List.of(SuspensionReason.FUND_EXHAUSTED), s.reasons());
    assertEquals(Optional.empty(), s.arrearsRatio());
  }

  @Test
  void arrearsJustBelowTheLineDoNotSuspend() {
    // outstanding 1,000,000, line 5 %: 49,999.99 is below 50,000; capacity 9,809,074 not reached
    LendingStatus s = FundLedgerTest.ledger().lendingStatus(DAY, Money.ofYuan(1_000_000), Money.ofYuan("49999.99"));
    assertFalse(s.isSuspended());
    assertEquals(Optional.of(new BigDecimal("0.0500")), s.arrearsRatio());
  }

  @Test
  void outstandingOneFenBelowTheCapacityDoesNotSuspend() {
    // capacity 980,907.40 × 10 = 9,809,074.00
    assertFalse(FundLedgerTest.ledger().lendingStatus(DAY, Money.ofYuan("9809073.99"), Money.ZERO).isSuspended());
    assertEquals(List.of(SuspensionReason.CAPACITY_EXHAUSTED),
        FundLedgerTest.ledger().lendingStatus(DAY, Money.ofYuan("9809074.00"), Money.ZERO).reasons());
  }

  @Test
  void negativeOutstandingAndArrearsAboveItAreRefused() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> FundLedgerTest.ledger().lendingStatus(DAY, Money.ofYuan("-1"), Money.ZERO));
    assertEquals(List.of(new Violation("outstanding", "-1.00", "may not be negative"),
        new Violation("arrears", "0.00", "must lie between zero and the outstanding loans -1.00")), e.violations());
    assertTrue(FundLedgerTest.ledger().lendingStatus(DAY, Money.ofYuan(100), Money.ofYuan(100)).isSuspended());
  }

  @Test
  void theExplanationShowsCapacityRatioAndReason() {
    // 500,000 / 9,000,000 = 0.0556 ≥ 5 %: suspended for arrears
    Explained<LendingStatus> e = FundLedgerTest.ledger().explainLendingStatus(DAY, Money.ofYuan(9_000_000), Money.ofYuan(500_000));
    assertEquals(List.of(Money.ofYuan("9809074.00"), new BigDecimal("0.0556")),
        e.explanation().amounts().stream().map(a -> a.value()).toList());
    assertEquals(List.of("ARREARS_RATIO_REACHED"), e.explanation().notes().stream().map(t -> t.key()).toList());
    assertEquals(true, e.explanation().result());
    assertFalse(e.explanationText(Language.EN).isEmpty());
  }

  @Test
  void entriesOnTheSameDayAreInOrderAndABalanceOfExactlyZeroIsAllowed() {
    FundLedger l = FundLedger.builderFor(Agreements.sixFour().build()).fund("f")
        .addEntries(LedgerEntry.of(DAY, LedgerEntryKind.TOP_UP, Money.ofYuan(100)),
            LedgerEntry.of(DAY, LedgerEntryKind.COMPENSATION, Money.ofYuan(100))).build();
    assertEquals(Money.ZERO, l.balanceOn(DAY));
    ValidationException e = assertThrows(ValidationException.class, () -> FundLedger.builderFor(Agreements.sixFour().build())
        .fund("f").addEntries(LedgerEntry.of(DAY, LedgerEntryKind.TOP_UP, Money.ofYuan(100)),
            LedgerEntry.of(DAY.minusDays(1), LedgerEntryKind.TOP_UP, Money.ofYuan(100))).build());
    assertEquals(List.of(new Violation("entries[1].date", "2019-12-31", "entries must be in date order")), e.violations());
  }
}
