package org.jingzhun.finance.loan;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jingzhun.core.explain.Labelled;

/**
 * 计息基准 — how the days of an interest period are counted and how many make a year. Chinese
 * banks commonly take the daily rate as the annual rate / 360 over actual days (实际天数/360),
 * and for instalment loans (等额本息、等额本金) charge each whole month the monthly rate, the
 * annual rate / 12 ({@link #MONTHLY}).
 *
 * <p>Every convention is additive: the days from a to b plus those from b to c are the days
 * from a to c, which the principal-days of a period split by a repayment rely on. Each is a
 * difference of day serials ({@link #serial(LocalDate, int)}).
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
  THIRTY_360("30/360", "30/360", 360),
  /**
   * 按月计息 — the bank convention for instalment loans: each whole month between two settlement
   * dates counts 30 days of a 360-day year, so a month's interest is balance × annual rate / 12
   * whatever the month's length, and part of a month counts its days as {@link #THIRTY_360}
   * does (the daily rate is the annual rate / 360). Settlement dates are the loan's anchor day
   * (its settlement day, or the disbursement day's anniversary), moved to the last day of a
   * shorter month: such a date counts as the anchor day itself, so a loan paid out on 29 January
   * has 30 days to 28 February and 30 more to 29 March, where 30/360 counts 31 and 29. Without
   * an anchor ({@link #days(LocalDate, LocalDate)}) it counts as {@link #THIRTY_360}.
   */
  MONTHLY("按月计息（月利率 = 年利率 ÷ 12）", "monthly (a month's rate is the annual rate / 12)", 360);

  /** The anchor of {@link #days(LocalDate, LocalDate)}: none, each date counts as itself. */
  private static final int NO_ANCHOR = 0;

  private final String chinese;
  private final String english;
  private final int yearDays;

  DayCount(String chinese, String english, int yearDays) {
    this.chinese = chinese;
    this.english = english;
    this.yearDays = yearDays;
  }

  /**
   * {@return the days from {@code start} (counted) to {@code end} (not counted) under this
   * convention, with no anchor day ({@link #MONTHLY} counts as {@link #THIRTY_360})}
   *
   * @param start the first day, counted
   * @param end the last day, not counted
   */
  public long days(LocalDate start, LocalDate end) {
    return days(start, end, NO_ANCHOR);
  }

  /**
   * {@return the days from {@code start} (counted) to {@code end} (not counted) for a loan whose
   * periods end on day {@code anchorDay} of the month; only {@link #MONTHLY} uses the anchor}
   *
   * @param anchorDay 1 to 31 (0 for none)
   * @param start the first day, counted
   * @param end the last day, not counted
   */
  public long days(LocalDate start, LocalDate end, int anchorDay) {
    if (this == ACT_360 || this == ACT_365) {
      return ChronoUnit.DAYS.between(start, end);
    }
    return serial(end, anchorDay) - serial(start, anchorDay);
  }

  /**
   * {@return the day's serial number with no anchor day; see {@link #serial(LocalDate, int)}}
   *
   * @param d the day
   */
  public long serial(LocalDate d) {
    return serial(d, NO_ANCHOR);
  }

  /**
   * {@return the day's serial number under this convention for a loan whose periods end on day
   * {@code anchorDay}: {@code days(a, b, anchor) == serial(b, anchor) − serial(a, anchor)} for
   * every pair of dates, so a bulk caller converts each date once (actual days: the epoch day;
   * 30E/360: 360 × year + 30 × (month − 1) + day′; monthly: the same, except that the anchor day,
   * or the last day of a month too short for it, counts as min(anchor, 30))}
   *
   * @param anchorDay 1 to 31 (0 for none)
   * @param d the day
   */
  public long serial(LocalDate d, int anchorDay) {
    Preconditions.checkArgument(anchorDay >= NO_ANCHOR && anchorDay <= 31, "anchor day must be 0 (none) to 31 but was %s", anchorDay);
    return switch (this) {
      case ACT_360, ACT_365 -> d.toEpochDay();
      case THIRTY_360 -> thirty360Serial(d, thirtyDay(d));
      case MONTHLY -> thirty360Serial(d, isAnchor(d, anchorDay) ? Math.min(anchorDay, 30) : thirtyDay(d));
    };
  }

  /** {@return the days in a year under this convention: 360 or 365} */
  public int yearDays() {
    return yearDays;
  }

  /** 30E/360 (ISDA): the last day of a month, February's included, counts as the 30th. */
  private static int thirtyDay(LocalDate d) {
    return d.getDayOfMonth() == d.lengthOfMonth() ? 30 : Math.min(d.getDayOfMonth(), 30);
  }

  /** Whether {@code d} is the month's settlement day for {@code anchorDay}, moved to a short month's end. */
  private static boolean isAnchor(LocalDate d, int anchorDay) {
    return anchorDay != NO_ANCHOR && d.getDayOfMonth() == Math.min(anchorDay, d.lengthOfMonth());
  }

  private static long thirty360Serial(LocalDate d, int day) {
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
