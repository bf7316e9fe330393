package org.jingzhun.examples.district;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.place.Area;
import org.jingzhun.core.place.County;
import org.jingzhun.core.place.Township;
import org.jingzhun.core.place.Village;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.funding.FundingSource;
import org.jingzhun.planning.plan.Guarantee;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.plan.ProjectEffects;
import org.jingzhun.planning.plan.ProjectLibrary;
import org.jingzhun.planning.plan.ProjectSite;
import org.jingzhun.planning.plan.ProjectType;
import org.jingzhun.planning.target.TargetMeasure;
import org.jingzhun.planning.target.Targets;
import org.jingzhun.planning.target.YearTarget;

/**
 * 演示规划 — the synthetic plan: one project of each assumed type for each poor village, its cost
 * and first year drawn (from the plan's first year to its last less the project's years, so it
 * takes effect within the plan), its effects as assumed; funding sources a year as assumed; areas of four
 * neighbouring townships; the yearly targets at the article's pace until the stock runs out.
 */
final class PlanGenerator {
  private static final int TOWNSHIPS_PER_AREA = 4;
  private static final String BASIS = "演示假设（合成数据）/ demonstration assumption (synthetic data): district-assumptions.yaml";

  private final DistrictAssumptions a;

  PlanGenerator(DistrictAssumptions a) {
    this.a = a;
  }

  Plan plan(County county, SplittableRandom r) {
    int first = a.integer("plan/firstYear");
    int last = a.integer("plan/lastYear");
    List<Project> projects = new ArrayList<>();
    for (Village v : county.villages()) {
      if (!v.poorVillage()) {
        continue;
      }
      a.node("plan/projectTypes").properties().forEach(e -> {
        JsonNode t = e.getValue();
        int years = t.get("years").asInt();
        int start = first + r.nextInt(last - first - years + 1);
        Money cost = Money.ofYuan(String.valueOf(r.nextLong(t.get("cost").get(0).asLong(), t.get("cost").get(1).asLong() + 1)));
        ProjectEffects.Builder effects = ProjectEffects.builder()
            .incomeUpliftPerHousehold(Money.ofYuan(t.get("uplift").asText())).basis(BASIS);
        t.get("guarantees").forEach(g -> effects.addGuarantees(Guarantee.valueOf(g.asText())));
        projects.add(Project.builder().id(v.code() + "-" + e.getKey()).name(v.name() + " " + ProjectType.valueOf(e.getKey()).chinese())
            .type(ProjectType.valueOf(e.getKey())).costByYear(Project.totalCostOver(cost, start, start + years - 1))
            .addSites(ProjectSite.wholeVillage(v.code())).effects(effects.build()).build());
      });
    }
    return Plan.builder().id("demo-" + county.code()).name(county.name() + " 脱贫攻坚规划（合成数据）").firstYear(first).lastYear(last)
        .library(ProjectLibrary.builder().addAllVillages(county.villages()).addAllAreas(areas(county)).addAllProjects(projects).build())
        .addAllSources(sources(first, last)).build();
  }

  private List<Area> areas(County county) {
    List<Area> out = new ArrayList<>();
    List<Township> townships = county.townships();
    for (int i = 0; i < townships.size(); i += TOWNSHIPS_PER_AREA) {
      Area.Builder area = Area.builder().id("area-" + (i / TOWNSHIPS_PER_AREA + 1)).name("演示片区" + (i / TOWNSHIPS_PER_AREA + 1));
      townships.subList(i, Math.min(i + TOWNSHIPS_PER_AREA, townships.size())).forEach(t -> area.addTownships(t.code()));
      out.add(area.build());
    }
    return out;
  }

  private List<FundingSource> sources(int first, int last) {
    List<FundingSource> out = new ArrayList<>();
    for (JsonNode s : a.node("plan/sources")) {
      FundingSource.Builder b = FundingSource.builder().id(s.get("id").asText()).name(s.get("name").asText())
          .pooled(s.path("pooled").asBoolean(false));
      for (int y = first; y <= last; y++) {
        b.putAmountByYear(y, Money.ofYuan(s.get("perYear").asText()));
      }
      s.path("earmarks").forEach(t -> b.addEarmarks(ProjectType.valueOf(t.asText())));
      out.add(b.build());
    }
    return out;
  }

  /**
   * The article's yearly pace (scaled to the district's size for persons) until the poor
   * villages and persons generated are used up.
   */
  Targets targets(int poorVillages, long poorPersons, long households) {
    int first = a.integer("plan/firstYear");
    int last = a.integer("plan/lastYear");
    long villagePace = a.integer("targets/villagesDelistedPerYear");
    long personPace = a.wholeNumber("targets/personsLiftedOutPerYear") * households / a.wholeNumber("district/households");
    long villagesLeft = poorVillages;
    long personsLeft = poorPersons;
    Targets.Builder out = Targets.builder().firstYear(first).lastYear(last);
    for (int y = first; y <= last; y++) {
      long v = Math.min(villagePace, villagesLeft);
      long p = Math.min(personPace, personsLeft);
      villagesLeft -= v;
      personsLeft -= p;
      out.addYears(YearTarget.builder().year(y).putLevels(TargetMeasure.VILLAGES_DELISTED, v)
          .putLevels(TargetMeasure.PERSONS_LIFTED_OUT, p).build());
    }
    return out.build();
  }
}
