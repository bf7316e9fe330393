package org.jingzhun.examples.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/** 份额 — one party's part of an allocated amount. */
@Value.Immutable
@JsonSerialize(as = ImmutableAllocationPart.class)
@JsonDeserialize(as = ImmutableAllocationPart.class)
public abstract class AllocationPart {

  /** The party's name, when the request named the parties. */
  public abstract Optional<String> party();

  public abstract Money amount();

  public static AllocationPart of(Optional<String> party, Money amount) {
    return ImmutableAllocationPart.builder().party(party).amount(amount).build();
  }

  @Value.Check
  protected void check() {
    Violations.collect().check(amount() != null, "amount", "", "is required").throwIfAny();
  }
}
