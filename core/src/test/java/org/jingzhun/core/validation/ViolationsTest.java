package org.jingzhun.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Violations}: collecting, nesting under a prefix, and attempting a nested construction. */
class ViolationsTest {

  @Test
  void aMissingValueIsRecordedWithAnEmptyValue() {
    Violations v = Violations.collect();
    assertSame(v, v.add("a", null, "is required"));
    assertSame(v, v.check(false, "b", 3, "too big"));
    assertSame(v, v.check(true, "c", 4, "never"));
    assertEquals(List.of(new Violation("a", "", "is required"), new Violation("b", "3", "too big")), v.list());
  }

  @Test
  void anEmptyCollectionIsEmptyUntilSomethingIsAdded() {
    Violations v = Violations.collect();
    assertTrue(v.isEmpty());
    assertEquals(List.of(), v.list());
    v.add("a", "x", "bad");
    assertFalse(v.isEmpty());
  }

  @Test
  void nestedViolationsAreAddedUnderTheirPrefix() {
    Violations v = Violations.collect();
    assertSame(v, v.addAll("members[1]", List.of(new Violation("id", "", "is required"))));
    assertEquals(List.of(new Violation("members[1].id", "", "is required")), v.list());
  }

  @Test
  void anAttemptGivesTheValueOrRecordsWhyNot() {
    Violations v = Violations.collect();
    assertEquals("made", v.attempt("x", () -> "made"));
    assertNull(v.attempt("income", () -> {
      throw ValidationException.of("wages", "-1", "may not be negative");
    }));
    ValidationException e = assertThrows(ValidationException.class, v::throwIfAny);
    assertEquals(List.of(new Violation("income.wages", "-1", "may not be negative")), e.violations());
  }
}
