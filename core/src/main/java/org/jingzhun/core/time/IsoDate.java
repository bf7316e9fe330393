package org.jingzhun.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jingzhun.core.validation.InputLimits;
import org.jingzhun.core.validation.ValidationException;

/**
 * 日期文本 — the one way a date is read from text: ISO {@code YYYY-MM-DD}, a real calendar day,
 * from {@link InputLimits#EARLIEST_DATE} to {@link InputLimits#LATEST_DATE}. JSON documents, the
 * command line's {@code --date} and register files all read dates here; a number (an epoch
 * day, {@code 20190601}) is never a date.
 */
public final class IsoDate {
  private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private IsoDate() {}

  /**
   * {@return the date written {@code text}, such as {@code "2019-06-01"}}
   *
   * @param text the date as text
   * @throws ValidationException if it is not written so, is not a calendar day ({@code 2019-02-30})
   *     or lies outside the dates an input may give
   */
  public static LocalDate parse(String text) {
    if (text == null || !FORM.matcher(text).matches()) {
      throw ValidationException.of("", text, "is not a date written YYYY-MM-DD, such as 2019-06-01");
    }
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
          Integer.parseInt(text.substring(8, 10)));
    } catch (DateTimeException e) {
      throw ValidationException.of("", text, "is not a day of the calendar");
    }
    return InputLimits.checkDate(date);
  }
}
