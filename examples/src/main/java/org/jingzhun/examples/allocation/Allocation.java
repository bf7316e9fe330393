package org.jingzhun.examples.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Ratio;

/**
 * 分配结果 — an amount split by a ratio: the ratio applied and one part per weight, in order;
 * the parts add back to the amount to the fen.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAllocation.class)
@JsonDeserialize(as = ImmutableAllocation.class)
public abstract class Allocation {

  public abstract Money amount();

  /** The ratio applied (as given or as read from the book). */
  public abstract Ratio ratio();

  /** One part per weight of the ratio, in order. */
  public abstract List<AllocationPart> parts();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an allocation. */
  public static final class Builder extends ImmutableAllocation.Builder {}
}
