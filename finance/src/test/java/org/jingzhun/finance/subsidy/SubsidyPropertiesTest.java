package org.jingzhun.finance.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.finance.loan.Breach;
import org.jingzhun.finance.loan.BreachKind;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.schedule.Loans;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the subsidy on a three-year loan repaid at maturity, interest quarterly on the
 * 20th, actual/360, disbursed 2020-03-20 (so the LPR is published for every period).
 */
class SubsidyPropertiesTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate DATE = LocalDate.of(2024, 1, 1);

  private static LoanTerms loan(long fen, int bp) {
    return Loans.microloanBuilder().principal(Money.ofFen(fen)).rate(AnnualRate.ofBasisPoints(bp))
        .disbursementDate(LocalDate.of(2020, 3, 20)).maturityDate(LocalDate.of(2023, 3, 20)).build();
  }

  private static SubsidyPolicy policy(int shape, int number) {
    SubsidyPolicy.Builder b = SubsidyPolicy.builder().name("p")
        .subsidisedRate(SubsidisedRate.values()[shape % 5])
        .share(Share.of(BigDecimal.valueOf(number % 101, 2)))
        .forfeitFrom(ForfeitFrom.values()[(shape / 5) % 3])
        .addForfeitOn(BreachKind.MISUSE);
    if (SubsidisedRate.values()[shape % 5] == SubsidisedRate.FIXED) {
      b.fixedRate(AnnualRate.ofBasisPoints(number % 900));
    }
    if ((shape / 15) % 2 == 1) {
      b.principalCap(Money.ofFen(1 + number * 997L));
    }
    return b.build();
  }

  /**
   * The interest of a period worked out here, not by the schedule: the whole principal is
   * outstanding every day, so fen × days × rate / 360, rounded half up once.
   */
  private static long interest(long fen, int bp, LocalDate start, LocalDate end) {
    return BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end)))
        .multiply(BigDecimal.valueOf(bp)).divide(BigDecimal.valueOf(10_000L * 360), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  @Test
  void subsidyIsNeverNegativeAndNeverMoreThanTheInterestWorkedOutIndependently() {
    qt().forAll(integers().between(1, 100_000_000), integers().between(0, 1200), integers().between(0, 29),
            integers().between(0, 100_000))
        .checkAssert((fen, bp, shape, number) -> {
          LoanHistory h = number % 3 == 0 ? LoanHistory.none() : LoanHistory.builder()
              .addBreaches(Breach.of(BreachKind.MISUSE, LocalDate.of(2020, 3, 21).plusDays(number % 1000))).build();
          SubsidyStatement s = InterestSubsidy.compute(loan(fen, bp), h, policy(shape, number), BOOK, DATE);
          assertEquals(12, s.lines().size());
          for (SubsidyLine l : s.lines()) {
            long interest = interest(fen, bp, l.start(), l.end());
            assertFalse(l.subsidy().isNegative(), l::toString);
            assertFalse(l.subsidy().fen() > interest, l::toString);
          }
        });
  }

  @Test
  void subsidyNeverFallsWhenTheShareRises() {
    qt().forAll(integers().between(1, 100_000_000), integers().between(0, 1200), integers().between(0, 100),
            integers().between(0, 100))
        .checkAssert((fen, bp, x, y) -> {
          int low = Math.min(x, y);
          int high = Math.max(x, y);
          SubsidyStatement a = InterestSubsidy.compute(loan(fen, bp), LoanHistory.none(), shared(low), BOOK, DATE);
          SubsidyStatement b = InterestSubsidy.compute(loan(fen, bp), LoanHistory.none(), shared(high), BOOK, DATE);
          for (int i = 0; i < a.lines().size(); i++) {
            assertFalse(a.lines().get(i).subsidy().isGreaterThan(b.lines().get(i).subsidy()), "period " + (i + 1));
          }
        });
  }

  private static SubsidyPolicy shared(int percent) {
    return SubsidyPolicy.builder().name("share").share(Share.of(BigDecimal.valueOf(percent, 2))).build();
  }

  @Test
  void subsidyNeverFallsWhenTheRateCapRises() {
    qt().forAll(integers().between(1, 100_000_000), integers().between(0, 1200), integers().between(0, 1500),
            integers().between(0, 1500))
        .checkAssert((fen, bp, x, y) -> {
          SubsidyStatement a = InterestSubsidy.compute(loan(fen, bp), LoanHistory.none(), capped(Math.min(x, y)), BOOK, DATE);
          SubsidyStatement b = InterestSubsidy.compute(loan(fen, bp), LoanHistory.none(), capped(Math.max(x, y)), BOOK, DATE);
          for (int i = 0; i < a.lines().size(); i++) {
            assertFalse(a.lines().get(i).subsidy().isGreaterThan(b.lines().get(i).subsidy()), "period " + (i + 1));
          }
        });
  }

  private static SubsidyPolicy capped(int bp) {
    return SubsidyPolicy.builder().name("fixed").subsidisedRate(SubsidisedRate.FIXED)
        .fixedRate(AnnualRate.ofBasisPoints(bp)).build();
  }

  @Test
  void nothingIsPaidForDaysAfterAForfeitingBreach() {
    qt().forAll(integers().between(1, 100_000_000), integers().between(0, 1200), integers().between(0, 1200),
            integers().between(0, 2))
        .checkAssert((fen, bp, day, from) -> {
          LocalDate breach = LocalDate.of(2020, 3, 21).plusDays(day);
          LoanHistory h = LoanHistory.builder().addBreaches(Breach.of(BreachKind.FRAUD, breach)).build();
          SubsidyPolicy p = SubsidyPolicy.builder().name("forfeit").addForfeitOn(BreachKind.FRAUD)
              .forfeitFrom(ForfeitFrom.values()[from]).build();
          SubsidyStatement s = InterestSubsidy.compute(loan(fen, bp), h, p, BOOK, DATE);
          for (SubsidyLine l : s.lines()) {
            if (!l.start().isBefore(breach)) {
              assertEquals(Money.ZERO, l.subsidy(), l::toString);
            }
          }
        });
  }
}
