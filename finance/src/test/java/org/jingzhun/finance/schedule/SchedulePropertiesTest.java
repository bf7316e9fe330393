package org.jingzhun.finance.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
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

  /** The shapes of {@link #loan}: 3 methods × 4 frequencies × 4 day counts × 2 settlement rules. */
  private static final int SHAPES = 96;

  /** A loan from small generated numbers: principal fen, rate in bp, start offset, term, method, frequency, day count, rule. */
  static LoanTerms loan(int fen, int bp, int startDay, int termMonths, int shape) {
    LocalDate start = LocalDate.of(2018, 1, 1).plusDays(startDay);
    boolean fixed = (shape / 48) % 2 == 1;
    LoanTerms.Builder b = LoanTerms.builder().id("P").bank("B").borrower("H").region(Loans.BAZHOU)
        .principal(Money.ofFen(fen)).rate(AnnualRate.ofBasisPoints(bp))
        .disbursementDate(start).maturityDate(start.plusMonths(termMonths).plusDays(shape % 3 * 7))
        .method(METHODS[shape % 3]).frequency(Frequency.values()[(shape / 3) % 4])
        .dayCount(DayCount.values()[(shape / 12) % 4]);
    if (fixed) {
      b.settlement(SettlementRule.FIXED_DAY).settlementDay(20);
    }
    return b.build();
  }

  @Test
  void principalRepaidAddsUpToTheLoan() {
    qt().forAll(integers().between(1, 500_000_000), integers().between(0, 1500), integers().between(0, 2000),
            integers().between(0, 120 * SHAPES - 1))
        .checkAssert((fen, bp, day, termAndShape) -> {
          RepaymentSchedule s = RepaymentSchedule.of(loan(fen, bp, day, termAndShape / SHAPES + 1, termAndShape % SHAPES));
          org.junit.jupiter.api.Assertions.assertEquals(Money.ofFen(fen), s.totalPrincipalRepaid());
          s.periods().forEach(p -> org.junit.jupiter.api.Assertions.assertFalse(p.principal().isNegative()));
        });
  }

  @Test
  void aHigherRateNeverGivesLessInterest() {
    qt().forAll(integers().between(1, 500_000_000), integers().between(0, 1500), integers().between(1, 300),
            integers().between(0, 120 * SHAPES - 1))
        .checkAssert((fen, bp, more, ts) -> {
          RepaymentSchedule low = RepaymentSchedule.of(loan(fen, bp, 17, ts / SHAPES + 1, ts % SHAPES));
          RepaymentSchedule high = RepaymentSchedule.of(loan(fen, bp + more, 17, ts / SHAPES + 1, ts % SHAPES));
          org.junit.jupiter.api.Assertions.assertFalse(high.totalInterest().isLessThan(low.totalInterest()),
              () -> low.totalInterest() + " > " + high.totalInterest());
        });
  }

  @Test
  void instalmentsWithNoDayCountGivenAreEqualButForTheLastsRounding() {
    // the bank convention (a month's interest = balance × annual rate / 12) makes every period's
    // interest the period rate r = annual rate × months / 12 on the balance, the rate the
    // annuity A = P·r / (1 − (1 + r)^−n) is built on: so every payment but the last is A, and
    // the last differs only by the roundings carried through the balance — at most 1 fen a
    // period grown by (1 + r) a period, n × (1 + r)^n fen over n periods
    qt().forAll(integers().between(10_000, 100_000_000), integers().between(0, 1500), integers().between(0, 3000),
            integers().between(0, 3 * 60 - 1))
        .checkAssert((fen, bp, day, shape) -> {
          int count = shape / 3 + 1;
          Frequency frequency = new Frequency[] {Frequency.MONTHLY, Frequency.QUARTERLY, Frequency.YEARLY}[shape % 3];
          LocalDate start = LocalDate.of(2016, 1, 1).plusDays(day);
          LoanTerms terms = LoanTerms.builder().id("A").bank("B").borrower("H").region(Loans.BAZHOU)
              .principal(Money.ofFen(fen)).rate(AnnualRate.ofBasisPoints(bp)).disbursementDate(start)
              .maturityDate(start.plusMonths((long) count * frequency.months()))
              .method(RepaymentMethod.EQUAL_INSTALMENTS).frequency(frequency).build();
          assertEquals(DayCount.MONTHLY, terms.dayCount());
          List<SchedulePeriod> p = RepaymentSchedule.of(terms).periods();
          assertEquals(count, p.size());
          Money a = p.get(0).payment();
          p.subList(0, count - 1).forEach(x -> assertEquals(a, x.payment(), () -> "period " + x.number() + " of " + terms));
          BigDecimal growth = BigDecimal.ONE.add(BigDecimal.valueOf(bp * frequency.months(), 4).divide(BigDecimal.valueOf(12), MathContext.DECIMAL64));
          BigDecimal bound = growth.pow(count, MathContext.DECIMAL64).multiply(BigDecimal.valueOf(count));
          long off = Math.abs(p.get(count - 1).payment().fen() - a.fen());
          assertTrue(BigDecimal.valueOf(off).compareTo(bound) <= 0, () -> "the last is " + off + " fen off " + a + ", bound " + bound);
        });
  }

  @Test
  void equalPrincipalRepaysTheLoanOverThePeriodsRoundedHalfUpAndTheLastTakesTheRest() {
    // each period but the last repays round-half-up(P / n) fen; they add up to P exactly; from
    // P ≥ n(n − 1)/2 fen the n − 1 parts never pass P, below it the parts stop when P is repaid
    qt().forAll(integers().between(1, 500_000_000), integers().between(1, 120), integers().between(0, 3000))
        .checkAssert((fen, months, day) -> {
          LocalDate start = LocalDate.of(2016, 1, 1).plusDays(day);
          LoanTerms terms = LoanTerms.builder().id("P").bank("B").borrower("H").region(Loans.BAZHOU)
              .principal(Money.ofFen(fen)).rate(AnnualRate.ofBasisPoints(435)).disbursementDate(start)
              .maturityDate(start.plusMonths(months)).method(RepaymentMethod.EQUAL_PRINCIPAL).frequency(Frequency.MONTHLY).build();
          List<SchedulePeriod> p = RepaymentSchedule.of(terms).periods();
          long part = BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(months), 0, RoundingMode.HALF_UP).longValueExact();
          long left = fen;
          for (int i = 0; i < months; i++) {
            long expected = i == months - 1 ? left : Math.min(part, left);
            assertEquals(expected, p.get(i).principal().fen(), "period " + (i + 1));
            left -= expected;
          }
          assertEquals(Money.ofFen(fen), RepaymentSchedule.of(terms).totalPrincipalRepaid());
          if (fen >= (long) months * (months - 1) / 2) {
            p.subList(0, months - 1).forEach(x -> assertEquals(part, x.principal().fen()));
          }
        });
  }
}
