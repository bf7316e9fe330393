package org.jingzhun.examples.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.validation.Violations;

/**
 * 分配请求 — an amount to split and the ratio to split it by: given directly ({@code "6:4"}) or
 * named as a ratio parameter of the policy book, read for the date and region. Optional names
 * of the parties label the parts, one name per part of the ratio.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAllocationRequest.class)
@JsonDeserialize(as = ImmutableAllocationRequest.class)
public abstract class AllocationRequest {

  /** The amount to split; may be negative (a correction splits like the original). */
  public abstract Money amount();

  /** The ratio, when given directly. */
  public abstract Optional<Ratio> ratio();

  /** The name of a policy parameter of unit RATIO, when the book sets the ratio. */
  public abstract Optional<String> ratioParameter();

  /** The parties' names, one per part of the ratio; empty for unnamed parts. */
  public abstract List<String> parties();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a request; {@code build()} reports every problem at once. */
  public static final class Builder extends ImmutableAllocationRequest.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("amount", amount());
    v.check(ratio().isPresent() != ratioParameter().isPresent(), "ratio", ratio().map(Ratio::toString).orElse(""),
        "give either 'ratio' or 'ratioParameter', not both and not neither");
    ratio().ifPresent(r -> v.check(parties().isEmpty() || parties().size() == r.size(), "parties", parties().size(),
        "name one party per part of the ratio (" + r.size() + " parts)"));
    for (int i = 0; i < parties().size(); i++) {
      v.check(!parties().get(i).isBlank(), "parties[" + i + "]", "", "a party's name may not be blank");
    }
    v.throwIfAny();
  }
}
