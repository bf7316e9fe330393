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
   * Thirty-day months over a 360-day year, as 30E/360 (ISDA) counts them: a date on the last
   * day of its month counts as the 30th — a 31st, and the 28th (29th in a leap year) of
   * February — and every other date as itself; the days from D1 to D2 are 360 × (Y2 − Y1) +
   * 30 × (M2 − M1) + (D2′ − D1′). So a full month is 30 days (Jan 30 → Feb 28 and Feb 28 →
   * Mar 30 are 30 each) and a full quarter 90. The ISDA exception that leaves a February
   * maturity date unadjusted is not applied: each date is counted on its own, so the count is
   * additive — the days from a to b plus those from b to c are the days from a to c — which the
   * principal-days of a period split by a repayment rely on.
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

  /**
   * The day's serial number under this convention: {@code days(a, b) == serial(b) − serial(a)}
   * for every pair of dates, so a bulk caller converts each date once (actual days: the epoch
   * day; 30E/360: 360 × year + 30 × (month − 1) + day′).
   */
  public long serial(LocalDate d) {
    return this == THIRTY_360 ? thirty360Serial(d) : d.toEpochDay();
  }

  /** The days in a year under this convention: 360 or 365. */
  public int yearDays() {
    return yearDays;
  }

  /** 30E/360 (ISDA): the last day of a month, February's included, counts as the 30th. */
  private static long thirty360Serial(LocalDate d) {
    int day = d.getDayOfMonth() == d.lengthOfMonth() ? 30 : Math.min(d.getDayOfMonth(), 30);
    return 360L * d.getYear() + 30L * (d.getMonthValue() - 1) + day;
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
