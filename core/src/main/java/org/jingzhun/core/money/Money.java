package org.jingzhun.core.money;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.common.collect.ImmutableList;
import com.google.common.math.LongMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Pattern;
import org.jingzhun.core.json.internal.ValueDeserializers;
import org.jingzhun.core.validation.ValidationException;

/**
 * 金额 — an exact amount of Chinese yuan, counted in fen (分, 0.01 yuan) in a {@code long}.
 *
 * <p>Amounts may be negative (a loss, a correction). Every operation is exact; the only ones
 * that can lose a fraction of a fen take an explicit {@link RoundingMode}. Arithmetic that
 * would pass ±92,233,720,368,547,758.07 yuan throws {@link ArithmeticException}.
 *
 * <p>Text form, also the JSON form written: a plain decimal with exactly two places,
 * {@code "1234.56"}, {@code "-0.50"}. Read from JSON, an amount is yuan whether text or number
 * ({@code 6000} is 6,000.00 yuan, as {@code "6000"} is), with at most two decimal places and within
 * the input bound of {@link org.jingzhun.core.validation.InputLimits#MAX_AMOUNT_FEN}.
 */
@JsonDeserialize(using = ValueDeserializers.MoneyDeserializer.class)
public final class Money implements Comparable<Money> {
  /** Zero yuan. */
  public static final Money ZERO = new Money(0);

  private static final Pattern YUAN = Pattern.compile("-?\\d{1,17}(\\.\\d{1,2})?");

  private final long fen;

  private Money(long fen) {
    this.fen = fen;
  }

  /**
   * {@return the amount of {@code fen} fen}
   *
   * @param fen the amount in fen (hundredths of a yuan)
   */
  public static Money ofFen(long fen) {
    return fen == 0 ? ZERO : new Money(fen);
  }

  /**
   * {@return the amount of {@code yuan} whole yuan}
   *
   * @param yuan the whole number of yuan
   */
  public static Money ofYuan(long yuan) {
    return ofFen(Math.multiplyExact(yuan, 100L));
  }

  /**
   * Parses yuan written as a plain decimal with at most two places: {@code "1234"},
   * {@code "1234.5"}, {@code "-0.07"}. No grouping, no currency sign, no exponent.
   *
   * @param text the amount in yuan as text
   * @return the amount
   * @throws ValidationException if the text is not such an amount
   */
  public static Money ofYuan(String text) {
    if (text == null || !YUAN.matcher(text).matches()) {
      throw ValidationException.of(
          "", text, "is not an amount of yuan such as \"1234.56\" (at most two decimal places)");
    }
    return of(new BigDecimal(text));
  }

  /**
   * {@return the amount of {@code yuan}, which must have no more than two decimal places}
   *
   * @param yuan the amount in yuan, with at most two decimal places
   * @throws ValidationException if it has a fraction of a fen or is out of range
   */
  public static Money of(BigDecimal yuan) {
    BigDecimal fen = yuan.movePointRight(2);
    try {
      return ofFen(fen.longValueExact());
    } catch (ArithmeticException e) {
      throw ValidationException.of(
          "", yuan.toPlainString(), "is not a whole number of fen within the range of amounts");
    }
  }

  /**
   * {@return the sum of {@code amounts}; zero when there are none}
   *
   * @param amounts the amounts to add
   */
  public static Money sum(Iterable<Money> amounts) {
    long total = 0;
    for (Money m : amounts) {
      total = Math.addExact(total, m.fen);
    }
    return ofFen(total);
  }

  /** {@return the amount in fen} */
  public long fen() {
    return fen;
  }

  /** {@return the amount in yuan, with scale 2} */
  public BigDecimal toYuan() {
    return BigDecimal.valueOf(fen, 2);
  }

  /**
   * {@return this amount plus {@code other}, exact}
   *
   * @param other the amount to add
   */
  public Money plus(Money other) {
    return ofFen(Math.addExact(fen, other.fen));
  }

