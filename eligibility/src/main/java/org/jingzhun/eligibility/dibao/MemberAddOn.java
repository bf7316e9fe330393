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

  public abstract String memberId();

  public abstract AddOnKind kind();

  public abstract Money monthly();

  public static MemberAddOn of(String memberId, AddOnKind kind, Money monthly) {
    return builder().memberId(memberId).kind(kind).monthly(monthly).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an add-on. */
  public static final class Builder extends ImmutableMemberAddOn.Builder {}

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
