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
    qt().forAll(integers().between(0, 5000), integers().between(0, 5000), integers().between(0, 3), integers().between(0, 31))
        .checkAssert((x, y, c, anchor) -> {
          DayCount count = DayCount.values()[c];
          LocalDate a = origin.plusDays(x);
          LocalDate b = origin.plusDays(y);
          assertEquals(count.days(a, b), count.serial(b) - count.serial(a));
          assertEquals(count.days(a, b, anchor), count.serial(b, anchor) - count.serial(a, anchor));
        });
  }

  @Test
  void monthlyCountsEveryWholeMonthFromTheTwentyNinthAsThirtyDays() {
    // a loan paid out on 29 January settles on 28 February (no 29th in 2019), then 29 March:
    // February 28 counts as the anchor day 29, so 30 × (2 − 1) + (29 − 29) = 30 and again 30,
    // where 30/360 counts the last day of February as the 30th: 31, then 29
    LocalDate jan29 = LocalDate.of(2019, 1, 29);
    LocalDate feb28 = LocalDate.of(2019, 2, 28);
    LocalDate mar29 = LocalDate.of(2019, 3, 29);
    assertEquals(30, DayCount.MONTHLY.days(jan29, feb28, 29));
    assertEquals(30, DayCount.MONTHLY.days(feb28, mar29, 29));
    assertEquals(31, DayCount.THIRTY_360.days(jan29, feb28));
    assertEquals(29, DayCount.THIRTY_360.days(feb28, mar29));
    // in a leap year February 29 is the anchor day itself: 30 and 30 too
    assertEquals(30, DayCount.MONTHLY.days(LocalDate.of(2020, 1, 29), LocalDate.of(2020, 2, 29), 29));
  }

  @Test
  void monthlyCountsPartOfAMonthAsThirtyDayMonthsDo() {
    // from the 10th of May to the anchor day 20 of June: 30 × 1 + (20 − 10) = 40 (41 actual days)
    assertEquals(40, DayCount.MONTHLY.days(LocalDate.of(2019, 5, 10), LocalDate.of(2019, 6, 20), 20));
    assertEquals(360, DayCount.MONTHLY.yearDays());
  }

  @Test
  void everyMonthBetweenTwoSettlementDatesCountsThirtyDaysUnderMonthly() {
    // whatever the anchor day and the month, from one settlement date to the next is 30 days
    LocalDate origin = LocalDate.of(2012, 1, 1);
    qt().forAll(integers().between(0, 5000), integers().between(1, 31))
        .checkAssert((x, anchor) -> {
          LocalDate month = origin.plusDays(x).withDayOfMonth(1);
          LocalDate settles = month.withDayOfMonth(Math.min(anchor, month.lengthOfMonth()));
          LocalDate next = month.plusMonths(1).withDayOfMonth(Math.min(anchor, month.plusMonths(1).lengthOfMonth()));
          assertEquals(30, DayCount.MONTHLY.days(settles, next, anchor), () -> settles + " → " + next);
        });
  }

  @Test
  void monthlyIsAdditiveAndNeverCountsBackwardsForAGivenAnchor() {
    LocalDate base = LocalDate.of(2019, 1, 1);
    qt().forAll(integers().between(0, 2000), integers().between(0, 2000), integers().between(0, 2000), integers().between(1, 31))
        .checkAssert((x, y, z, anchor) -> {
          LocalDate a = base.plusDays(x);
          LocalDate b = a.plusDays(y);
          LocalDate c = b.plusDays(z);
          DayCount d = DayCount.MONTHLY;
          assertEquals(d.days(a, c, anchor), d.days(a, b, anchor) + d.days(b, c, anchor));
          org.junit.jupiter.api.Assertions.assertTrue(d.days(a, b, anchor) >= 0);
        });
  }

  @Test
  void anAnchorDayOutsideAMonthIsRefused() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> DayCount.MONTHLY.serial(LocalDate.of(2019, 1, 1), 32));
  }
}