  /**
   * {@return this amount minus {@code other}, exact}
   *
   * @param other the amount to subtract
   */
  public Money minus(Money other) {
    return ofFen(Math.subtractExact(fen, other.fen));
  }

  /** {@return this amount with the opposite sign} */
  public Money negated() {
    return ofFen(Math.negateExact(fen));
  }

  /**
   * {@return this amount times a whole number (members, months): exact}
   *
   * @param factor the whole-number multiplier
   */
  public Money times(long factor) {
    return ofFen(Math.multiplyExact(fen, factor));
  }

  /**
   * {@return this amount times {@code factor}, rounded to the fen by {@code rounding}}
   *
   * @param factor the multiplier, any exact decimal
   * @param rounding how the result is rounded to the fen
   */
  public Money times(BigDecimal factor, RoundingMode rounding) {
    return fromExact(BigDecimal.valueOf(fen).multiply(factor), rounding);
  }

  /**
   * {@return this amount times {@code share}, rounded to the fen by {@code rounding}}
   *
   * @param share the share, between 0 and 1
   * @param rounding how the result is rounded to the fen
   */
  public Money times(Share share, RoundingMode rounding) {
    return times(share.value(), rounding);
  }

  /**
   * {@return this amount times {@code numerator / denominator} with a single rounding at the end,
   * for factors that have no finite decimal form (a rate times days / 360)}
   *
   * @param numerator the fraction's numerator
   * @param denominator the fraction's denominator, not zero
   * @param rounding how the result is rounded to the fen
   */
  public Money timesFraction(BigDecimal numerator, BigDecimal denominator, RoundingMode rounding) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator is zero");
    }
    BigDecimal product = BigDecimal.valueOf(fen).multiply(numerator);
    return fromExact(product.divide(denominator, 0, rounding), RoundingMode.UNNECESSARY);
  }

  /**
   * {@return this amount divided by a whole number (members, months), rounded by {@code rounding}}
   *
   * @param divisor what to divide by, not zero
   * @param rounding how the result is rounded to the fen
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    return ofFen(LongMath.divide(fen, divisor, rounding));
  }

  private static Money fromExact(BigDecimal fenValue, RoundingMode rounding) {
    BigDecimal rounded = fenValue.setScale(0, rounding);
    if (rounded.toBigInteger().bitLength() > 63) {
      throw new ArithmeticException("amount out of range: " + fenValue.movePointLeft(2));
    }
    return ofFen(rounded.longValueExact());
  }

  /**
   * Splits this amount into parts proportional to {@code weights}, so that the parts add back
   * to this amount exactly. Each part first gets its exact share rounded toward zero; the fen
   * left over go one each to the parts with the largest remainders, and among equal
   * remainders to the earlier part (largest-remainder method, deterministic). Every part
   * differs from its exact share by less than one fen, and all parts share this amount's sign.
   *
   * @param weights non-negative, at least one positive
   * @return the parts, in the order of the weights, adding up to this amount to the fen
   * @throws IllegalArgumentException if the weights are empty, negative or all zero
   */
  public List<Money> allocate(List<BigInteger> weights) {
    if (weights.stream().allMatch(w -> w.bitLength() < 31) && weights.size() < 1 << 20) {
      return allocate(weights.stream().mapToLong(BigInteger::longValue).toArray());
    }
    return allocateExact(weights);
  }

  /** {@link #allocate(List)} in {@code BigInteger} arithmetic, for any weights. */
  ImmutableList<Money> allocateExact(List<BigInteger> weights) {
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("no weights to allocate by");
    }
    BigInteger totalWeight = BigInteger.ZERO;
    for (BigInteger w : weights) {
      if (w.signum() < 0) {
        throw new IllegalArgumentException("negative weight " + w);
      }
      totalWeight = totalWeight.add(w);
    }
    if (totalWeight.signum() == 0) {
      throw new IllegalArgumentException("weights add up to zero");
    }
    BigInteger whole = BigInteger.valueOf(Math.abs(fen));
    int n = weights.size();
    long[] parts = new long[n];
    BigInteger[] remainders = new BigInteger[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = whole.multiply(weights.get(i)).divideAndRemainder(totalWeight);
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      given += parts[i];
    }
    long left = whole.longValueExact() - given;
    for (long k = 0; k < left; k++) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (remainders[i].signum() >= 0 && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
          best = i;
        }
      }
      parts[best]++;
      remainders[best] = BigInteger.ONE.negate(); // each part gets at most one extra fen
    }
    ImmutableList.Builder<Money> out = ImmutableList.builderWithExpectedSize(n);
    for (long p : parts) {
      out.add(ofFen(fen < 0 ? -p : p));
    }
    return out.build();
  }

  /**
   * Splits this amount into parts proportional to {@code weights}; the same rule as
   * {@link #allocate(List)}, computed in {@code long} arithmetic where no product can overflow.
   *
   * @param weights the weights, none negative, not all zero
   * @return the parts, in the order of the weights, adding up to this amount to the fen
   */
  public List<Money> allocate(long... weights) {
    long totalWeight = 0;
    for (long w : weights) {
      if (w < 0) {
        throw new IllegalArgumentException("negative weight " + w);
      }
      totalWeight = Math.addExact(totalWeight, w);
    }
    if (weights.length == 0 || totalWeight == 0) {
      throw new IllegalArgumentException(weights.length == 0 ? "no weights to allocate by" : "weights add up to zero");
    }
    long whole = Math.abs(fen);
    boolean fits = Math.multiplyHigh(whole, totalWeight) == 0 && whole * totalWeight >= 0;
    if (!fits) {
      return allocateExact(java.util.Arrays.stream(weights).mapToObj(BigInteger::valueOf).toList());
    }
    int n = weights.length;
    long[] parts = new long[n];
    long[] remainders = new long[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      long product = whole * weights[i];
      parts[i] = product / totalWeight;
      remainders[i] = product % totalWeight;
      given += parts[i];
    }
    for (long left = whole - given; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best])) {
          best = i;
        }
      }
      parts[best]++;
      remainders[best] = -1; // each part gets at most one extra fen
    }
    ImmutableList.Builder<Money> out = ImmutableList.builderWithExpectedSize(n);
    for (long p : parts) {
      out.add(ofFen(fen < 0 ? -p : p));
    }
    return out.build();
  }

  /**
   * Splits this amount by {@code ratio}; see {@link #allocate(List)}.
   *
   * @param ratio the ratio, e.g. 4:3:2:1
   * @return the parts, in the order of the ratio's weights, adding up to this amount to the fen
   */
  public List<Money> allocate(Ratio ratio) {
    return allocate(ratio.weights());
  }

  /** {@return whether this amount is zero} */
  public boolean isZero() {
    return fen == 0;
  }

  /** {@return whether this amount is above zero} */
  public boolean isPositive() {
    return fen > 0;
  }

  /** {@return whether this amount is below zero} */
  public boolean isNegative() {
    return fen < 0;
  }

  /**
   * {@return whether this amount is greater than {@code other}}
   *
   * @param other the amount to compare with
   */
  public boolean isGreaterThan(Money other) {
    return fen > other.fen;
  }

  /**
   * {@return whether this amount is less than {@code other}}
   *
   * @param other the amount to compare with
   */
  public boolean isLessThan(Money other) {
    return fen < other.fen;
  }

  /**
   * {@return the larger of this amount and {@code other}}
   *
   * @param other the amount to compare with
   */
  public Money max(Money other) {
    return fen >= other.fen ? this : other;
  }

  /**
   * {@return the smaller of this amount and {@code other}}
   *
   * @param other the amount to compare with
   */
  public Money min(Money other) {
    return fen <= other.fen ? this : other;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(fen, other.fen);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && m.fen == fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /** The amount in yuan with two decimal places: {@code "1234.56"}. */
  @JsonValue
  @Override
  public String toString() {
    return toYuan().toPlainString();
  }
}
