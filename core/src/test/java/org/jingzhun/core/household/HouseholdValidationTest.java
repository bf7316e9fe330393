package org.jingzhun.core.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

class HouseholdValidationTest {
  static final String GOOD = """
      {"id": "H1", "village": "511902101201", "housing": "B", "safeDrinkingWater": true,
       "income": {"wages": "6000.00", "business": "2000", "productionCosts": "800.00"},
       "members": [
         {"id": "P1", "birthDate": "1970-05-01", "relationship": "HEAD", "labourCapacity": "FULL"},
         {"id": "P2", "birthDate": "2012-09-01", "relationship": "CHILD", "labourCapacity": "NONE",
          "schoolStage": "PRIMARY", "boarding": true}
       ]}
      """;

  private static List<String> paths(ValidationException e) {
    return e.violations().stream().map(Violation::path).toList();
  }

  @Test
  void perCapitaNetIncomeIsComputedFromSourcesCostsAndMembers() {
    Household h = JingzhunJson.read(GOOD, Household.class);
    // (6000 + 2000 - 800) / 2 = 3600.00
    assertEquals(Money.ofYuan("7200"), h.netIncome());
    assertEquals(Money.ofYuan("3600"), h.perCapitaNetIncome());
    assertEquals(11, h.members().get(1).ageOn(LocalDate.of(2024, 1, 1)));
  }

  @Test
  void aHouseholdWithNoMembersIsAViolation() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> JingzhunJson.read(GOOD.replaceAll("(?s)\"members\": \\[.*\\]", "\"members\": []"), Household.class));
    assertEquals(List.of("members"), paths(e));
  }

  @Test
  void aNegativePopulationIsAViolation() {
    ValidationException e = assertThrows(ValidationException.class, () -> Village.builder()
        .code(RegionCode.of("511902101201")).name("村").registeredPopulation(-3).build());
    assertEquals(List.of("registeredPopulation"), paths(e));
  }

  @Test
  void aBirthDateAfterTheEvaluationDateIsAViolationWithItsPath() {
    Household h = JingzhunJson.read(GOOD, Household.class);
    ValidationException e = assertThrows(ValidationException.class, () -> h.checkOn(LocalDate.of(2012, 1, 1)));
    assertEquals(List.of("members[1].birthDate"), paths(e));
  }

  @Test
  void anUnknownRegionCodeIsAViolationAtTheVillageField() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> JingzhunJson.read(GOOD.replace("511902101201", "991902101201"), Household.class));
    assertEquals(List.of("village"), paths(e));
    assertTrue(e.getMessage().contains("no province"), e.getMessage());
  }

  @Test
  void aCountyCodeWhereAVillageBelongsIsAViolation() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> JingzhunJson.read(GOOD.replace("511902101201", "511902"), Household.class));
    assertEquals(List.of("village"), paths(e));
  }

  @Test
  void malformedJsonIsAViolationNotAParserException() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> JingzhunJson.read(GOOD.substring(0, 40), Household.class));
    assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
  }

  @Test
  void everyBadFieldOfAMemberIsListedWithItsPath() {
    String bad = GOOD.replace("\"labourCapacity\": \"FULL\"", "\"labourCapacity\": \"FULL\", \"disabilityGrade\": 5")
        .replace("\"id\": \"P1\", ", "");
    ValidationException e = assertThrows(ValidationException.class, () -> JingzhunJson.read(bad, Household.class));
    assertEquals(List.of("members[0].id", "members[0].disabilityGrade"), paths(e));
  }

  @Test
  void aNegativeIncomeSourceIsAViolation() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> JingzhunJson.read(GOOD.replace("\"6000.00\"", "\"-6000.00\""), Household.class));
    assertEquals(List.of("income.wages"), paths(e));
  }

  @Test
  void aWrongTypeIsAViolationWithItsPath() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> JingzhunJson.read(GOOD.replace("\"safeDrinkingWater\": true", "\"safeDrinkingWater\": \"maybe\""), Household.class));
    assertEquals(List.of("safeDrinkingWater"), paths(e));
  }

  @Test
  void aBuilderMissingEverythingReportsEveryRequiredField() {
    ValidationException e = assertThrows(ValidationException.class, () -> Household.builder().build());
    assertEquals(List.of("id", "village", "members", "income", "housing"), paths(e));
  }
}
