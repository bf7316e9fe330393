package org.jingzhun.eligibility.dibao;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * 分类施保标准 — a classified add-on as a table parameter: none, a share of the dibao standard,
 * or a fixed sum, per qualifying member per month.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record AddOnRule(Basis basis, Optional<Share> share, Optional<Money> amount) {

  /**
   * Checks the rule: a basis; a share for {@code SHARE_OF_STANDARD}, an amount of zero or more
   * for {@code FIXED}, and neither a share nor an amount the basis does not use.
   *
   * @param basis how the add-on is set
   * @param share the share of the dibao standard, for {@code SHARE_OF_STANDARD} only
   * @param amount the fixed sum per member per month, for {@code FIXED} only
   * @throws ValidationException listing every violation with its field
   */
  public AddOnRule {
    share = share == null ? Optional.empty() : share;
    amount = amount == null ? Optional.empty() : amount;
    Violations v = Violations.collect();
    if (v.require("basis", basis)) {
      boolean byShare = basis == Basis.SHARE_OF_STANDARD;
      boolean fixed = basis == Basis.FIXED;
      v.check(share.isPresent() == byShare, "share", share.map(Object::toString).orElse(""),
          byShare ? "is required for basis SHARE_OF_STANDARD" : "is not used by basis " + basis);
      v.check(amount.isPresent() == fixed, "amount", amount.map(Object::toString).orElse(""),
          fixed ? "is required for basis FIXED" : "is not used by basis " + basis);
      amount.ifPresent(a -> v.check(!a.isNegative(), "amount", a, "may not be negative"));
    }
    v.throwIfAny();
  }

  /** How the add-on is set. */
  public enum Basis {
    /** No add-on. */
    NONE,
    /** A share of the dibao standard. */
    SHARE_OF_STANDARD,
    /** A fixed sum. */
    FIXED
  }

  /** The add-on per member per month under {@code standard}, rounded by {@code rounding}. */
  Money monthly(Money standard, java.math.RoundingMode rounding) {
    return switch (basis) {
      case NONE -> Money.ZERO;
      case SHARE_OF_STANDARD -> standard.times(share.get(), rounding); // present: checked when made
      case FIXED -> amount.get();
    };
  }
}
