package org.jingzhun.core.time;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jingzhun.core.json.internal.ValueDeserializers;
import org.jingzhun.core.validation.ValidationException;

/**
 * 季度 — a calendar quarter, {@code 2019-Q3}: the unit in which interest subsidies are claimed
 * (按季申报).
 */
@JsonDeserialize(using = ValueDeserializers.QuarterDeserializer.class)
public record Quarter(int year, int quarter) implements Comparable<Quarter> {
  private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

  /**
   * @param year the year, e.g. 2019
   * @param quarter the quarter of the year: 1, 2, 3 or 4
   * @throws ValidationException if the quarter is not 1 to 4
   */
  public Quarter {
    if (quarter < 1 || quarter > 4) {
      throw ValidationException.of("quarter", quarter, "a quarter is 1, 2, 3 or 4");
    }
  }

  /**
   * {@return the quarter {@code quarter} of {@code year}}
   *
   * @param year the year, e.g. 2019
   * @param quarter the quarter of the year: 1, 2, 3 or 4
   */
  public static Quarter of(int year, int quarter) {
    return new Quarter(year, quarter);
  }

  /**
   * {@return the quarter that holds {@code date}}
   *
   * @param date any day of the quarter
   */
  public static Quarter containing(LocalDate date) {
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * Parses {@code "2019-Q3"}.
   *
   * @param text the quarter as text
   * @return the quarter
   */
  public static Quarter parse(String text) {
    Matcher m = text == null ? null : TEXT.matcher(text);
    if (m == null || !m.matches()) {
      throw ValidationException.of("", text, "is not a quarter such as \"2019-Q3\"");
    }
    return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** {@return the first day of the quarter} */
  public LocalDate firstDay() {
    return LocalDate.of(year, 3 * quarter - 2, 1);
  }

  /** {@return the quarter's days, from its first day to the first day of the next quarter} */
  public DateRange range() {
    return DateRange.of(firstDay(), next().firstDay());
  }

  /** {@return the quarter after this one} */
  public Quarter next() {
    return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
  }

  @Override
  public int compareTo(Quarter o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
  }

  @JsonValue
  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
