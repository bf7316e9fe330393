package org.jingzhun.eligibility.dibao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.jingzhun.eligibility.dibao.AddOnRule.Basis;
import org.junit.jupiter.api.Test;

/** {@link AddOnRule}: each basis uses exactly its own figure. */
class AddOnRuleTest {
  private static final Money STANDARD = Money.ofYuan("380");

  private static List<Violation> refused(Basis basis, Optional<Share> share, Optional<Money> amount) {
    return assertThrows(ValidationException.class, () -> new AddOnRule(basis, share, amount)).violations();
  }

  @Test
  void eachBasisGivesItsMonthlyAmount() {
    // 380.00 × 0.3 = 114.00; a fixed 50.00; none 0.
    assertEquals(Money.ofYuan("114"), new AddOnRule(Basis.SHARE_OF_STANDARD, Optional.of(Share.parse("0.3")), Optional.empty())
        .monthly(STANDARD, RoundingMode.HALF_UP));
    assertEquals(Money.ofYuan("50"), new AddOnRule(Basis.FIXED, Optional.empty(), Optional.of(Money.ofYuan("50")))
        .monthly(STANDARD, RoundingMode.HALF_UP));
    assertEquals(Money.ZERO, new AddOnRule(Basis.NONE, null, null).monthly(STANDARD, RoundingMode.HALF_UP));
  }

  @Test
  void aShareBasisNeedsAShareAndNoAmount() {
    assertEquals(List.of(new Violation("share", "", "is required for basis SHARE_OF_STANDARD"),
            new Violation("amount", "5.00", "is not used by basis SHARE_OF_STANDARD")),
        refused(Basis.SHARE_OF_STANDARD, Optional.empty(), Optional.of(Money.ofYuan("5"))));
  }

  @Test
  void aFixedBasisNeedsAnAmountOfZeroOrMoreAndNoShare() {
    assertEquals(List.of(new Violation("share", "0.3", "is not used by basis FIXED"),
            new Violation("amount", "", "is required for basis FIXED")),
        refused(Basis.FIXED, Optional.of(Share.parse("0.3")), Optional.empty()));
    assertEquals(List.of(new Violation("amount", "-5.00", "may not be negative")),
        refused(Basis.FIXED, Optional.empty(), Optional.of(Money.ofYuan("-5"))));
    assertEquals(Money.ZERO, new AddOnRule(Basis.FIXED, Optional.empty(), Optional.of(Money.ZERO))
        .monthly(STANDARD, RoundingMode.HALF_UP));
  }

  @Test
  void aRuleNeedsABasis() {
    assertEquals(List.of(new Violation("basis", "", "is required")), refused(null, Optional.empty(), Optional.empty()));
  }
}
