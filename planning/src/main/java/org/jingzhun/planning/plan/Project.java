package org.jingzhun.planning.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * 项目 — a project of the project library: its type, its cost in each year it runs, the
 * villages (and households) it serves, and its stated effects. A project is chosen whole: if
 * it is funded, each of its years is funded in full.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProject.class)
@JsonDeserialize(as = ImmutableProject.class)
public abstract class Project {

  /** {@return the project's number in the library (项目编号), unique within it} */
  public abstract String id();

  /** {@return the project's name} */
  public abstract String name();

  /** {@return the project's type, which decides which sources may fund it} */
  public abstract ProjectType type();

  /**
   * {@return the money the project needs in each year it runs, by calendar year; at least one year}
   */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, Money> costByYear();

  /** {@return the villages it serves, each at most once; at least one} */
  public abstract List<ProjectSite> sites();

  /** {@return what the project does for the households it reaches} */
  public abstract ProjectEffects effects();

  /** {@return the total cost over all its years} */
  public final Money totalCost() {
    return Money.sum(costByYear().values());
  }

  /** {@return the first year the project runs} */
  public final int firstYear() {
    return costByYear().firstKey();
  }

  /** {@return the last year the project runs; its effects count from the year after its first} */
  public final int lastYear() {
    return costByYear().lastKey();
  }

  /**
   * {@return the cost in {@code year}, zero in a year the project does not run}
   *
   * @param year the calendar year
   */
  public final Money costIn(int year) {
    return costByYear().getOrDefault(year, Money.ZERO);
  }

  /**
   * {@return {@code perYear} in each year from {@code firstYear} to {@code lastYear} inclusive}
   *
   * @param perYear the cost of each year
   * @param firstYear the first year
   * @param lastYear the last year, included
   */
  public static SortedMap<Integer, Money> costPerYear(Money perYear, int firstYear, int lastYear) {
    checkYears(firstYear, lastYear);
    ImmutableSortedMap.Builder<Integer, Money> out = ImmutableSortedMap.naturalOrder();
    for (int y = firstYear; y <= lastYear; y++) {
      out.put(y, perYear);
    }
    return out.build();
  }

  /**
   * {@return {@code total} spread over the years {@code firstYear} to {@code lastYear} inclusive in
   * equal parts; the parts add back to the total to the fen (the odd fen go to the earliest years,
   * by {@link Money#allocate})}
   *
   * @param total the total cost
   * @param firstYear the first year
   * @param lastYear the last year, included
   */
  public static SortedMap<Integer, Money> totalCostOver(Money total, int firstYear, int lastYear) {
    checkYears(firstYear, lastYear);
    List<Money> parts = total.allocate(Collections.nCopies(lastYear - firstYear + 1, BigInteger.ONE));
    ImmutableSortedMap.Builder<Integer, Money> out = ImmutableSortedMap.naturalOrder();
    for (int y = firstYear; y <= lastYear; y++) {
      out.put(y, parts.get(y - firstYear));
    }
    return out.build();
  }

  private static void checkYears(int firstYear, int lastYear) {
    if (lastYear < firstYear) {
      throw ValidationException.of("lastYear", lastYear, "may not be before the first year " + firstYear);
    }
  }

  /** {@return a builder of a new {@link Project}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a project; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableProject.Builder {}

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
    v.require("type", type());
    v.require("effects", effects());
    v.check(!costByYear().isEmpty(), "costByYear", "{}", "a project needs the cost of at least one year");
    costByYear().forEach((year, cost) -> {
      String path = "costByYear." + year;
      v.check(year >= 1980 && year <= 2100, path, year, "is not a plausible year");
      if (v.require(path, cost)) {
        v.check(!cost.isNegative(), path, cost, "a cost may not be negative");
      }
    });
    v.check(!sites().isEmpty(), "sites", "[]", "a project must serve at least one village");
    for (int i = 0; i < sites().size(); i++) {
      for (int j = 0; j < i; j++) {
        if (sites().get(i).village().equals(sites().get(j).village())) {
          v.add(FieldPath.join(FieldPath.index("sites", i), "village"), sites().get(i).village(),
              "the village is already served by sites[" + j + "]; name each village once");
        }
      }
    }
    v.throwIfAny();
  }
}
