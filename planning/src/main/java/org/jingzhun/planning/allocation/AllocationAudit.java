package org.jingzhun.planning.allocation;

import java.util.List;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.HashSet;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violation;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.funding.FundingSource;
import org.jingzhun.planning.plan.Project;

/**
 * 分配审核 — checks an allocation against its plan, exactly in fen: one decision per project;
 * grants only from known sources to chosen projects, in the years of the run, within each
 * source's earmarks; no source spends more than its amount in a year; every chosen project
 * receives exactly its cost in each of its years.
 */
public final class AllocationAudit {
  private AllocationAudit() {}

  /**
   * {@return every way {@code allocation} breaks the plan's budgets or earmarks; empty when none}
   *
   * @param plan the plan: its funding sources and project library
   * @param allocation the allocation to check
   */
  public static List<Violation> violations(Plan plan, Allocation allocation) {
    Violations v = Violations.collect();
    Set<String> decided = new HashSet<>();
    Set<String> chosen = new HashSet<>(allocation.chosenProjectIds());
    for (int i = 0; i < allocation.decisions().size(); i++) {
      String id = allocation.decisions().get(i).projectId();
      String path = FieldPath.join(FieldPath.index("decisions", i), "projectId");
      v.check(plan.library().project(id).isPresent(), path, id, "is not a project of the plan");
      v.check(decided.add(id), path, id, "the project is decided twice");
    }
    plan.library().projects().forEach(p -> v.check(decided.contains(p.id()), "decisions", p.id(), "the project has no decision"));
    Map<String, Long> spent = new HashMap<>();
    Map<String, Long> received = new HashMap<>();
    for (int i = 0; i < allocation.grants().size(); i++) {
      Grant g = allocation.grants().get(i);
      String path = FieldPath.index("grants", i);
      Optional<FundingSource> source = plan.source(g.sourceId());
      Optional<Project> project = plan.library().project(g.projectId());
      v.check(source.isPresent(), FieldPath.join(path, "sourceId"), g.sourceId(), "is not a source of the plan");
      v.check(chosen.contains(g.projectId()), FieldPath.join(path, "projectId"), g.projectId(), "is not a chosen project");
      v.check(plan.covers(g.year()), FieldPath.join(path, "year"), g.year(), "is outside the run");
      if (source.isPresent() && project.isPresent()) {
        v.check(source.get().mayFund(project.get().type()), path, g.sourceId() + " → " + g.projectId(),
            "the source may not fund a project of type " + project.get().type());
      }
      spent.merge(g.sourceId() + "@" + g.year(), g.amount().fen(), Math::addExact);
      received.merge(g.projectId() + "@" + g.year(), g.amount().fen(), Math::addExact);
    }
    for (FundingSource s : plan.sources()) {
      for (int year : plan.years()) {
        long total = spent.getOrDefault(s.id() + "@" + year, 0L);
        v.check(total <= s.amountIn(year).fen(), "grants", s.id() + "@" + year,
            "spends " + Money.ofFen(total) + " but the source has " + s.amountIn(year));
      }
    }
    for (Project p : plan.library().projects()) {
      for (int year : plan.years()) {
        long total = received.getOrDefault(p.id() + "@" + year, 0L);
        long due = chosen.contains(p.id()) ? p.costIn(year).fen() : 0;
        v.check(total == due, "grants", p.id() + "@" + year, "receives " + Money.ofFen(total) + " but needs " + Money.ofFen(due));
      }
    }
    return v.list();
  }

  /**
   * {@return whether {@code allocation} keeps every budget and earmark of {@code plan}}
   *
   * @param plan the plan: its funding sources and project library
   * @param allocation the allocation to check
   */
  public static boolean holds(Plan plan, Allocation allocation) {
    return violations(plan, allocation).isEmpty();
  }
}
