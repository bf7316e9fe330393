package org.jingzhun.planning.funding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.planning.plan.ProjectType;
import org.jingzhun.core.validation.Violations;

/**
 * 资金来源 — a stream of money the county may spend on projects: its amount in each year, the
 * project types it is earmarked for (专项资金), and whether it is pooled (统筹整合使用), in
 * which case it may fund a project of any type. Money of a year not spent in that year is not
 * carried to the next.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundingSource.class)
@JsonDeserialize(as = ImmutableFundingSource.class)
public abstract class FundingSource {

  /** {@return the source's id, unique within a plan} */
  public abstract String id();

  /** {@return the source's name} */
  public abstract String name();

  /** {@return the amount available in each year, by calendar year; never negative} */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, Money> amountByYear();

  /** {@return 专项用途 — the project types the source may fund; every type when pooled} */
  public abstract Set<ProjectType> earmarks();

  /** {@return 统筹整合 — whether the source is pooled, so that it may fund any project type} */
  @Value.Default
  public boolean pooled() {
    return false;
  }

  /**
   * {@return whether the source may fund a project of {@code type}}
   *
   * @param type the project's type
   */
  public final boolean mayFund(ProjectType type) {
    return pooled() || earmarks().contains(type);
  }

  /**
   * {@return the amount in {@code year}, zero in a year the source has none}
   *
   * @param year the calendar year
   */
  public final Money amountIn(int year) {
    return amountByYear().getOrDefault(year, Money.ZERO);
  }

  /**
   * {@return how restrictive the source is, for spending the most restricted money first: the
   * number of types it may fund (every type when pooled)} Fewer is more restrictive.
   */
  public final int breadth() {
    return pooled() ? ProjectType.values().length : earmarks().size();
  }

  /** {@return a builder of a new {@link FundingSource}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a source; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableFundingSource.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("id", id())) {
      v.check(!id().isBlank(), "id", id(), "may not be blank");
    }
    v.require("name", name());
    amountByYear().forEach((year, amount) -> {
      String path = "amountByYear." + year;
      v.check(year >= 1980 && year <= 2100, path, year, "is not a plausible year");
      if (v.require(path, amount)) {
        v.check(!amount.isNegative(), path, amount, "an amount of money available may not be negative");
      }
    });
    v.check(pooled() || !earmarks().isEmpty(), "earmarks", "[]",
        "a source that is not pooled must name the project types it may fund");
    v.throwIfAny();
  }
}
