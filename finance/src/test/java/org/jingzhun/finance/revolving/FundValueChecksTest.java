package org.jingzhun.finance.revolving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The checks of a fund loan and a fund member. */
class FundValueChecksTest {
  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

  @Test
  void aLoanOfNothingOrDueOnItsOwnDayIsRefused() {
    assertEquals(List.of(new Violation("amount", "0.00", "must be more than zero"),
            new Violation("dueDate", "2020-01-01", "must be after the loan date 2020-01-01")),
        assertThrows(ValidationException.class, () -> FundLoan.of("A", "M", DAY, Money.ZERO, DAY)).violations());
    assertEquals(DAY.plusDays(1), FundLoan.of("A", "M", DAY, Money.ofFen(1), DAY.plusDays(1)).dueDate());
  }

  @Test
  void aLoanWithoutADateIsReportedWithoutComparingItsDueDate() {
    assertEquals(List.of(new Violation("date", "", "is required")),
        assertThrows(ValidationException.class, () -> FundLoan.of("A", "M", null, Money.ofFen(1), DAY)).violations());
  }

  @Test
  void aMemberMayHaveNoCapitalButNotANegativeOne() {
    assertEquals(Money.ZERO, Member.of("M", false, Money.ZERO).capital());
    assertEquals(List.of(new Violation("capital", "-1.00", "may not be negative")),
        assertThrows(ValidationException.class, () -> Member.of("M", true, Money.ofYuan("-1"))).violations());
  }
}
