package org.jingzhun.planning.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.household.RigidSpendingKind;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class PopulationTest {
  private static final String[] VILLAGES = {"511902101201", "511902101202", "511902102201"};

  /** A household with every attribute the columnar population holds drawn at random. */
  static Household household(SplittableRandom r, int n) {
    Household.Builder b = Household.builder().id("户" + n).village(RegionCode.of(VILLAGES[r.nextInt(VILLAGES.length)]));
    int size = 1 + r.nextInt(7);
    for (int i = 0; i < size; i++) {
      Person.Builder p = Person.builder().id(r.nextBoolean() ? String.valueOf(i + 1) : "5119021970" + n + i)
          .birthDate(LocalDate.of(1920, 1, 1).plusDays(r.nextInt(36_000)))
          .relationship(i == 0 ? Relationship.HEAD : pick(r, Relationship.values()))
          .labourCapacity(pick(r, LabourCapacity.values()))
          .health(pick(r, HealthCondition.values()))
          .insured(r.nextBoolean());
      if (r.nextInt(5) == 0) {
        p.disabilityGrade(1 + r.nextInt(4));
      }
      if (r.nextInt(3) == 0) {
        p.schoolStage(pick(r, SchoolStage.values())).boarding(r.nextBoolean());
      }
      b.addMembers(p.build());
    }
    b.income(Income.builder().wages(fen(r)).business(fen(r)).property(fen(r)).transfers(fen(r)).productionCosts(fen(r)).build());
    for (RigidSpendingKind kind : RigidSpendingKind.values()) {
      if (r.nextBoolean()) {
        b.putRigidSpending(kind, fen(r));
      }
    }
    b.housing(pick(r, HousingSafetyGrade.values())).safeDrinkingWater(r.nextBoolean());
    for (PovertyCause c : PovertyCause.values()) {
      if (r.nextInt(4) == 0) {
        b.addCauses(c);
      }
    }
    if (r.nextBoolean()) {
      b.registration(RegistrationRecord.builder().category(pick(r, PovertyCategory.values()))
          .status(pick(r, RegistrationStatus.values())).year(2014 + r.nextInt(7)).build());
    }
    return b.build();
  }

  private static Money fen(SplittableRandom r) {
    return Money.ofFen(r.nextInt(3) == 0 ? 0 : r.nextLong(Integer.MAX_VALUE + 1L));
  }

  private static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  @Test
  void householdsRoundTripThroughTheColumns() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Population pop = Population.create();
      List<Household> households = new ArrayList<>();
      for (int i = 0; i < 1 + r.nextInt(30); i++) {
        households.add(household(r, i));
        pop.append(households.get(i));
      }
      for (int h = 0; h < households.size(); h++) {
        assertEquals(households.get(h), pop.toHousehold(h));
        assertEquals(households.get(h).netIncome().fen(), pop.netIncomeFen(h));
      }
      assertEquals(households, copyBack(pop.copy()));
    });
  }

  private static List<Household> copyBack(Population pop) {
    List<Household> out = new ArrayList<>();
    for (int h = 0; h < pop.size(); h++) {
      out.add(pop.toHousehold(h));
    }
    return out;
  }

  @Test
  void registrationStepsAreNotHeld() {
    Household h = household(new SplittableRandom(1), 0);
    RegistrationRecord withSteps = RegistrationRecord.builder().category(PovertyCategory.DIBAO)
        .status(RegistrationStatus.POOR).year(2015)
        .addEntrySteps(org.jingzhun.core.household.ProcedureStep.of(
            org.jingzhun.core.household.ProcedureStepKind.APPLICATION, LocalDate.of(2014, 5, 1)))
        .build();
    Population pop = Population.create();
    pop.append(Household.builder().from(h).registration(withSteps).build());
    assertEquals(RegistrationRecord.builder().from(withSteps).entrySteps(List.of()).build(),
        pop.toHousehold(0).registration().orElseThrow());
  }

  @Test
  void anIncomeBeyondTheIntColumnIsRejectedBeforeAppending() {
    Household h = household(new SplittableRandom(2), 0);
    Household rich = Household.builder().from(h)
        .income(Income.builder().wages(Money.ofFen(Integer.MAX_VALUE + 1L)).build()).build();
    Population pop = Population.create();
    ValidationException e = assertThrows(ValidationException.class, () -> pop.append(rich));
    assertEquals("income.wages", e.violations().get(0).path());
    assertEquals(0, pop.size());
  }

  /**
   * A synthetic population of 200,000 households of 1–6 members (3.5 on average) appended
   * directly: the arrays hold at most 100 bytes per household once trimmed. Expected: 54 per
   * household + 6 × 3.5 per member = 75.
   */
  @Test
  void aDirectlyAppendedHouseholdTakesAtMostOneHundredBytes() {
    int n = 200_000;
    Population pop = Population.withCapacity(1024, 1024);
    int v = pop.addVillage(RegionCode.of(VILLAGES[0]));
    for (int h = 0; h < n; h++) {
      int i = pop.appendHousehold(v);
      for (int m = 0; m <= h % 6; m++) {
        pop.addMember(3650 + m, m == 0 ? Relationship.HEAD : Relationship.CHILD, LabourCapacity.FULL);
      }
      pop.setIncome(i, IncomeColumn.WAGES, 100_000L * (h % 50));
    }
    pop.trimToSize();
    double perHousehold = (double) pop.footprintBytes() / n;
    System.out.printf("columnar population: %.1f bytes per household (%d members)%n", perHousehold, pop.memberTotal());
    assertEquals(75.0, perHousehold, 0.01); // 54 + 6 × 3.5, plus 4 bytes for the one extra first-member slot
  }

  @Test
  void theCursorReadsEveryHouseholdInOrder() {
    SplittableRandom r = new SplittableRandom(3);
    Population pop = Population.create();
    long net = 0;
    int poorPersons = 0;
    for (int i = 0; i < 50; i++) {
      Household h = household(r, i);
      pop.append(h);
      net += h.netIncome().fen();
      poorPersons += h.isRegisteredPoor() ? h.size() : 0;
    }
    HouseholdCursor c = pop.cursor();
    long seenNet = 0;
    int seenPoor = 0;
    int count = 0;
    while (c.next()) {
      seenNet += c.netIncomeFen();
      seenPoor += c.registeredPoor() ? c.memberCount() : 0;
      count++;
    }
    assertEquals(50, count);
    assertEquals(net, seenNet);
    assertEquals(poorPersons, seenPoor);
  }

  @Test
  void directlyAppendedHouseholdsGetIdsFromTheirPlace() {
    Population pop = Population.create();
    int h = pop.appendHousehold(pop.addVillage(RegionCode.of(VILLAGES[1])));
    pop.addMember((int) LocalDate.of(1980, 3, 1).toEpochDay(), Relationship.HEAD, LabourCapacity.PARTIAL);
    pop.setRegistration(h, PovertyCategory.GENERAL, RegistrationStatus.POOR, 2014);
    Household back = pop.toHousehold(h);
    assertEquals("#0", back.id());
    assertEquals("1", back.members().get(0).id());
    assertTrue(back.isRegisteredPoor());
  }
}
