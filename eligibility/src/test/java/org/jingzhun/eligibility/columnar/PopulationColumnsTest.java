package org.jingzhun.eligibility.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.Fixtures;
import org.jingzhun.eligibility.entitlement.HouseholdFacts;
import org.junit.jupiter.api.Test;

/**
 * The columns keep every fact a household's prescription reads: a row read through the cursor,
 * and the household rebuilt from it, give the same facts as the household object, member by
 * member; the sizes, indexes and footprint are those of what was added.
 */
class PopulationColumnsTest {
  private static final List<Household> POPULATION = VariedPopulation.of(11, 400);

  private static PopulationColumns columnsOf(List<Household> households) {
    PopulationColumns.Builder b = PopulationColumns.builder();
    for (int i = 0; i < households.size(); i++) {
      assertEquals(i, b.add(households.get(i)), "the index add returns");
    }
    return b.build();
  }

  @Test
  void everyRowReadsAsTheHouseholdItWasBuiltFrom() {
    PopulationColumns columns = columnsOf(POPULATION);
    PopulationRow row = columns.cursor();
    for (int i = 0; i < POPULATION.size(); i++) {
      Household h = POPULATION.get(i);
      row.at(i);
      assertEquals(i, row.index());
      assertEquals(VariedPopulation.VILLAGES.indexOf(h.village()), row.villageIndex(), h.id());
      assertEquals(h.size(), columns.members(i), h.id());
      assertSameFacts(HouseholdFacts.of(h, Optional.empty()), row, h.id());
    }
  }

  @Test
  void aRebuiltHouseholdHasTheFactsOfTheOriginal() {
    PopulationColumns columns = columnsOf(POPULATION);
    for (int i = 0; i < POPULATION.size(); i++) {
      Household original = POPULATION.get(i);
      Household rebuilt = columns.household(i);
      assertEquals("H" + i, rebuilt.id());
      assertEquals(original.village(), rebuilt.village());
      assertEquals(original.netIncome(), rebuilt.netIncome(), original.id());
      assertEquals(original.causes(), rebuilt.causes(), original.id());
      assertEquals(original.isRegisteredPoor(), rebuilt.isRegisteredPoor(), original.id());
      assertEquals(original.registration().map(r -> r.category()), rebuilt.registration().map(r -> r.category()));
      assertEquals(original.registration().map(r -> r.status()), rebuilt.registration().map(r -> r.status()));
      for (int m = 0; m < original.size(); m++) {
        Person o = original.members().get(m);
        Person p = rebuilt.members().get(m);
        assertEquals("H" + i + "-" + m, p.id());
        assertEquals(o.relationship(), p.relationship(), o.id());
        assertEquals(o.birthDate(), p.birthDate(), o.id());
      }
      assertSameFacts(HouseholdFacts.of(original, Optional.empty()), HouseholdFacts.of(rebuilt, Optional.empty()), original.id());
      assertSameFacts(HouseholdFacts.of(rebuilt, Optional.empty()), columns.cursor().at(i), original.id());
    }
  }

  @Test
  void theSizesAndTheFootprintAreThoseOfWhatWasAdded() {
    List<Household> three = POPULATION.subList(0, 3);
    PopulationColumns columns = columnsOf(three);
    int members = three.stream().mapToInt(Household::size).sum();
    assertEquals(3, columns.size());
    assertEquals(members, columns.memberTotal());
    assertEquals(VariedPopulation.VILLAGES, columns.villages());
    // per household: village 2 bytes + income 8 + flags 4 + first member 4 (and one more first member);
    // per member: birth day 4 + attributes 2
    assertEquals(3 * (2 + 8 + 4 + 4) + 4 + members * (4 + 2), columns.footprintBytes());
    assertEquals("PopulationColumns[3 households, " + members + " members, 3 villages]", columns.toString());
  }

  @Test
  void anEmptyPopulationHasACursorAtNoHousehold() {
    PopulationColumns empty = PopulationColumns.builder().build();
    assertEquals(0, empty.size());
    assertEquals(0, empty.memberTotal());
    assertEquals(0, empty.cursor().index());
    assertEquals(4, empty.footprintBytes(), "the one first-member slot past the end");
  }

