package org.jingzhun.planning.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;

/**
 * 资金分配方案 — the projects chosen and the money assigned to them: a decision for every
 * project of the library (in library order), the grants from sources to chosen projects by
 * year, and the exact value of the chosen set toward the objective. The grants to a chosen
 * project add up to its cost in each of its years, to the fen.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAllocation.class)
@JsonDeserialize(as = ImmutableAllocation.class)
public abstract class Allocation {

  /** {@return what the allocation maximised} */
  public abstract Objective objective();

  /** {@return the method that made the allocation: greedy or exact} */
  public abstract AllocationMethod method();

  /** {@return the exact value of the chosen projects toward the objective} */
  public abstract long value();

  /** {@return one decision per project, in library order} */
  public abstract List<Decision> decisions();

  /** {@return the grants, by year, then project, then source} */
  public abstract List<Grant> grants();

  /** {@return the ids of the chosen projects, in library order} */
  public final List<String> chosenProjectIds() {
    return decisions().stream().filter(Decision::chosen).map(Decision::projectId).collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return what {@code sourceId} spends in {@code year}}
   *
   * @param sourceId the funding source's identifier
   * @param year the calendar year
   */
  public final Money spent(String sourceId, int year) {
    return Money.sum(grants().stream().filter(g -> g.sourceId().equals(sourceId) && g.year() == year)
        .map(Grant::amount).toList());
  }

  /** {@return the total of every grant} */
  public final Money totalSpent() {
    return Money.sum(grants().stream().map(Grant::amount).toList());
  }

  /** {@return a builder of a new {@link Allocation}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an allocation. */
  public static final class Builder extends ImmutableAllocation.Builder {}
}
