package org.jingzhun.finance.revolving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The checks of {@link MutualAidRules}: limits in order, a term of a month or more. */
class MutualAidRulesChecksTest {

  private static MutualAidRules.Builder rules() {
    return MutualAidRules.builder().firstLoanLimit(Money.ofYuan(5_000)).maxLoan(Money.ofYuan(5_000)).maxTermMonths(1)
        .usageFeeRate(AnnualRate.parse("6%")).poorMemberFeeSubsidy(Share.parse("0.5"));
  }

  @Test
  void aMaximumEqualToTheFirstLoanLimitAndATermOfOneMonthAreRules() {
    assertEquals(1, rules().build().maxTermMonths());
  }

  @Test
  void aMaximumBelowTheFirstLimitAZeroLimitAndNoTermAreEachRefused() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> rules().maxLoan(Money.ofYuan(4_999)).maxTermMonths(0).build());
    assertEquals(List.of(new Violation("maxLoan", "4999.00", "may not be below the first-loan limit 5000.00"),
        new Violation("maxTermMonths", "0", "must be at least one month")), e.violations());
    ValidationException zero = assertThrows(ValidationException.class,
        () -> rules().firstLoanLimit(Money.ZERO).maxLoan(Money.ZERO).build());
    assertEquals(List.of(new Violation("firstLoanLimit", "0.00", "must be more than zero")), zero.violations());
  }

  @Test
  void aMissingMaximumIsReportedAloneWithoutComparingTheLimits() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> MutualAidRules.builder().from(rules().build()).maxLoan(null).build());
    assertEquals(List.of(new Violation("maxLoan", "", "is required")), e.violations());
  }
}
