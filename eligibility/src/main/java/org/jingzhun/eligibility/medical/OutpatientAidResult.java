package org.jingzhun.eligibility.medical;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 门诊救助结果 — the outpatient aid of one claim: whether the illness is covered, the aid paid,
 * what remains to the member, and what is left of the yearly cap after it. The aid and the
 * member's share add up to the costs.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutpatientAidResult.class)
@JsonDeserialize(as = ImmutableOutpatientAidResult.class)
public abstract class OutpatientAidResult {

  /** {@return whether the recorded illness is a listed chronic or special disease} */
  public abstract boolean covered();

  /** {@return 门诊救助 — the aid paid on these costs} */
  public abstract Money aid();

  /** {@return 个人自付 — what remains to the member: the costs less the aid} */
  public abstract Money personal();

  /** {@return what is left of the yearly cap after this aid} */
  public abstract Money capLeft();

  /** {@return a builder of a new {@link OutpatientAidResult}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a result. */
  public static final class Builder extends ImmutableOutpatientAidResult.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("aid", aid())) {
      v.check(!aid().isNegative(), "aid", aid(), "may not be negative");
      v.check(covered() || aid().isZero(), "aid", aid(), "an illness not covered receives no aid");
    }
    if (v.require("personal", personal())) {
      v.check(!personal().isNegative(), "personal", personal(), "may not be negative");
    }
    if (v.require("capLeft", capLeft())) {
      v.check(!capLeft().isNegative(), "capLeft", capLeft(), "may not be negative");
    }
    v.throwIfAny();
  }
}
