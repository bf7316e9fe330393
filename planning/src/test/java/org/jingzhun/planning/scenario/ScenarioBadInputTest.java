package org.jingzhun.planning.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.funding.FundingSource;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.plan.ProjectEffects;
import org.jingzhun.planning.plan.ProjectLibrary;
import org.jingzhun.planning.plan.ProjectSite;
import org.jingzhun.planning.plan.ProjectType;
import org.jingzhun.planning.simulation.CampaignSimulation;
import org.jingzhun.planning.simulation.SimulationFixtures;
import org.jingzhun.planning.target.TargetMeasure;
import org.jingzhun.planning.target.Targets;
import org.jingzhun.planning.target.YearTarget;
import org.junit.jupiter.api.Test;

class ScenarioBadInputTest {
  private static final RegionCode ELSEWHERE = RegionCode.of("511902200001");

  private static List<String> paths(ValidationException e) {
    return e.violations().stream().map(Violation::path).toList();
  }

  @Test
  void aProjectInAVillageOutsideTheCountyIsReportedAtItsSite() {
    Village stranger = Village.builder().code(ELSEWHERE).name("外村").registeredPopulation(10).build();
    Plan plan = Plan.builder().from(SimulationFixtures.handPlan())
        .library(ProjectLibrary.builder().from(SimulationFixtures.handPlan().library()).addVillages(stranger)
            .addProjects(Project.builder().id("X").name("外村路").type(ProjectType.ROAD).putCostByYear(2019, Money.ofYuan(1))
                .addSites(ProjectSite.wholeVillage(ELSEWHERE)).effects(ProjectEffects.builder().build()).build())
            .build())
        .build();
    ValidationException e = assertThrows(ValidationException.class, () -> SimulationFixtures.handScenario().plan(plan).build());
    assertTrue(paths(e).contains("plan.library.villages[3].code"), paths(e).toString());
    assertTrue(paths(e).contains("plan.library.projects[1].sites[0].village"), paths(e).toString());
  }

  @Test
  void aSourceWithANegativeAmountIsReportedAtItsYear() {
    ValidationException e = assertThrows(ValidationException.class, () -> FundingSource.builder().id("S").name("负数")
        .pooled(true).putAmountByYear(2019, Money.ofYuan(-1)).build());
    assertEquals(List.of("amountByYear.2019"), paths(e));
  }

  @Test
  void targetsForAYearOutsideTheRunAreReported() {
    Targets targets = Targets.builder().firstYear(2019).lastYear(2021)
        .addYears(YearTarget.builder().year(2021).putLevels(TargetMeasure.VILLAGES_DELISTED, 2L).build()).build();
    ValidationException e = assertThrows(ValidationException.class,
        () -> SimulationFixtures.handScenario().targets(targets).build());
    assertEquals(List.of("targets.lastYear", "targets.years[0].year"), paths(e));
  }

  @Test
  void householdsInAVillageOutsideTheCountyAreReported() {
    var population = SimulationFixtures.handPopulation();
    int v = population.addVillage(ELSEWHERE);
    int h = population.appendHousehold(v);
    population.addMember(0, org.jingzhun.core.household.Relationship.HEAD, org.jingzhun.core.household.LabourCapacity.FULL);
    assertTrue(h > 0);
    ValidationException e = assertThrows(ValidationException.class,
        () -> SimulationFixtures.handScenario().population(population).build());
    assertEquals(List.of("population.villages[3]"), paths(e));
  }

  @Test
  void aNegativeGrowthRateAndAMissingAssumptionAreReportedTogether() {
    ValidationException e = assertThrows(ValidationException.class, () -> SimulationFixtures.handAssumptions()
        .incomeGrowth(new java.math.BigDecimal("-0.01")).evaluationDay(null).build());
    assertEquals(List.of("incomeGrowth", "evaluationDay"), paths(e));
  }

  @Test
  void theOfficialOnlyBookReportsTheEstimatedDibaoStandard() {
    // the shipped book runs 2016–2020 through; official figures alone leave Sichuan's 2016–2018 standard out
    Plan plan = Plan.builder().from(SimulationFixtures.handPlan()).firstYear(2016).lastYear(2020)
        .sources(List.of()).library(ProjectLibrary.builder().from(SimulationFixtures.handPlan().library()).projects(List.of()).build())
        .build();
    Scenario s = SimulationFixtures.handScenario().book(org.jingzhun.core.policy.PolicyBook.shipped().officialOnly()).plan(plan).build();
    ValidationException e = assertThrows(ValidationException.class, () -> CampaignSimulation.run(s));
    assertTrue(e.getMessage().contains("dibao.standard.rural") && e.getMessage().contains("estimated"), e.getMessage());
    CampaignSimulation.run(SimulationFixtures.handScenario().book(org.jingzhun.core.policy.PolicyBook.shipped()).plan(plan).build());
  }

  @Test
  void aMemberBornAfterTheFirstEvaluatedDayIsReportedAtTheMember() {
    // the hand plan runs 2019–2020, evaluated on December 31: a member born on 2020-01-01 has no age on 2019-12-31
    org.jingzhun.planning.population.Population population = SimulationFixtures.handPopulation();
    population.append(org.jingzhun.core.household.Household.builder().id("LATE").village(population.villages().get(0))
        .addMembers(org.jingzhun.core.household.Person.builder().id("1").birthDate(java.time.LocalDate.of(2020, 1, 1))
            .relationship(org.jingzhun.core.household.Relationship.HEAD)
            .labourCapacity(org.jingzhun.core.household.LabourCapacity.FULL).build())
        .income(org.jingzhun.core.household.Income.builder().build())
        .housing(org.jingzhun.core.household.HousingSafetyGrade.A).safeDrinkingWater(true).build());
    ValidationException e = assertThrows(ValidationException.class,
        () -> SimulationFixtures.handScenario().population(population).build());
    int late = population.size() - 1;
    assertEquals(List.of("population[" + late + "].members[0].birthDate"), paths(e));
    assertTrue(e.getMessage().contains("is after 2019-12-31, the first day the simulation evaluates"), e.getMessage());
  }

  @Test
  void aPlanOfYearsOutsideTheInputYearsIsRefusedBeforeItsYearsAreCounted() {
    // 1900–2100 are the years an input may name; a run to 2147483647 would count two billion years
    ValidationException e = assertThrows(ValidationException.class,
        () -> Plan.builder().from(SimulationFixtures.handPlan()).firstYear(Integer.MIN_VALUE).lastYear(Integer.MAX_VALUE).build());
    assertEquals(List.of("firstYear", "lastYear"), paths(e));
    assertTrue(e.getMessage().contains("is not a year from 1900 to 2100"), e.getMessage());
  }
}
