package org.jingzhun.finance.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The checks of a defaulted loan and of a ledger entry. */
class RiskValueChecksTest {
  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);
  private static final Money MINUS_ONE = Money.ofYuan("-1");

  @Test
  void aDefaultOfNothingIsAllowedAndNegativeAmountsAreNot() {
    assertEquals(Money.ZERO, LoanDefault.of("L1", Money.ZERO, Money.ZERO, DAY).unpaidInterest());
    assertEquals(List.of(new Violation("outstandingPrincipal", "-1.00", "may not be negative"),
            new Violation("unpaidInterest", "-1.00", "may not be negative")),
        assertThrows(ValidationException.class, () -> LoanDefault.of("L1", MINUS_ONE, MINUS_ONE, DAY)).violations());
  }

  @Test
  void anEntryMovesMoreThanZero() {
    assertEquals(List.of(new Violation("amount", "0.00", "must be more than zero")), assertThrows(ValidationException.class,
        () -> LedgerEntry.of(DAY, LedgerEntryKind.TOP_UP, Money.ZERO)).violations());
    assertEquals(Money.ofFen(1), LedgerEntry.of(DAY, LedgerEntryKind.TOP_UP, Money.ofFen(1)).amount());
  }
}
