package org.jingzhun.core.money;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import org.jingzhun.core.validation.InputLimits;
import org.jingzhun.core.json.internal.ValueDeserializers;
import org.jingzhun.core.validation.ValidationException;

/**
 * 比例 — an exact share of a whole, from 0 to 1 inclusive: a subsidy share, a party's part of
 * a loss, a personal-share cap.
 *
 * <p>Text and JSON form: a decimal such as {@code "0.4"}; {@link #parse} also reads percent
 * ({@code "40%"}).
 */
@JsonDeserialize(using = ValueDeserializers.ShareDeserializer.class)
public final class Share implements Comparable<Share> {
  /** Nothing: a share of 0. */
  public static final Share ZERO = new Share(BigDecimal.ZERO);
  /** The whole: a share of 1 (100 %). */
  public static final Share ONE = new Share(BigDecimal.ONE);

  private final BigDecimal value;

  private Share(BigDecimal value) {
    this.value = value;
  }

  /**
   * {@return the share {@code value}, which must lie in [0, 1] with at most
   * {@value InputLimits#MAX_DECIMAL_PLACES} decimal places}
   *
   * @param value the share as a fraction, between 0 and 1
   * @throws ValidationException if it does not
   */
  public static Share of(BigDecimal value) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw ValidationException.of("", value.toString(), "a share must lie between 0 and 1");
    }
    BigDecimal exact = value.stripTrailingZeros();
    if (exact.scale() > InputLimits.MAX_DECIMAL_PLACES) {
      throw ValidationException.of("", value.toString(),
          "a share has at most " + InputLimits.MAX_DECIMAL_PLACES + " decimal places");
    }
    return new Share(exact.scale() < 0 ? exact.setScale(0) : exact);
  }

  /**
   * {@return the share {@code percent} / 100}
   *
   * @param percent the share in percent, between 0 and 100
   */
  public static Share ofPercent(BigDecimal percent) {
    return of(percent.movePointLeft(2));
  }

  /**
   * Parses {@code "0.4"} or {@code "40%"}.
   *
   * @param text the share as text
   * @return the share
   */
  public static Share parse(String text) {
    try {
      String t = text.strip();
      return t.endsWith("%")
          ? ofPercent(new BigDecimal(t.substring(0, t.length() - 1).strip()))
          : of(new BigDecimal(t));
    } catch (NumberFormatException | NullPointerException e) {
      throw ValidationException.of("", text, "is not a share such as \"0.4\" or \"40%\"");
    }
  }

  /** {@return the share as an exact decimal in [0, 1]} */
  public BigDecimal value() {
    return value;
  }

  /** {@return one minus this share} */
  public Share complement() {
    return new Share(BigDecimal.ONE.subtract(value).stripTrailingZeros());
  }

  /** {@return whether this share is zero} */
  public boolean isZero() {
    return value.signum() == 0;
  }

  @Override
  public int compareTo(Share other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Share s && s.value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return value.stripTrailingZeros().hashCode();
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
