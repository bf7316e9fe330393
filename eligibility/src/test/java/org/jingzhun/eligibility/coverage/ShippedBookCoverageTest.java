package org.jingzhun.eligibility.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyCoverage;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.exit.CountyExitRules;
import org.jingzhun.eligibility.exit.HouseholdExitRules;
import org.jingzhun.eligibility.exit.VillageExitRules;
import org.jingzhun.core.household.RelocationPlan;
import org.jingzhun.eligibility.medical.MedicalCascade;
import org.jingzhun.eligibility.monitoring.MonitoringRules;
import org.jingzhun.eligibility.prescription.Prescription;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.jingzhun.eligibility.procedure.ProcedureRules;
import org.jingzhun.eligibility.screening.IncomeScreening;
import org.junit.jupiter.api.Test;

/**
 * The shipped book answers every eligibility rule for the nation, Sichuan, Bazhong and Bazhong's
 * five county-level areas on the 1st and 15th of every month from 2014 to 2025, and a full
 * prescription for households that take every branch (every school stage, a severe disability,
 * C and D dwellings, relocation, extreme-poverty support) in a village of each county.
 */
class ShippedBookCoverageTest {
  static final PolicyBook BOOK = PolicyBook.shipped();
  static final List<RegionCode> COUNTIES = List.of("511902", "511903", "511921", "511922", "511923").stream()
      .map(RegionCode::of).toList();
  static final List<RegionCode> REGIONS = new ArrayList<>();

  static {
    REGIONS.add(RegionCode.NATION);
    REGIONS.add(RegionCode.of("510000"));
    REGIONS.add(RegionCode.of("511900"));
    REGIONS.addAll(COUNTIES);
  }

