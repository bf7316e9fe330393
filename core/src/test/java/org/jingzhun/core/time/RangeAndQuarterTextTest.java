package org.jingzhun.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The text, emptiness, required ends and ordering of {@link DateRange} and {@link Quarter}. */
class RangeAndQuarterTextTest {

  @Test
  void aRangeWritesAsHalfOpenInterval() {
    assertEquals("[2019-01-01, 2019-02-01)", DateRange.of(YearMonth.of(2019, 1)).toString());
  }

  @Test
  void onlyARangeEndingWhereItStartsIsEmpty() {
    LocalDate d = LocalDate.of(2019, 1, 1);
    assertTrue(DateRange.of(d, d).isEmpty());
    assertFalse(DateRange.of(d, d.plusDays(1)).isEmpty());
  }

  @Test
  void eachMissingEndIsNamed() {
    LocalDate d = LocalDate.of(2019, 1, 1);
    assertEquals(List.of(new Violation("start", "", "is required")),
        assertThrows(ValidationException.class, () -> DateRange.of(null, d)).violations());
    assertEquals(List.of(new Violation("endExclusive", "", "is required")),
        assertThrows(ValidationException.class, () -> DateRange.of(d, null)).violations());
  }

  @Test
  void aRangeInsideAnotherOverlapsIt() {
    DateRange year = DateRange.ofYear(2019);
    DateRange march = DateRange.of(YearMonth.of(2019, 3));
    assertTrue(year.overlaps(march));
    assertTrue(march.overlaps(year));
    assertFalse(march.overlaps(DateRange.of(YearMonth.of(2019, 5))));
  }

  @Test
  void aQuarterWritesAsYearAndQ() {
    assertEquals("2019-Q3", Quarter.of(2019, 3).toString());
  }

  @Test
  void quartersOrderByYearThenQuarter() {
    assertTrue(Quarter.of(2019, 4).compareTo(Quarter.of(2020, 1)) < 0);
    assertTrue(Quarter.of(2020, 1).compareTo(Quarter.of(2019, 4)) > 0);
    assertTrue(Quarter.of(2019, 2).compareTo(Quarter.of(2019, 3)) < 0);
    assertTrue(Quarter.of(2019, 3).compareTo(Quarter.of(2019, 2)) > 0);
    assertEquals(0, Quarter.of(2019, 3).compareTo(Quarter.parse("2019-Q3")));
  }
}
