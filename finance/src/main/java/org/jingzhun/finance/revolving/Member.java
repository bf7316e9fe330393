package org.jingzhun.finance.revolving;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/** 互助社成员 — a member of a village mutual-aid fund: whether a registered poor household, and the capital paid in (入股金). */
@Value.Immutable
@JsonSerialize(as = ImmutableMember.class)
@JsonDeserialize(as = ImmutableMember.class)
public abstract class Member {

  /** {@return the member's identifier} */
  public abstract String id();

  /** {@return 建档立卡贫困户 — whose usage fee the fund's subsidy covers in part} */
  public abstract boolean poor();

  /** {@return 入股金 — capital paid in; may be zero (poor households often join free, 配股)} */
  public abstract Money capital();

  /**
   * {@return the member {@code id}}
   *
   * @param id the member's identifier
   * @param poor whether the member is a registered poor household
   * @param capital the capital the member paid in
   */
  public static Member of(String id, boolean poor, Money capital) {
    return ImmutableMember.builder().id(id).poor(poor).capital(capital).build();
  }

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("id", id());
    if (v.require("capital", capital())) {
      v.check(!capital().isNegative(), "capital", capital(), "may not be negative");
    }
    v.throwIfAny();
  }
}
