package org.jingzhun.core.money;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import org.jingzhun.core.validation.InputLimits;
import org.jingzhun.core.json.internal.ValueDeserializers;
import org.jingzhun.core.validation.ValidationException;

/**
 * 年利率 — an exact annual interest rate, from 0 to 100 % a year: 4.75 % is {@code 0.0475}. A
 * negative rate or one above 100 % a year is refused as a mistake (a percent written as a
 * fraction, {@code 4.75} for {@code 0.0475}).
 *
 * <p>Text and JSON form: percent with a sign, {@code "4.75%"}; {@link #parse} also reads a
 * plain fraction ({@code "0.0475"}) and basis points ({@code "475bp"}).
 */
@JsonDeserialize(using = ValueDeserializers.AnnualRateDeserializer.class)
public final class AnnualRate implements Comparable<AnnualRate> {
  /** The rate of nothing a year. */
  public static final AnnualRate ZERO = new AnnualRate(BigDecimal.ZERO);

  private final BigDecimal fraction;

  private AnnualRate(BigDecimal fraction) {
    this.fraction = fraction;
  }

  /**
   * {@return the rate whose yearly fraction is {@code fraction} (0.0475 for 4.75 %)}
   *
   * @param fraction the yearly fraction, e.g. 0.0475
   * @throws ValidationException if negative, above 1 (100 % a year) or with more than
   *     {@value InputLimits#MAX_DECIMAL_PLACES} decimal places
   */
  public static AnnualRate ofFraction(BigDecimal fraction) {
    if (fraction.signum() < 0) {
      throw ValidationException.of("", fraction.toString(), "an interest rate may not be negative");
    }
    if (fraction.compareTo(BigDecimal.ONE) > 0) {
      throw ValidationException.of("", fraction.toString(),
          "an annual rate above 100 % is not a rate these rules know (write 4.75 % as \"4.75%\" or 0.0475)");
    }
    BigDecimal exact = fraction.stripTrailingZeros();
    if (exact.scale() > InputLimits.MAX_DECIMAL_PLACES) {
      throw ValidationException.of("", fraction.toString(),
          "a rate has at most " + InputLimits.MAX_DECIMAL_PLACES + " decimal places as a fraction");
    }
    return fraction.signum() == 0 ? ZERO : new AnnualRate(exact);
  }

  /**
   * {@return the rate of {@code percent} percent a year}
   *
   * @param percent the rate in percent a year, e.g. 4.75
   */
  public static AnnualRate ofPercent(BigDecimal percent) {
    return ofFraction(percent.movePointLeft(2));
  }

  /**
   * {@return the rate of {@code percent} percent a year, e.g. {@code ofPercent("4.75")}}
   *
   * @param percent the rate in percent a year as decimal text, e.g. {@code "4.75"}
   */
  public static AnnualRate ofPercent(String percent) {
    return parse(percent + "%");
  }

  /**
   * {@return the rate of {@code basisPoints} hundredths of a percent a year (475 for 4.75 %)}
   *
   * @param basisPoints the rate in hundredths of a percent a year
   */
  public static AnnualRate ofBasisPoints(long basisPoints) {
    return ofFraction(BigDecimal.valueOf(basisPoints, 4));
  }

  /**
   * Parses {@code "4.75%"}, {@code "475bp"} or {@code "0.0475"}.
   *
   * @param text the rate as text
   * @return the rate
   */
  public static AnnualRate parse(String text) {
    try {
      String t = text.strip();
      if (t.endsWith("%")) {
        return ofPercent(new BigDecimal(t.substring(0, t.length() - 1).strip()));
      }
      if (t.endsWith("bp")) {
        return ofFraction(new BigDecimal(t.substring(0, t.length() - 2).strip()).movePointLeft(4));
      }
      return ofFraction(new BigDecimal(t));
    } catch (NumberFormatException | NullPointerException e) {
      throw ValidationException.of("", text, "is not an annual rate such as \"4.75%\"");
    }
  }

  /** {@return the yearly fraction: 0.0475 for 4.75 %} */
  public BigDecimal fraction() {
    return fraction;
  }

  /** {@return the rate in percent: 4.75 for 4.75 %} */
  public BigDecimal percent() {
    return fraction.movePointRight(2).stripTrailingZeros();
  }

  /**
   * {@return this rate plus {@code other}, exact}
   *
   * @param other the rate to add
   */
  public AnnualRate plus(AnnualRate other) {
    return ofFraction(fraction.add(other.fraction));
  }

  /**
   * {@return this rate times a multiple (the benchmark × 1.3), exact}
   *
   * @param multiple the multiple, e.g. 1.3; the product is exact
   */
  public AnnualRate times(BigDecimal multiple) {
    return ofFraction(fraction.multiply(multiple));
  }

  /**
   * {@return the lower of this rate and {@code other}}
   *
   * @param other the rate to compare with
   */
  public AnnualRate min(AnnualRate other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * {@return the higher of this rate and {@code other}}
   *
   * @param other the rate to compare with
   */
  public AnnualRate max(AnnualRate other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** {@return whether this rate is zero} */
  public boolean isZero() {
    return fraction.signum() == 0;
  }

  @Override
  public int compareTo(AnnualRate other) {
    return fraction.compareTo(other.fraction);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnnualRate r && r.fraction.compareTo(fraction) == 0;
  }

  @Override
  public int hashCode() {
    return fraction.stripTrailingZeros().hashCode();
  }

  @JsonValue
  @Override
  public String toString() {
    return percent().toPlainString() + "%";
  }
}
