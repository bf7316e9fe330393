package org.jingzhun.finance.subsidy;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.finance.loan.Breach;
import org.jingzhun.finance.loan.BreachKind;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.schedule.Loans;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class SubsidyPropertiesTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();

  private static SubsidyPolicy policy(int shape, int number) {
    SubsidyPolicy.Builder b = SubsidyPolicy.builder().name("p")
        .subsidisedRate(SubsidisedRate.values()[shape % 4])
        .share(Share.of(BigDecimal.valueOf(number % 101, 2)))
        .forfeitFrom(ForfeitFrom.values()[(shape / 4) % 3])
        .addForfeitOn(BreachKind.MISUSE);
    if (shape % 4 == 3) {
      b.fixedRate(AnnualRate.ofBasisPoints(number % 900));
    }
    if ((shape / 12) % 2 == 1) {
      b.principalCap(Money.ofFen(1 + number * 997L));
    }
    return b.build();
  }

  @Test
  void subsidyIsNeverNegativeAndNeverMoreThanTheInterest() {
    qt().forAll(integers().between(1, 100_000_000), integers().between(0, 1200), integers().between(0, 23),
            integers().between(0, 100_000))
        .checkAssert((fen, bp, shape, number) -> {
          LoanTerms loan = Loans.microloanBuilder().principal(Money.ofFen(fen)).rate(AnnualRate.ofBasisPoints(bp))
              // after 2019-08-20, so that the LPR is published for every period
              .disbursementDate(LocalDate.of(2020, 3, 20)).maturityDate(LocalDate.of(2023, 3, 20)).build();
          LoanHistory h = number % 3 == 0 ? LoanHistory.none() : LoanHistory.builder()
              .addBreaches(Breach.of(BreachKind.MISUSE, LocalDate.of(2020, 3, 21).plusDays(number % 1000))).build();
          SubsidyStatement s = InterestSubsidy.compute(loan, h, policy(shape, number), BOOK, LocalDate.of(2024, 1, 1));
          for (SubsidyLine l : s.lines()) {
            Assertions.assertFalse(l.subsidy().isNegative(), l::toString);
            Assertions.assertFalse(l.subsidy().isGreaterThan(l.interest()), l::toString);
            Assertions.assertEquals(l.interest(), l.subsidy().plus(l.borrowerShare()));
          }
        });
  }
}
