package org.jingzhun.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class TimeTest {

  @Test
  void aRangeHoldsItsStartButNotItsEnd() {
    DateRange q = DateRange.of(LocalDate.of(2019, 3, 21), LocalDate.of(2019, 6, 21));
    assertEquals(92, q.days()); // 11 (Mar 21-31) + 30 + 31 + 20 = 92
    assertTrue(q.contains(LocalDate.of(2019, 3, 21)));
    assertFalse(q.contains(LocalDate.of(2019, 6, 21)));
    assertEquals(LocalDate.of(2019, 6, 20), q.lastDay());
  }

  @Test
  void rangesThatTouchDoNotOverlap() {
    DateRange a = DateRange.ofYear(2019);
    DateRange b = DateRange.ofYear(2020);
    assertFalse(a.overlaps(b));
    assertTrue(a.intersection(b).isEmpty());
    assertEquals(DateRange.of(YearMonth.of(2019, 12)), a.intersection(DateRange.of(LocalDate.of(2019, 12, 1), LocalDate.of(2020, 2, 1))).orElseThrow());
  }

  @Test
  void aRangeMayNotEndBeforeItStarts() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> DateRange.of(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)));
    assertEquals("endExclusive", e.violations().get(0).path());
  }

  @Test
  void leapYearHas366Days() {
    assertEquals(366, DateRange.ofYear(2020).days());
    assertEquals(29, DateRange.of(YearMonth.of(2020, 2)).days());
  }

  @Test
  void quartersKnowTheirDaysAndOrder() {
    Quarter q = Quarter.containing(LocalDate.of(2019, 8, 15));
    assertEquals(Quarter.of(2019, 3), q);
    assertEquals(DateRange.of(LocalDate.of(2019, 7, 1), LocalDate.of(2019, 10, 1)), q.range());
    assertEquals(Quarter.of(2020, 1), Quarter.of(2019, 4).next());
    assertEquals(q, Quarter.parse("2019-Q3"));
    assertThrows(ValidationException.class, () -> Quarter.parse("2019-Q5"));
  }

  @Test
  void aMemberTurnsSixteenOnTheBirthdayNotTheDayBefore() {
    LocalDate born = LocalDate.of(2010, 3, 1);
    assertEquals(15, CalendarRules.ageOn(born, LocalDate.of(2026, 2, 28)));
    assertEquals(16, CalendarRules.ageOn(born, LocalDate.of(2026, 3, 1)));
  }

  @Test
  void aLeapDayBirthTurnsAYearOlderOnMarchFirst() {
    LocalDate born = LocalDate.of(2008, 2, 29);
    assertEquals(17, CalendarRules.ageOn(born, LocalDate.of(2026, 2, 28)));
    assertEquals(18, CalendarRules.ageOn(born, LocalDate.of(2026, 3, 1)));
  }

  @Test
  void daysBetweenCountsTheFirstDayNotTheLast() {
    assertEquals(365, CalendarRules.daysBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1)));
  }
}