  @Test
  void aCursorOfAPopulationStartsAtItsFirstHousehold() {
    PopulationColumns columns = columnsOf(POPULATION.subList(0, 2));
    PopulationRow row = columns.cursor();
    assertEquals(0, row.index());
    assertEquals(POPULATION.get(0).size(), row.members());
    assertEquals(POPULATION.get(0).netIncome().fen(), row.netIncomeFen());
  }

  @Test
  void thePopulationGrowsPastItsFirstCapacityAndKeepsEveryRow() {
    // 1,100 households of 1 to 5 members: past the first 1,024 households and 1,024 members
    List<Household> many = VariedPopulation.of(5, 1_100);
    PopulationColumns columns = columnsOf(many);
    assertEquals(1_100, columns.size());
    assertEquals(many.stream().mapToInt(Household::size).sum(), columns.memberTotal());
    PopulationRow row = columns.cursor();
    for (int i = 0; i < many.size(); i++) {
      assertSameFacts(HouseholdFacts.of(many.get(i), Optional.empty()), row.at(i), many.get(i).id());
      assertEquals(many.get(i).netIncome().fen(), columns.netIncomeFen(i));
    }
  }

  @Test
  void aPopulationHoldsAtMost65536Villages() {
    PopulationColumns.Builder b = PopulationColumns.builder();
    Household template = Fixtures.household("0", 1).build();
    // 65,536 villages fit a char index (0 to 65,535); the next is refused
    for (int v = 0; v < 65_536; v++) {
      b.add(Household.builder().from(template).village(village(v)).build());
    }
    Household oneMore = Fixtures.household("0", 1).village(village(65_536)).build();
    ValidationException e = assertThrows(ValidationException.class, () -> b.add(oneMore));
    assertTrue(e.getMessage().contains("65,536"), e.getMessage());
    PopulationColumns columns = b.build();
    assertEquals(65_535, columns.villageIndex(65_535));
    assertEquals(village(65_535), columns.villages().get(65_535));
  }

  private static RegionCode village(int v) {
    // villages 001 to 999 of each township 100 to 165 of Bazhou District
    return RegionCode.of("511902" + (100 + v / 999) + String.format(java.util.Locale.ROOT, "%03d", v % 999 + 1));
  }

  /** Asserts that {@code actual} gives every fact {@code expected} gives, for every member. */
  static void assertSameFacts(HouseholdFacts expected, HouseholdFacts actual, String id) {
    assertEquals(expected.netIncomeFen(), actual.netIncomeFen(), id + " net income");
    assertEquals(expected.members(), actual.members(), id + " members");
    assertEquals(expected.housing(), actual.housing(), id + " housing");
    assertEquals(expected.safeDrinkingWater(), actual.safeDrinkingWater(), id + " water");
    assertEquals(expected.hasLivelihoodIncome(), actual.hasLivelihoodIncome(), id + " livelihood");
    for (PovertyCause c : PovertyCause.values()) {
      assertEquals(expected.hasCause(c), actual.hasCause(c), id + " cause " + c);
    }
    assertEquals(expected.registeredPoor(), actual.registeredPoor(), id + " registered poor");
    assertEquals(expected.registeredExtreme(), actual.registeredExtreme(), id + " registered extreme");
    for (int m = 0; m < expected.members(); m++) {
      String member = id + " member " + m;
      assertEquals(expected.birthEpochDay(m), actual.birthEpochDay(m), member);
      assertEquals(LocalDate.ofEpochDay(expected.birthEpochDay(m)), LocalDate.ofEpochDay(actual.birthEpochDay(m)));
      assertEquals(expected.labourCapacity(m), actual.labourCapacity(m), member);
      assertEquals(expected.severeDisability(m), actual.severeDisability(m), member);
      assertEquals(expected.health(m), actual.health(m), member);
      assertEquals(expected.inSchool(m), actual.inSchool(m), member);
      if (expected.inSchool(m)) {
        assertEquals(expected.schoolStage(m), actual.schoolStage(m), member);
      } else {
        int m2 = m;
        assertThrows(IllegalStateException.class, () -> actual.schoolStage(m2), member);
      }
      assertEquals(expected.boarding(m), actual.boarding(m), member);
      assertEquals(expected.insured(m), actual.insured(m), member);
    }
  }
}
