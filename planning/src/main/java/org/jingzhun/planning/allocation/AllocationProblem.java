package org.jingzhun.planning.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.plan.ProjectSite;

/**
 * 分配问题 — what an allocation is asked: a plan (projects and funding sources over the years
 * of the run), the objective to maximise, and a summary of every village a project serves.
 *
 * <h2>How a project's value is computed (a simple, stated model)</h2>
 * In each village a project serves, it serves q poor persons: all the village's poor for a
 * whole-village site, the persons stated for a site naming households. With the village's
 * poor households H, their income gap G and the project's uplift u per household per year, the
 * project closes the share min(1, u × H / G) of the average household's gap, and lifts out
 * ⌊q × min(u × H, G) / G⌋ persons (all q when G is zero and u positive, none when u is zero).
 * Over a set of projects, a village's persons served and lifted are the sums over the projects,
 * capped at its poor persons. Guarantees secured do not enter this value; the campaign
 * simulation applies them to households.
 *
 * <h2>Persons out beyond the run without projects ({@link Objective#ADDITIONAL_PERSONS_OUT})</h2>
 * The value the simulation reproduces. The persons above count everyone whose gap the projects
 * close, including those whom income growth and dibao lift out anyway; this one counts only the
 * persons the projects make the difference for. Each village summary lists the households the
 * run without the plan's projects leaves poor at its end ({@link VillageSummary#stillPoor()}),
 * each with the uplift it needs and the guarantees it lacks. With the chosen projects' sites
 * that serve the whole village, the village's uplift U is the sum of their uplifts as valued in
 * that last year ({@link #valuedUplift()}), and its guarantees are the union of theirs; a
 * household counts its persons when U is at least its need and every guarantee it lacks is
 * secured. Sites naming households add nothing to this value.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAllocationProblem.class)
@JsonDeserialize(as = ImmutableAllocationProblem.class)
public abstract class AllocationProblem {

  /** {@return the plan: its funding sources and project library} */
  public abstract Plan plan();

  /** {@return what to maximise} */
  public abstract Objective objective();

  /**
   * {@return for {@link Objective#ADDITIONAL_PERSONS_OUT}: each project's uplift per household as
   * it stands in the year the households are valued (grown from the year its effects begin; zero
   * when they begin after it); a project not in the map is valued at its stated uplift}
   */
  public abstract Map<String, Money> valuedUplift();

  /**
   * {@return one summary for each village of the plan that a project serves; others may be given
   * too}
   */
  public abstract List<VillageSummary> summaries();

  /**
   * {@return the exact value toward the objective of choosing the projects with {@code projectIds}
   * (persons, or villages for {@link Objective#VILLAGES_EXITING})}
   *
   * @param projectIds the identifiers of the projects chosen
   * @throws org.jingzhun.core.validation.ValidationException if an id is not a project of the plan
   */
  public final long valueOf(Collection<String> projectIds) {
    Valuation valuation = Valuation.of(this);
    Violations v = Violations.collect();
    boolean[] chosen = new boolean[valuation.projectCount()];
    for (String id : projectIds) {
      int p = valuation.indexOf(id);
      if (p >= 0) {
        chosen[p] = true;
      } else {
        v.add("projectIds", id, "is not a project of the plan");
      }
    }
    v.throwIfAny();
    return valuation.value(chosen, objective());
  }

  /** {@return a builder of a new {@link AllocationProblem}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a problem; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableAllocationProblem.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("objective", objective());
    if (!v.require("plan", plan())) {
      v.throwIfAny();
    }
    Map<RegionCode, VillageSummary> byVillage = new HashMap<>();
    for (int i = 0; i < summaries().size(); i++) {
      RegionCode village = summaries().get(i).village();
      String path = FieldPath.join(FieldPath.index("summaries", i), "village");
      v.check(plan().library().villageCodes().contains(village), path, village, "is not a village of the plan (unknown village)");
      v.check(byVillage.put(village, summaries().get(i)) == null, path, village, "the village has two summaries");
    }
    valuedUplift().forEach((id, uplift) -> {
      String path = FieldPath.join("valuedUplift", id);
      v.check(plan().library().projects().stream().anyMatch(p -> p.id().equals(id)), path, id,
          "不是规划中的项目 / is not a project of the plan");
      v.check(!uplift.isNegative(), path, uplift, "增收不能为负 / an uplift may not be negative");
    });
    List<Project> projects = plan().library().projects();
    for (int i = 0; i < projects.size(); i++) {
      List<ProjectSite> sites = projects.get(i).sites();
      for (int s = 0; s < sites.size(); s++) {
        ProjectSite site = sites.get(s);
        String path = FieldPath.join("plan.library", FieldPath.join(FieldPath.index("projects", i), FieldPath.index("sites", s)));
        VillageSummary summary = byVillage.get(site.village());
        if (summary == null) {
          v.add(FieldPath.join(path, "village"), site.village(),
              "the village has no summary; give its poor persons, households and income gap");
          continue;
        }
        if (!site.wholeVillage()) {
          v.check(site.households().size() <= summary.poorHouseholds(), FieldPath.join(path, "households"),
              site.households().size(), "names more households than the village has poor households (" + summary.poorHouseholds() + ")");
          v.check(site.persons().orElse(0) <= summary.poorPersons(), FieldPath.join(path, "persons"),
              site.persons().orElse(0), "exceeds the village's poor persons (" + summary.poorPersons() + ")");
        }
      }
    }
    v.throwIfAny();
  }
}
