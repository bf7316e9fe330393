package org.jingzhun.finance.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The checks of {@link SubsidyPolicy}: caps, terms, and the rates that need a deadline or a fixed rate. */
class SubsidyPolicyChecksTest {

  private static List<Violation> refused(Executable make) {
    return assertThrows(ValidationException.class, make).violations();
  }

  @Test
  void aPolicyDoesNotRequireTheFundsLeverageUnlessStated() {
    assertFalse(SubsidyPolicy.builder().name("p").build().requireWithinFundLeverage());
  }

  @Test
  void aCapOfZeroAndATermOfZeroMonthsAreRefused() {
    assertEquals(List.of(new Violation("principalCap", "0.00", "must be more than zero"),
            new Violation("maxTermMonths", "0", "must be at least one month")),
        refused(() -> SubsidyPolicy.builder().name("p").principalCap(Money.ZERO).maxTermMonths(0).build()));
    assertEquals(1, SubsidyPolicy.builder().name("p").principalCap(Money.ofFen(1)).maxTermMonths(1).build()
        .maxTermMonths().orElseThrow());
  }

  @Test
  void aRateAfterTheDeadlineNeedsTheDeadline() {
    assertEquals(List.of(new Violation("afterDeadlineRate", "BENCHMARK",
            "needs the deadline it applies after, contractSignedBy")),
        refused(() -> SubsidyPolicy.builder().name("p").afterDeadlineRate(SubsidisedRate.BENCHMARK).build()));
    assertEquals(SubsidisedRate.BENCHMARK, SubsidyPolicy.builder().name("p").afterDeadlineRate(SubsidisedRate.BENCHMARK)
        .contractSignedBy(LocalDate.of(2020, 12, 31)).build().afterDeadlineRate().orElseThrow());
  }

  @Test
  void aFixedRateAfterTheDeadlineNeedsTheFixedRate() {
    assertEquals(List.of(new Violation("fixedRate", "", "is required for, and only for, a fixed subsidised rate")),
        refused(() -> SubsidyPolicy.builder().name("p").afterDeadlineRate(SubsidisedRate.FIXED)
            .contractSignedBy(LocalDate.of(2020, 12, 31)).build()));
  }
}
