package org.jingzhun.finance.medicalfund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the fund's year over random years (receipts and payments of random sources,
 * layers and amounts, some payments naming a source): the sub-ledgers and the statement add up;
 * with no overdraft no balance is ever below zero, and a year is refused exactly when some day's
 * payments exceed what the fund holds; with a budget advance nothing is refused and only the
 * budget goes below zero.
 */
class MedicalFundProperties {
  private static final MedicalFundRules NO_OVERDRAFT = MedicalFundRules.builder()
      .drawingOrder(List.of(FundSource.DONATION, FundSource.LOTTERY, FundSource.BUDGET, FundSource.INTEREST, FundSource.OTHER))
      .build();
  private static final MedicalFundRules ADVANCE = MedicalFundRules.builder().from(NO_OVERDRAFT)
      .overdraftSource(FundSource.BUDGET).build();

  private static MedicalAssistanceFund year(long seed, boolean named) {
    SplittableRandom rnd = new SplittableRandom(seed);
    MedicalAssistanceFund.Builder b = MedicalAssistanceFund.builder().year(2018);
    for (FundSource s : FundSource.values()) {
      if (rnd.nextBoolean()) {
        b.putOpeningBalances(s, Money.ofFen(rnd.nextLong(0, 500_000)));
      }
    }
    FundSource[] sources = FundSource.values();
    AssistanceLayer[] layers = AssistanceLayer.values();
    for (int i = rnd.nextInt(12); i > 0; i--) {
      b.addReceipts(FundReceipt.builder().date(LocalDate.of(2018, 1, 1).plusDays(rnd.nextInt(365)))
          .source(sources[rnd.nextInt(sources.length)]).amount(Money.ofFen(rnd.nextLong(1, 300_000))).build());
    }
    for (int i = rnd.nextInt(20); i > 0; i--) {
      FundDisbursement.Builder d = FundDisbursement.builder().date(LocalDate.of(2018, 1, 1).plusDays(rnd.nextInt(365)))
          .beneficiaryId("P" + rnd.nextInt(6)).layer(layers[rnd.nextInt(layers.length)])
          .amount(Money.ofFen(rnd.nextLong(1, 200_000)));
      if (named && rnd.nextInt(4) == 0) {
        d.chargedTo(Optional.of(sources[rnd.nextInt(sources.length)]));
      }
      b.addDisbursements(d.build());
    }
    return b.build();
  }

  private static void assertAddsUp(MedicalAssistanceFund fund, MedicalFundStatement s) {
    for (SubLedger l : s.subLedgers()) {
      assertEquals(l.opening().plus(l.receipts()).minus(l.disbursements()), l.closing());
    }
    Money paid = Money.sum(fund.disbursements().stream().map(FundDisbursement::amount).toList());
    Money received = Money.sum(fund.receipts().stream().map(FundReceipt::amount).toList());
    assertEquals(paid, s.disbursements());
    assertEquals(received, s.receipts());
    assertEquals(Money.sum(fund.openingBalances().values()), s.opening());
    assertEquals(s.opening().plus(received).minus(paid), s.closing());
    assertEquals(paid, Money.sum(s.charges().stream().map(FundCharge::amount).toList()));
    assertEquals(paid, Money.sum(s.byLayer().values()));
    assertEquals(paid, Money.sum(s.byBeneficiary().values()));
    // each disbursement's charges add up to it
    for (int i = 0; i < fund.disbursements().size(); i++) {
      int k = i;
      assertEquals(fund.disbursements().get(i).amount(),
          Money.sum(s.charges().stream().filter(c -> c.disbursement() == k).map(FundCharge::amount).toList()));
    }
  }

  /** Whether, posting in date order with a day's receipts first, the fund's total ever falls below zero. */
  private static boolean everShort(MedicalAssistanceFund fund) {
    List<long[]> events = new ArrayList<>();
    fund.receipts().forEach(r -> events.add(new long[] {r.date().toEpochDay(), 0, r.amount().fen()}));
    fund.disbursements().forEach(d -> events.add(new long[] {d.date().toEpochDay(), 1, -d.amount().fen()}));
    events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    long total = fund.openingBalances().values().stream().mapToLong(Money::fen).sum();
    for (long[] e : events) {
      total += e[2];
      if (total < 0) {
        return true;
      }
    }
    return false;
  }

  @Test
  void withNoOverdraftAYearIsRefusedExactlyWhenTheFundRunsShortAndElseNoBalanceIsNegative() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      MedicalAssistanceFund fund = year(seed, false);
      if (everShort(fund)) {
        assertThrows(ValidationException.class, () -> fund.statement(NO_OVERDRAFT));
      } else {
        MedicalFundStatement s = fund.statement(NO_OVERDRAFT);
        assertAddsUp(fund, s);
        assertTrue(s.subLedgers().stream().noneMatch(l -> l.closing().isNegative()));
      }
    });
  }

  @Test
  void paymentsNamingASourceNeverTakeItBelowZeroWithoutAnOverdraft() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      MedicalAssistanceFund fund = year(seed, true);
      try {
        MedicalFundStatement s = fund.statement(NO_OVERDRAFT);
        assertAddsUp(fund, s);
        assertTrue(s.subLedgers().stream().noneMatch(l -> l.closing().isNegative()));
      } catch (ValidationException e) {
        assertTrue(e.violations().get(0).path().startsWith("disbursements["), e.getMessage());
      }
    });
  }

  @Test
  void withABudgetAdvanceNothingIsRefusedAndOnlyTheBudgetGoesBelowZero() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      MedicalAssistanceFund fund = year(seed, true);
      MedicalFundStatement s = fund.statement(ADVANCE);
      assertAddsUp(fund, s);
      assertFalse(s.subLedgers().stream().anyMatch(l -> l.source() != FundSource.BUDGET && l.closing().isNegative()));
    });
  }
}
