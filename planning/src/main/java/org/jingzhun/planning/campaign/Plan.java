package org.jingzhun.planning.campaign;

import java.util.SortedMap;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.InputLimits;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.planning.funding.FundingSource;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.plan.ProjectLibrary;

/**
 * 规划方案 — a campaign plan: the years of the run, the project library and the funding
 * sources. Every project runs and every source has money only within the years of the run.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlan.class)
@JsonDeserialize(as = ImmutablePlan.class)
public abstract class Plan {

  /** {@return the plan's identifier} */
  public abstract String id();

  /** {@return the plan's name} */
  public abstract String name();

  /** {@return the first calendar year of the run} */
  public abstract int firstYear();

  /** {@return the last calendar year of the run, inclusive} */
  public abstract int lastYear();

  /** {@return the project library: the projects the plan may fund} */
  public abstract ProjectLibrary library();

  /** {@return the funding sources, each id once} */
  public abstract List<FundingSource> sources();

  /**
   * {@return whether {@code year} lies within the run}
   *
   * @param year the calendar year
   */
  public final boolean covers(int year) {
    return year >= firstYear() && year <= lastYear();
  }

  /** {@return the years of the run, in order} */
  public final List<Integer> years() {
    ImmutableList.Builder<Integer> out = ImmutableList.builder();
    for (int y = firstYear(); y <= lastYear(); y++) {
      out.add(y);
    }
    return out.build();
  }

  /** {@return the projects that run in each year of the run, in library order} */
  public final SortedMap<Integer, List<Project>> projectsByYear() {
    ImmutableSortedMap.Builder<Integer, List<Project>> out = ImmutableSortedMap.naturalOrder();
    years().forEach(y -> out.put(y, library().projectsIn(y)));
    return out.build();
  }

  /**
   * {@return the total of every source's money in {@code year}}
   *
   * @param year the calendar year
   */
  public final Money budgetIn(int year) {
    return Money.sum(sources().stream().map(s -> s.amountIn(year)).toList());
  }

  /**
   * {@return the source with {@code id}, if the plan has one}
   *
   * @param id the funding source's identifier
   */
  public final Optional<FundingSource> source(String id) {
    return sources().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** {@return a builder of a new {@link Plan}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a plan; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutablePlan.Builder {}

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
    v.require("name", name());
    v.check(InputLimits.isYear(firstYear()), "firstYear", firstYear(), InputLimits.yearRule());
    v.check(InputLimits.isYear(lastYear()), "lastYear", lastYear(), InputLimits.yearRule());
    v.check(lastYear() >= firstYear(), "lastYear", lastYear(), "may not be before the first year " + firstYear());
    if (v.require("library", library())) {
      List<Project> projects = library().projects();
      for (int i = 0; i < projects.size(); i++) {
        for (int year : projects.get(i).costByYear().keySet()) {
          v.check(covers(year), FieldPath.join(FieldPath.join("library", FieldPath.index("projects", i)), "costByYear." + year),
              year, outside());
        }
      }
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < sources().size(); i++) {
      FundingSource s = sources().get(i);
      String path = FieldPath.index("sources", i);
      v.check(ids.add(s.id()), FieldPath.join(path, "id"), s.id(), "the source id is used twice");
      for (int year : s.amountByYear().keySet()) {
        v.check(covers(year), FieldPath.join(path, "amountByYear." + year), year, outside());
      }
    }
    v.throwIfAny();
  }

  private String outside() {
    return "is outside the run " + firstYear() + "–" + lastYear();
  }
}
