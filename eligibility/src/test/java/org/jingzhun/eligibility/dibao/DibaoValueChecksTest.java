package org.jingzhun.eligibility.dibao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The checks of the dibao case and results: what each needs, and no negative amount. */
class DibaoValueChecksTest {
  private static final Money MINUS_ONE = Money.ofYuan("-1");

  private static List<Violation> refused(Executable make) {
    return assertThrows(ValidationException.class, make).violations();
  }

  @Test
  void aCaseNeedsAHousehold() {
    assertEquals(List.of(new Violation("household", "", "is required")), refused(() -> DibaoCase.builder().build()));
  }

  @Test
  void anAssessmentRefusesNegativeAmounts() {
    assertEquals(List.of(new Violation("monthlyTopUp", "-1.00", "may not be negative"),
            new Violation("monthlySupport", "-1.00", "may not be negative")),
        refused(() -> DibaoAssessment.builder().eligible(true).standard(Money.ofYuan("380")).monthlyTopUp(MINUS_ONE)
            .monthlySupport(MINUS_ONE).build()));
    assertEquals(Money.ZERO, DibaoAssessment.builder().eligible(false).standard(Money.ofYuan("380"))
        .monthlyTopUp(Money.ZERO).monthlySupport(Money.ZERO).build().monthlySupport());
  }

  @Test
  void anAddOnNeedsItsMemberKindAndAnAmountOfZeroOrMore() {
    assertEquals(List.of("memberId", "kind", "monthly"),
        refused(() -> MemberAddOn.builder().build()).stream().map(Violation::path).toList());
    assertEquals(List.of(new Violation("monthly", "-1.00", "may not be negative")), refused(() -> MemberAddOn.builder()
        .memberId("P1").kind(AddOnKind.SERIOUS_ILLNESS).monthly(MINUS_ONE).build()));
  }

  @Test
  void aTwoLinesViolationNamesWhatItMisses() {
    assertEquals(List.of("region", "start", "dibaoYearly", "povertyLine", "series"),
        refused(() -> TwoLinesViolation.builder().build()).stream().map(Violation::path).toList());
  }
}
