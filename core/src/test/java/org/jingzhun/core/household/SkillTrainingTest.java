package org.jingzhun.core.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

class SkillTrainingTest {
  private static final String TRAINED = HouseholdValidationTest.GOOD.replace("\"labourCapacity\": \"FULL\"}",
      "\"labourCapacity\": \"FULL\", \"trainings\": [{\"skill\": \"茶叶种植\", \"year\": 2017,"
          + " \"programme\": \"PRACTICAL_TECHNIQUE\"}]}");

  private static List<String> paths(ValidationException e) {
    return e.violations().stream().map(Violation::path).toList();
  }

  @Test
  void aMemberHasTheSkillFromTheYearOfTheTrainingOn() {
    Person head = JingzhunJson.read(TRAINED, Household.class).members().get(0);
    assertFalse(head.hasPracticalSkillBy(2016));
    assertTrue(head.hasPracticalSkillBy(2017));
    assertTrue(head.isLabourer());
    assertEquals(head, JingzhunJson.read(JingzhunJson.write(head), Person.class));
  }

  @Test
  void aMemberWithoutTrainingsWritesNoTrainings() {
    Household h = JingzhunJson.read(HouseholdValidationTest.GOOD, Household.class);
    assertFalse(JingzhunJson.write(h).contains("trainings"));
    assertFalse(h.members().get(0).hasPracticalSkillBy(2100));
  }

  @Test
  void aBlankSkillAndATrainingBeforeBirthAreRefusedAtTheirPaths() {
    String json = TRAINED.replace("\"茶叶种植\"", "\" \"").replace("2017", "1960");
    ValidationException e = assertThrows(ValidationException.class, () -> JingzhunJson.read(json, Household.class));
    assertEquals(List.of("members[0].trainings[0].skill"), paths(e));
    String beforeBirth = TRAINED.replace("2017", "1960");
    e = assertThrows(ValidationException.class, () -> JingzhunJson.read(beforeBirth, Household.class));
    assertEquals(List.of("members[0].trainings[0].year"), paths(e));
    assertTrue(e.violations().get(0).message().contains("出生"), e.violations().get(0).message());
  }

  @Test
  void anUnknownProgrammeIsRefusedAtItsPath() {
    String json = TRAINED.replace("PRACTICAL_TECHNIQUE", "KARAOKE");
    ValidationException e = assertThrows(ValidationException.class, () -> JingzhunJson.read(json, Household.class));
    assertEquals(List.of("members[0].trainings[0].programme"), paths(e));
  }

  @Test
  void aTrainingInTheYearOfBirthIsAcceptedAndTheYearBeforeIsRefused() {
    // the head in GOOD is born in 1970 (HouseholdValidationTest): 1970 is the first year a
    // training may end, 1969 the last refused
    Person born1970 = JingzhunJson.read(TRAINED.replace("2017", "1970"), Household.class).members().get(0);
    assertTrue(born1970.hasPracticalSkillBy(1970));
    assertThrows(ValidationException.class, () -> JingzhunJson.read(TRAINED.replace("2017", "1969"), Household.class));
  }

  @Test
  void aMemberWhoCannotWorkIsNotALabourer() {
    Person none = JingzhunJson.read(TRAINED.replace("\"labourCapacity\": \"FULL\"", "\"labourCapacity\": \"NONE\""),
        Household.class).members().get(0);
    assertFalse(none.isLabourer());
  }

  @Test
  void aTrainingBuiltInCodeIsTheSameAsOneRead() {
    SkillTraining built = SkillTraining.builder().skill("茶叶种植").year(2017).programme(TrainingProgramme.PRACTICAL_TECHNIQUE).build();
    assertEquals(JingzhunJson.read(TRAINED, Household.class).members().get(0).trainings(), List.of(built));
  }
}
