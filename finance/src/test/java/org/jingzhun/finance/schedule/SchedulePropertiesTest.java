package org.jingzhun.finance.schedule;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.finance.loan.DayCount;
import org.jingzhun.finance.loan.Frequency;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.RepaymentMethod;
import org.jingzhun.finance.loan.SettlementRule;
import org.junit.jupiter.api.Test;

class SchedulePropertiesTest {
  private static final RepaymentMethod[] METHODS = {
    RepaymentMethod.EQUAL_INSTALMENTS, RepaymentMethod.EQUAL_PRINCIPAL, RepaymentMethod.INTEREST_THEN_PRINCIPAL
  };

  /** A loan from small generated numbers: principal fen, rate in bp, start offset, term, method, frequency, day count, rule. */
  static LoanTerms loan(int fen, int bp, int startDay, int termMonths, int shape) {
    LocalDate start = LocalDate.of(2018, 1, 1).plusDays(startDay);
    boolean fixed = (shape / 36) % 2 == 1;
    LoanTerms.Builder b = LoanTerms.builder().id("P").bank("B").borrower("H").region(Loans.BAZHOU)
        .principal(Money.ofFen(fen)).rate(AnnualRate.ofBasisPoints(bp))
        .disbursementDate(start).maturityDate(start.plusMonths(termMonths).plusDays(shape % 3 * 7))
        .method(METHODS[shape % 3]).frequency(Frequency.values()[(shape / 3) % 4])
        .dayCount(DayCount.values()[(shape / 12) % 3]);
    if (fixed) {
      b.settlement(SettlementRule.FIXED_DAY).settlementDay(20);
    }
    return b.build();
  }

  @Test
  void principalRepaidAddsUpToTheLoan() {
    qt().forAll(integers().between(1, 500_000_000), integers().between(0, 1500), integers().between(0, 2000),
            integers().between(0, 120 * 72 - 1))
        .checkAssert((fen, bp, day, termAndShape) -> {
          RepaymentSchedule s = RepaymentSchedule.of(loan(fen, bp, day, termAndShape / 72 + 1, termAndShape % 72));
          org.junit.jupiter.api.Assertions.assertEquals(Money.ofFen(fen), s.totalPrincipalRepaid());
          s.periods().forEach(p -> org.junit.jupiter.api.Assertions.assertFalse(p.principal().isNegative()));
        });
  }

  @Test
  void aHigherRateNeverGivesLessInterest() {
    qt().forAll(integers().between(1, 500_000_000), integers().between(0, 1500), integers().between(1, 300),
            integers().between(0, 120 * 72 - 1))
        .checkAssert((fen, bp, more, ts) -> {
          RepaymentSchedule low = RepaymentSchedule.of(loan(fen, bp, 17, ts / 72 + 1, ts % 72));
          RepaymentSchedule high = RepaymentSchedule.of(loan(fen, bp + more, 17, ts / 72 + 1, ts % 72));
          org.junit.jupiter.api.Assertions.assertFalse(high.totalInterest().isLessThan(low.totalInterest()),
              () -> low.totalInterest() + " > " + high.totalInterest());
        });
  }
}
