package org.jingzhun.finance.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.schedule.Loans;
import org.junit.jupiter.api.Test;

/**
 * Invariants of Bazhou's three subsidy programmes on loans of any size, rate and start from 2014
 * to 2022, one to three years long: each period's subsidy and the borrower's share add up to the
 * interest, neither is negative, and a programme paying half never pays more than half the
 * interest (plus the half fen that rounding half up may add).
 */
class DistrictProgrammesPropertiesTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();

  @Test
  void subsidyAndBorrowerShareAddUpToTheInterestAndNeitherIsNegative() {
    qt().forAll(integers().between(1, 500_000_000), integers().between(100, 1200), integers().between(0, 3000),
            integers().between(0, 2))
        .checkAssert((fen, bp, startDay, which) -> {
          LocalDate from = LocalDate.of(2014, 1, 1).plusDays(startDay);
          LocalDate to = from.plusYears(1 + startDay % 3);
          SubsidyPolicy p = List.of(SubsidyPolicy.agriculturalIndustrialisation(BOOK, Loans.BAZHOU, from),
              SubsidyPolicy.agriculturalGuarantee(BOOK, Loans.BAZHOU, from),
              SubsidyPolicy.dilapidatedHouseRenovation(BOOK, Loans.BAZHOU, from)).get(which);
          SubsidyStatement s = InterestSubsidy.compute(Loans.microloanBuilder().principal(Money.ofFen(fen))
              .rate(AnnualRate.ofBasisPoints(bp)).disbursementDate(from).maturityDate(to).build(), LoanHistory.none(), p,
              BOOK, to);
          for (SubsidyLine l : s.lines()) {
            assertEquals(l.interest().fen(), l.subsidy().fen() + l.borrowerShare().fen(), l::toString);
            assertFalse(l.subsidy().isNegative(), l::toString);
            assertFalse(l.borrowerShare().isNegative(), l::toString);
            if (which < 2) {
              assertTrue(2 * l.subsidy().fen() <= l.interest().fen() + 1, l::toString);
            }
          }
          assertEquals(s.totalInterest(), s.totalSubsidy().plus(s.totalBorrowerShare()));
        });
  }
}
