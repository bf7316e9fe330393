package org.jingzhun.finance.loan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayCountTest {

  @Test
  void thirty360CountsJanuary30ToFebruary28AsAFullMonth() {
    // 30E/360 (ISDA): D1 = 30 (Jan 30), D2 = 28 is the last day of February, so counts as 30:
    // 360 × 0 + 30 × (2 − 1) + (30 − 30) = 30
    assertEquals(30, DayCount.THIRTY_360.days(LocalDate.of(2021, 1, 30), LocalDate.of(2021, 2, 28)));
  }

  @Test
  void thirty360CountsFebruary28ToMarch30AsAFullMonth() {
    // D1 = 28 is the last day of February 2021, so counts as 30; D2 = 30:
    // 30 × (3 − 2) + (30 − 30) = 30
    assertEquals(30, DayCount.THIRTY_360.days(LocalDate.of(2021, 2, 28), LocalDate.of(2021, 3, 30)));
  }

  @Test
  void thirty360CountsFebruary28OfALeapYearAsThe28th() {
    // 2020-02-28 is not the last day of February (29 is): 30 × 1 + (30 − 28) = 32
    assertEquals(32, DayCount.THIRTY_360.days(LocalDate.of(2020, 2, 28), LocalDate.of(2020, 3, 30)));
    // 2020-02-29 is: 30 × 1 + (30 − 30) = 30
    assertEquals(30, DayCount.THIRTY_360.days(LocalDate.of(2020, 2, 29), LocalDate.of(2020, 3, 30)));
  }

  @Test
  void thirty360CountsAThirtyFirstAsTheThirtieth() {
    // Jan 31 → Mar 31: 30 × 2 + (30 − 30) = 60
    assertEquals(60, DayCount.THIRTY_360.days(LocalDate.of(2021, 1, 31), LocalDate.of(2021, 3, 31)));
  }

  @Test
  void thirty360IsAdditive() {
    LocalDate base = LocalDate.of(2019, 1, 1);
    qt().forAll(integers().between(0, 2000), integers().between(0, 2000), integers().between(0, 2000))
        .checkAssert((x, y, z) -> {
          LocalDate a = base.plusDays(x);
          LocalDate b = a.plusDays(y);
          LocalDate c = b.plusDays(z);
          DayCount d = DayCount.THIRTY_360;
          assertEquals(d.days(a, c), d.days(a, b) + d.days(b, c));
        });
  }

  @Test
  void theDaysBetweenTwoDatesAreTheDifferenceOfTheirSerialsUnderEveryConvention() {
    // the accrual's fast path counts days as serial(end) - serial(start); it must agree with days()
    LocalDate origin = LocalDate.of(2012, 1, 1);
    qt().forAll(integers().between(0, 5000), integers().between(0, 5000), integers().between(0, 2))
        .checkAssert((x, y, c) -> {
          DayCount count = DayCount.values()[c];
          LocalDate a = origin.plusDays(x);
          LocalDate b = origin.plusDays(y);
          assertEquals(count.days(a, b), count.serial(b) - count.serial(a));
        });
  }
}
