package org.jingzhun.eligibility.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

/** The checks of {@link CountyExitCase} and {@link AssessmentSample} at their edges. */
class CountyCaseChecksTest {

  private static AssessmentSample.Builder sample() {
    return AssessmentSample.builder().nonRegisteredSampled(1).missedIdentification(0).exitedSampled(1).wrongExits(1)
        .respondents(1).approving(1);
  }

  private static CountyExitCase.Builder county() {
    return CountyExitCase.builder().county(Fixtures.BAZHOU).registeredPoorPersons(0).ruralRegisteredPopulation(1)
        .assessment(sample().build());
  }

  @Test
  void aSampleOfOneWithNoneOrAllCountedIsAllowed() {
    AssessmentSample s = sample().build();
    assertEquals(0, s.missedIdentification());
    assertEquals(1, s.wrongExits());
  }

  @Test
  void aSampleOfNobodyANegativeCountAndAPartAboveItsWholeAreEachReported() {
    ValidationException e = assertThrows(ValidationException.class, () -> sample().nonRegisteredSampled(0)
        .missedIdentification(0).wrongExits(-1).approving(2).build());
    assertEquals(List.of(
        new Violation("nonRegisteredSampled", "0", "must be at least 1 (a sample of nobody gives no rate)"),
        new Violation("wrongExits", "-1", "may not be negative"),
        new Violation("approving", "2", "may not exceed respondents (1)")), e.violations());
  }

  @Test
  void aCountyWithNoPoorOrOnlyPoorPersonsIsAllowed() {
    assertEquals(0, county().build().registeredPoorPersons());
    assertEquals(1, county().registeredPoorPersons(1).build().registeredPoorPersons());
  }

  @Test
  void aCountyCaseReportsEachBadFigure() {
    ValidationException e = assertThrows(ValidationException.class, () -> county()
        .county(RegionCode.of("511900")).ruralRegisteredPopulation(0).registeredPoorPersons(-1).build());
    assertEquals(List.of(
        new Violation("county", "511900", "must be a six-digit county code"),
        new Violation("ruralRegisteredPopulation", "0", "must be at least 1"),
        new Violation("registeredPoorPersons", "-1", "may not be negative")), e.violations());
    ValidationException above = assertThrows(ValidationException.class,
        () -> county().registeredPoorPersons(2).build());
    assertEquals(List.of(new Violation("registeredPoorPersons", "2", "may not exceed the rural registered population")),
        above.violations());
  }
}