  static List<LocalDate> days() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate month = LocalDate.of(2014, 1, 1); month.getYear() <= 2025; month = month.plusMonths(1)) {
      days.add(month);
      days.add(month.withDayOfMonth(15));
    }
    return days;
  }

  /** Runs {@code rule} on every region and day, collecting each gap as "parameter (region, date read)". */
  private static TreeSet<String> gaps(List<RegionCode> regions, Consumer<Object[]> rule) {
    TreeSet<String> gaps = new TreeSet<>();
    for (RegionCode region : regions) {
      for (LocalDate day : days()) {
        try {
          rule.accept(new Object[] {region, day});
        } catch (ValidationException e) {
          e.violations().forEach(v -> gaps.add(v.path() + " (" + region + ", " + v.value() + "): " + v.message()));
        }
      }
    }
    return gaps;
  }

  @Test
  void everyRegionalRuleHasItsParametersOnEveryDay() {
    // the nation itself has no dibao standard, medical cascade or housing grants: only the rules that are national
    assertEquals(new TreeSet<>(), gaps(REGIONS, a -> {
      RegionCode r = (RegionCode) a[0];
      LocalDate d = (LocalDate) a[1];
      HouseholdExitRules.resolve(BOOK, r, d);
      VillageExitRules.resolve(BOOK, r, d);
      CountyExitRules.resolve(BOOK, r, d);
      ProcedureRules.resolve(BOOK, r, d);
    }));
    assertEquals(new TreeSet<>(), gaps(REGIONS.subList(1, REGIONS.size()), a -> {
      RegionCode r = (RegionCode) a[0];
      LocalDate d = (LocalDate) a[1];
      PrescriptionRules.resolve(BOOK, r, d);
      IncomeScreening.resolve(BOOK, r, d);
    }));
    assertEquals(new TreeSet<>(), gaps(REGIONS.subList(2, REGIONS.size()), a ->
        MedicalCascade.resolve(BOOK, (RegionCode) a[0], (LocalDate) a[1])));
  }

  @Test
  void aFullPrescriptionComputesInEveryCountyOnEveryDay() {
    int[] computed = {0};
    TreeSet<String> gaps = gaps(COUNTIES, a -> {
      RegionCode village = RegionCode.of(a[0] + "101201");
      LocalDate d = (LocalDate) a[1];
      PrescriptionRules rules = PrescriptionRules.resolve(BOOK, village, d);
      for (PrescriptionCase c : cases(village)) {
        Prescription p = rules.prescribe(c, org.jingzhun.core.explain.Trace.off());
        assertTrue(p.yearlyTotal().isPositive(), c + " on " + d);
      }
      computed[0]++;
    });
    assertEquals(new TreeSet<>(), gaps);
    // 5 counties × 12 years × 12 months × 2 days
    assertEquals(1440, computed[0]);
  }

  @Test
  void theCoverageTableOfEachCountyHasNoGapInTheParametersTheRulesRead() {
    for (RegionCode county : COUNTIES) {
      PolicyCoverage c = BOOK.coverage(county, 2014, 2025);
      for (String name : List.of("poverty.line.series", "dibao.standard.rural", "batches.mapping",
          "housing.renovation.grant.c", "housing.renovation.grant.d", "extreme-poverty.support.multiple",
          "exit.household.income-multiple", "education.student-loan.max", "medical.premium.personal",
          "medical.premium-subsidy.share.extreme", "medical.premium-subsidy.share.dibao",
          "medical.premium-subsidy.share.registered-poor", "medical.outpatient-aid.deductible",
          "medical.outpatient-aid.rate", "medical.outpatient-aid.cap", "education.preschool.subsidy",
          "education.rain-and-dew.vocational", "education.scholarship.higher", "exit.standard")) {
        PolicyCoverage.Row row = c.rows().stream().filter(r -> r.parameter().equals(name)).findFirst().orElseThrow();
        assertTrue(row.complete(), county + " " + name + " " + row);
      }
    }
  }

  @Test
  void monitoringHasItsThresholdOnEveryDayFromItsStartIn2020To2025InEveryCounty() {
    // monitoring starts with the guidance of 2020-03-20: no rule before it, and no gap after it
    TreeSet<String> gaps = new TreeSet<>();
    for (RegionCode county : COUNTIES) {
      for (LocalDate day : days()) {
        if (!day.isBefore(LocalDate.of(2020, 4, 1))) {
          try {
            MonitoringRules.resolve(BOOK, county, day);
          } catch (ValidationException e) {
            e.violations().forEach(v -> gaps.add(v.path() + " (" + county + ", " + v.value() + ")"));
          }
        }
      }
    }
    assertEquals(new TreeSet<>(), gaps);
  }

  /** A poor household with a student of every stage, a severely disabled member, a C dwelling and a relocation plan; a lone adult who cannot work in a D dwelling. */
  static List<PrescriptionCase> cases(RegionCode village) {
    Household.Builder students = Household.builder().id("S").village(village)
        .income(Income.builder().wages(Money.ofYuan(1500)).build()).housing(HousingSafetyGrade.C).safeDrinkingWater(true)
        .addMembers(adult("P1", LabourCapacity.FULL).disabilityGrade(1).build());
    SchoolStage[] stages = SchoolStage.values();
    for (int i = 0; i < stages.length; i++) {
      students.addMembers(Person.builder().id("C" + i).birthDate(LocalDate.of(2000 + i, 1, 1)).relationship(Relationship.CHILD)
          .labourCapacity(LabourCapacity.NONE).insured(true).schoolStage(stages[i]).boarding(i % 2 == 0).build());
    }
    Household alone = Household.builder().id("A").village(village)
        .income(Income.builder().transfers(Money.ofYuan(600)).build()).housing(HousingSafetyGrade.D).safeDrinkingWater(true)
        .addMembers(adult("P1", LabourCapacity.NONE).build()).build();
    return List.of(
        PrescriptionCase.builder().household(students.build()).relocation(RelocationPlan.of(7, new BigDecimal("140"))).build(),
        PrescriptionCase.of(alone));
  }

  private static Person.Builder adult(String id, LabourCapacity labour) {
    return Person.builder().id(id).birthDate(LocalDate.of(1960, 1, 1)).relationship(Relationship.HEAD)
        .labourCapacity(labour).insured(true);
  }
}
