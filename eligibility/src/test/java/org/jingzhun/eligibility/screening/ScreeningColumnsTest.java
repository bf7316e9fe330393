package org.jingzhun.eligibility.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** {@link RegisterColumns} and {@link ScreeningResults} as values: their checks, equality and text. */
class ScreeningColumnsTest {

  @Test
  void aHouseholdOfNoMembersIsRefusedAtItsIndex() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> RegisterColumns.of(new long[] {100, 200, 300}, new int[] {1, 0, 2}));
    assertEquals(List.of(new Violation("members[1]", "0", "must be at least 1")), e.violations());
  }

  @Test
  void columnsGiveBackEachHouseholdsFigures() {
    RegisterColumns c = RegisterColumns.of(new long[] {100, -200}, new int[] {1, 3});
    assertEquals(-200, c.netIncomeFen(1));
    assertEquals(3, c.members(1));
    assertEquals(3, c.largestHousehold());
    assertEquals("RegisterColumns[2 households]", c.toString());
  }

  @Test
  void columnsEqualByTheirContents() {
    RegisterColumns a = RegisterColumns.of(new long[] {100, 200}, new int[] {1, 2});
    assertEquals(a, a);
    assertEquals(a, RegisterColumns.of(new long[] {100, 200}, new int[] {1, 2}));
    assertEquals(a.hashCode(), RegisterColumns.of(new long[] {100, 200}, new int[] {1, 2}).hashCode());
    assertNotEquals(a, RegisterColumns.of(new long[] {100, 201}, new int[] {1, 2}));
    assertNotEquals(a, RegisterColumns.of(new long[] {100, 200}, new int[] {1, 3}));
    assertFalse(a.equals("columns"));
    assertNotEquals(a.hashCode(), RegisterColumns.of(new long[] {100, 201}, new int[] {1, 2}).hashCode());
  }

  @Test
  void resultsOfNoHouseholdsAreEmptyAndOfANegativeNumberAreRefused() {
    assertEquals(0, new ScreeningResults(0).size());
    assertThrows(IllegalArgumentException.class, () -> new ScreeningResults(-1));
  }

  @Test
  void resultsEqualByTheirContents() {
    ScreeningResults a = new ScreeningResults(2);
    assertEquals(a, a);
    assertEquals(a, new ScreeningResults(2));
    assertEquals(a.hashCode(), new ScreeningResults(2).hashCode());
    assertNotEquals(a, new ScreeningResults(3));
    assertFalse(a.equals("results"));
    assertEquals("ScreeningResults[2 households]", a.toString());
  }
}
