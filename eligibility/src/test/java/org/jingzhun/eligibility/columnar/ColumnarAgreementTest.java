package org.jingzhun.eligibility.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.eligibility.Fixtures;
import org.jingzhun.eligibility.dibao.DibaoProgramme;
import org.jingzhun.eligibility.education.EducationProgramme;
import org.jingzhun.eligibility.entitlement.Entitlement;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.housing.RenovationProgramme;
import org.jingzhun.eligibility.medical.MedicalAidProgramme;
import org.jingzhun.eligibility.prescription.Prescription;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.junit.jupiter.api.Test;

/**
 * The columnar prescription and the per-household one agree, inside this module: a small,
 * varied population (incomes around the line and the dibao standard, a severely disabled member,
 * a boarder, grade C and D dwellings, a chronic illness) gives the same count and amount of every kind, the same
 * poor households and the same totals both ways. The 10^6-household version is in test-support.
 */
class ColumnarAgreementTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  /** Late 2015: line 2,800 (of 2014), Sichuan dibao 190 a month, the batches table in force. */
  private static final LocalDate DATE = LocalDate.of(2015, 12, 1);

  private static List<Household> population() {
    List<Household> all = new ArrayList<>();
    String[] incomes = {"0", "700", "1500", "4000", "6000", "6840", "8399", "8400", "12000", "30000"};
    HousingSafetyGrade[] grades = HousingSafetyGrade.values();
    int n = 0;
    for (String net : incomes) {
      for (HousingSafetyGrade grade : grades) {
        all.add(Fixtures.household(net, 0).id("H" + n++).housing(grade)
            .addMembers(Fixtures.adult("P1").health(n % 4 == 0 ? HealthCondition.CHRONIC_ILLNESS : HealthCondition.HEALTHY).build())
            .addMembers(Fixtures.adult("P2").disabilityGrade(n % 3 == 0 ? 1 : 4)
                .labourCapacity(n % 2 == 0 ? LabourCapacity.NONE : LabourCapacity.FULL).build())
            .addMembers(Fixtures.child("C1", LocalDate.of(2006, 3, 1)).schoolStage(SchoolStage.PRIMARY).boarding(n % 2 == 1).build())
            .addCauses(PovertyCause.DISABILITY).build());
      }
    }
    return all;
  }

  @Test
  void bothPathsGrantTheSameOfEveryKind() {
    List<Household> households = population();
    PopulationColumns.Builder columns = PopulationColumns.builder();
    households.forEach(columns::add);
    ColumnarPrescription columnar = ColumnarPrescription.of(BOOK, DATE, columns.build());
    PrescriptionTotals totals = columnar.totals();

    PrescriptionRules rules = PrescriptionRules.resolve(BOOK, Fixtures.VILLAGE, DATE);
    List<Prescription> one = households.stream().map(h -> rules.prescribe(PrescriptionCase.of(h), Trace.off())).toList();
    for (EntitlementKind kind : totals.kinds()) {
      List<Entitlement> granted = one.stream().flatMap(p -> p.entitlements().stream()).filter(e -> e.kind().equals(kind)).toList();
      Money amount = Money.sum(granted.stream().map(e -> e.kind().payment() == org.jingzhun.eligibility.entitlement.Payment.MONTHLY
          ? e.monthly() : e.yearly()).toList());
      assertEquals(granted.size(), totals.grants(kind), kind.id());
      assertEquals(amount, totals.amount(kind), kind.id());
    }
    assertEquals(households.size(), totals.households());
    assertEquals(one.stream().filter(p -> p.identification().poor()).count(), totals.poor());
    assertEquals(Money.sum(one.stream().map(Prescription::monthlyTotal).toList()), totals.monthlyTotal());
    assertEquals(Money.sum(one.stream().map(Prescription::yearlyTotal).toList()), totals.yearlyTotal());
    // the population reaches the kinds it was built for, so the comparison is not empty
    assertTrue(totals.grants(DibaoProgramme.TOP_UP) > 0 && totals.grants(EducationProgramme.LIVING_ALLOWANCE) > 0
        && totals.grants(RenovationProgramme.GRANT) > 0 && totals.grants(MedicalAidProgramme.PREMIUM_SUBSIDY) > 0
        && totals.grants(MedicalAidProgramme.OUTPATIENT_AID) > 0, "kinds reached: " + totals.kinds());
  }

  @Test
  void rangesOfThePopulationAddUpToTheWhole() {
    PopulationColumns.Builder columns = PopulationColumns.builder();
    population().forEach(columns::add);
    ColumnarPrescription columnar = ColumnarPrescription.of(BOOK, DATE, columns.build());
    int half = 17;
    PrescriptionTotals first = columnar.totals(0, half);
    PrescriptionTotals rest = columnar.totals(half, 40);
    assertEquals(columnar.totals().yearlyTotal(), first.yearlyTotal().plus(rest.yearlyTotal()));
    assertEquals(columnar.totals().poor(), first.poor() + rest.poor());
  }
}
