package org.jingzhun.planning.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.jingzhun.planning.funding.FundingSource;
import org.jingzhun.planning.plan.ProjectLibrary;
import org.jingzhun.planning.plan.ProjectSite;
import org.jingzhun.planning.plan.ProjectType;
import org.jingzhun.planning.target.TargetMeasure;
import org.jingzhun.planning.target.Targets;
import org.jingzhun.planning.target.YearTarget;
import org.junit.jupiter.api.Test;

class BadInputTest {

  @Test
  void aProjectInAnUnknownVillageIsAViolation() {
    RegionCode unknown = RegionCode.of("511902103201");
    ValidationException e = assertThrows(ValidationException.class, () -> ProjectLibrary.builder()
        .addVillages(Instances.village(Instances.V1, 1000))
        .addProjects(Instances.project("ROAD-9", ProjectType.ROAD, Money.ofYuan(1000), 2018, 0,
            ProjectSite.wholeVillage(unknown)))
        .build());
    assertEquals(List.of(new Violation("projects[0].sites[0].village", "511902103201",
        "is not a village of the library (unknown village); add it to villages or correct the code")), e.violations());
  }

  @Test
  void aSourceWithANegativeAmountIsAViolation() {
    ValidationException e = assertThrows(ValidationException.class, () -> FundingSource.builder()
        .id("S1").name("财政专项扶贫资金").putAmountByYear(2018, Money.ofYuan("-0.01")).addEarmarks(ProjectType.ROAD).build());
    assertEquals(List.of(new Violation("amountByYear.2018", "-0.01", "an amount of money available may not be negative")),
        e.violations());
  }

  @Test
  void targetsForAYearOutsideTheRunAreAViolation() {
    ValidationException e = assertThrows(ValidationException.class, () -> Targets.builder().firstYear(2016).lastYear(2018)
        .addYears(YearTarget.builder().year(2019).putLevels(TargetMeasure.VILLAGES_DELISTED, 42L).build())
        .build());
    assertEquals(List.of(new Violation("years[0].year", "2019", "is outside the run 2016–2018")), e.violations());
  }

  @Test
  void everyBadAttributeOfASourceIsReportedAtOnce() {
    ValidationException e = assertThrows(ValidationException.class, () -> FundingSource.builder()
        .id(" ").name("x").putAmountByYear(2018, Money.ofYuan(-5)).putAmountByYear(1900, Money.ZERO).build());
    assertEquals(4, e.violations().size()); // blank id, implausible year, negative amount, no earmarks
  }

  @Test
  void aProjectVillageWithoutASummaryIsAViolation() {
    AllocationProblem ok = Instances.handWorked(Objective.PERSONS_LIFTED_OUT);
    ValidationException e = assertThrows(ValidationException.class, () -> AllocationProblem.builder()
        .from(ok).summaries(List.of(ok.summaries().get(0))).build());
    assertEquals("plan.library.projects[1].sites[0].village", e.violations().get(0).path());
  }

  @Test
  void aProjectRunningOutsideThePlanYearsIsAViolation() {
    AllocationProblem ok = Instances.handWorked(Objective.PERSONS_LIFTED_OUT);
    ValidationException e = assertThrows(ValidationException.class, () -> org.jingzhun.planning.campaign.Plan.builder()
        .from(ok.plan()).firstYear(2019).lastYear(2020).build());
    assertEquals(5, e.violations().size()); // three projects and two sources in 2018
    assertEquals("library.projects[0].costByYear.2018", e.violations().get(0).path());
  }

  @Test
  void theExactMethodRefusesLargeInstances() {
    AllocationProblem big = Instances.generated(7, 2);
    org.jingzhun.planning.plan.ProjectLibrary.Builder library = ProjectLibrary.builder().from(big.plan().library());
    for (int i = 0; i < ExactAllocator.MAX_PROJECTS; i++) {
      library.addProjects(Instances.project("X" + i, ProjectType.ROAD, Money.ofYuan(1), 2018, 1,
          ProjectSite.wholeVillage(Instances.V1)));
    }
    AllocationProblem tooBig = AllocationProblem.builder().from(big)
        .plan(org.jingzhun.planning.campaign.Plan.builder().from(big.plan()).library(library.build()).build()).build();
    assertThrows(ValidationException.class, () -> ExactAllocator.compute(tooBig));
  }
}
