package org.jingzhun.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Termed;
import org.jingzhun.core.validation.ValidationException;

/**
 * 按期标准 — an amount a document sets per month or per year (a dibao standard published as
 * "300 a month" or "3,600 a year"), kept exactly as published: {@link #yearly()} is exact
 * either way, and a month's share of a yearly figure is rounded only where a rule says how.
 *
 * <p>Written {@code "300"} (a month, the default of a monthly parameter), {@code "300 a month"},
 * {@code "3600 a year"}, {@code "300/month"} or {@code "3600/year"}; at most two decimals.
 */
public final class PeriodicAmount {
  /** The period an amount is set for. */
  public enum Per implements Termed {
    /** 每月. */
    MONTH("每月", "a month", 12),
    /** 每年. */
    YEAR("每年", "a year", 1);

    private final Term term;
    private final int perYear;

    Per(String chinese, String english, int perYear) {
      this.term = Term.of(name().toLowerCase(Locale.ROOT), chinese, english);
      this.perYear = perYear;
    }

    @Override
    public Term term() {
      return term;
    }
  }

  private static final Pattern TEXT = Pattern.compile("\\s*([-+]?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(?:(?:a|/|per)\\s*(month|year))?\\s*");

  private final Money amount;
  private final Per per;

  private PeriodicAmount(Money amount, Per per) {
    this.amount = amount;
    this.per = per;
  }

  /**
   * {@return {@code amount} for each {@code per}}
   *
   * @param amount the amount as published
   * @param per the period the amount is published for, a month or a year
   */
  public static PeriodicAmount of(Money amount, Per per) {
    return new PeriodicAmount(Objects.requireNonNull(amount, "amount"), Objects.requireNonNull(per, "per"));
  }

  /**
   * Reads {@code "300"}, {@code "300 a month"}, {@code "3600 a year"}, {@code "300/month"} or
   * {@code "3600/year"}; a bare number is {@code per} {@code unstated}.
   *
   * @param text the amount as text
   * @param unstated the period meant when the text states none
   * @return the amount and the period it is stated for
   * @throws ValidationException naming the text if it is none of these
   */
  public static PeriodicAmount parse(String text, Per unstated) {
    Matcher m = TEXT.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw ValidationException.of("", text, "must be an amount in yuan, optionally followed by 'a month' or 'a year'"
          + " (e.g. 300 a month, 3600 a year) / 金额（元），可注明每月或每年");
    }
    Per per = m.group(2) == null ? unstated : Per.valueOf(m.group(2).toUpperCase(Locale.ROOT));
    return of(Money.ofYuan(m.group(1).replace(",", "")), per);
  }

  /** {@return the amount as published} */
  public Money amount() {
    return amount;
  }

  /** {@return the period it was published for} */
  public Per per() {
    return per;
  }

  /** {@return the amount for a whole year, exactly: 12 × a monthly amount, or the yearly one} */
  public Money yearly() {
    return amount.times(per.perYear);
  }

  /**
   * {@return the amount for a month: the monthly one exactly, or a twelfth of the yearly one
   * rounded by {@code rounding}}
   *
   * @param rounding how the result is rounded to the fen
   */
  public Money monthly(RoundingMode rounding) {
    return per == Per.MONTH ? amount : amount.dividedBy(12, rounding);
  }

  /**
   * {@return {@code factor} × the monthly amount, rounded once to the fen by {@code rounding}:
   * exactly {@code factor × yearly / 12}, so a yearly figure is not rounded twice}
   *
   * @param factor the multiplier, any exact decimal
   * @param rounding how the result is rounded to the fen
   */
  public Money monthlyTimes(BigDecimal factor, RoundingMode rounding) {
    return yearly().timesFraction(factor, BigDecimal.valueOf(12), rounding);
  }

  /**
   * {@return this amount × {@code factor}, for the same period, rounded to the fen by
   * {@code rounding}}
   *
   * @param factor the multiplier, any exact decimal
   * @param rounding how the result is rounded to the fen
   */
  public PeriodicAmount times(BigDecimal factor, RoundingMode rounding) {
    return of(amount.times(factor, rounding), per);
  }

  /** {@return whether the amount is below zero} */
  public boolean isNegative() {
    return amount.isNegative();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PeriodicAmount other && amount.equals(other.amount) && per == other.per;
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, per);
  }

  /** Reads the JSON form, {@link #toString()}'s text; a bare number is a monthly amount. */
  @JsonCreator
  static PeriodicAmount fromJson(String text) {
    return parse(text, Per.MONTH);
  }

  /** The amount and its period, e.g. {@code 300.00 a month}; {@link #parse} reads it back. */
  @JsonValue
  @Override
  public String toString() {
    return amount + " " + per.english();
  }
}
