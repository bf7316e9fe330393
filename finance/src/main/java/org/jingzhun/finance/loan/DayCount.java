package org.jingzhun.finance.loan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jingzhun.core.explain.Labelled;

/**
 * 计息基准 — how the days of an interest period are counted and how many make a year. Chinese
 * banks commonly take the daily rate as the annual rate / 360 over actual days (实际天数/360).
 */
public enum DayCount implements Labelled {
  /** Actual days over a 360-day year (实际/360). */
  ACT_360("实际天数/360", "actual/360", 360),
  /** Actual days over a 365-day year (实际/365). */
  ACT_365("实际天数/365", "actual/365", 365),
  /**
   * Thirty-day months over a 360-day year (30/360, the European 30E/360 form): a 31st counts as
   * the 30th, so a full month is 30 days and a full quarter 90. The count is additive: the
   * days from a to b plus those from b to c are the days from a to c.
   */
  THIRTY_360("30/360", "30/360", 360);

  private final String chinese;
  private final String english;
  private final int yearDays;

  DayCount(String chinese, String english, int yearDays) {
    this.chinese = chinese;
    this.english = english;
    this.yearDays = yearDays;
  }

  /** The days from {@code start} (counted) to {@code end} (not counted) under this convention. */
  public long days(LocalDate start, LocalDate end) {
    if (this == THIRTY_360) {
      return thirty360Serial(end) - thirty360Serial(start);
    }
    return ChronoUnit.DAYS.between(start, end);
  }

  /** The days in a year under this convention: 360 or 365. */
  public int yearDays() {
    return yearDays;
  }

  private static long thirty360Serial(LocalDate d) {
    return 360L * d.getYear() + 30L * (d.getMonthValue() - 1) + Math.min(d.getDayOfMonth(), 30);
  }

  @Override
  public String chinese() {
    return chinese;
  }

  @Override
  public String english() {
    return english;
  }
}
