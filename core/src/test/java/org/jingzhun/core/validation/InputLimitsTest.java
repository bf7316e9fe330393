package org.jingzhun.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The year bounds of {@link InputLimits} and how {@link ValidationException} describes and classifies. */
class InputLimitsTest {

  @Test
  void yearsFrom1900To2100AreYears() {
    assertFalse(InputLimits.isYear(1899));
    assertTrue(InputLimits.isYear(1900));
    assertTrue(InputLimits.isYear(2100));
    assertFalse(InputLimits.isYear(2101));
    assertEquals("is not a year from 1900 to 2100", InputLimits.yearRule());
  }

  @Test
  void anExceptionCountsItsViolationsInItsMessage() {
    assertEquals("1 violation: a = 'x': bad", ValidationException.of("a", "x", "bad").getMessage());
    assertEquals("2 violations: a = 'x': bad; b: missing", new ValidationException(List.of(
        new Violation("a", "x", "bad"), new Violation("b", "", "missing"))).getMessage());
  }

  @Test
  void aMissingValueIsShownEmpty() {
    assertEquals(List.of(new Violation("a", "", "is required")), ValidationException.of("a", null, "is required").violations());
  }

  @Test
  void onlyViolationsThatAreAllNoPolicyMakeANoPolicyException() {
    Violation input = new Violation("a", "x", "bad");
    Violation noPolicy = new Violation("b", "", "no value in force", Violation.Kind.NO_POLICY);
    assertTrue(new ValidationException(List.of(noPolicy)).isNoPolicy());
    assertFalse(new ValidationException(List.of(noPolicy, input)).isNoPolicy());
    assertFalse(new ValidationException(List.of(input)).isNoPolicy());
  }
}
