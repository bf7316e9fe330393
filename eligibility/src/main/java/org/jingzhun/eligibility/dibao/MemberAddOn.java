package org.jingzhun.eligibility.dibao;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/** 分类施保金 — one member's classified add-on per month. */
@Value.Immutable
@JsonSerialize(as = ImmutableMemberAddOn.class)
@JsonDeserialize(as = ImmutableMemberAddOn.class)
public abstract class MemberAddOn {

  /** {@return the member's identifier within the household} */
  public abstract String memberId();

  /** {@return the kind of add-on (by the member's condition)} */
  public abstract AddOnKind kind();

  /** {@return the amount per month} */
  public abstract Money monthly();

  /**
   * {@return the add-on {@code kind} of {@code monthly} a month for member {@code memberId}}
   *
   * @param memberId the member's identifier within the household
   * @param kind the kind of add-on
   * @param monthly the amount per month
   */
  public static MemberAddOn of(String memberId, AddOnKind kind, Money monthly) {
    return builder().memberId(memberId).kind(kind).monthly(monthly).build();
  }

  /** {@return a builder of a new {@link MemberAddOn}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an add-on. */
  public static final class Builder extends ImmutableMemberAddOn.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("memberId", memberId());
    v.require("kind", kind());
    if (v.require("monthly", monthly())) {
      v.check(!monthly().isNegative(), "monthly", monthly(), "may not be negative");
    }
    v.throwIfAny();
  }
}
