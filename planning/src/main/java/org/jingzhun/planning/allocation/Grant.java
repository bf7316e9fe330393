package org.jingzhun.planning.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/** 资金安排 — money from one source to one project in one year; always positive. */
@Value.Immutable
@JsonSerialize(as = ImmutableGrant.class)
@JsonDeserialize(as = ImmutableGrant.class)
public abstract class Grant {

  public abstract String sourceId();

  public abstract String projectId();

  public abstract int year();

  public abstract Money amount();

  public static Grant of(String sourceId, String projectId, int year, Money amount) {
    return ImmutableGrant.builder().sourceId(sourceId).projectId(projectId).year(year).amount(amount).build();
  }

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("amount", amount())) {
      v.check(amount().isPositive(), "amount", amount(), "a grant must be positive");
    }
    v.throwIfAny();
  }
}
