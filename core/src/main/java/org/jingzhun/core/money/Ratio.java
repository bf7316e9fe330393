package org.jingzhun.core.money;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Collectors;
import org.jingzhun.core.json.internal.ValueDeserializers;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * 分担比例 — the parts of a split as whole-number weights, written {@code "4:3:2:1"} or
 * {@code "6:4"}. Keeping weights (not decimal shares) keeps thirds exact.
 */
@JsonDeserialize(using = ValueDeserializers.RatioDeserializer.class)
public final class Ratio {
  private final ImmutableList<BigInteger> weights;

  private Ratio(ImmutableList<BigInteger> weights) {
    this.weights = weights;
  }

  /** The most parts a ratio may have. */
  public static final int MAX_PARTS = 1000;
  /** The largest weight of a part: eighteen digits. */
  private static final BigInteger MAX_WEIGHT = BigInteger.TEN.pow(18).subtract(BigInteger.ONE);

  /**
   * {@return the ratio of {@code weights}: one to {@value #MAX_PARTS}, none negative or of more
   * than eighteen digits, not all zero}
   *
   * @param weights the weights, whole numbers, none negative and not all zero
   * @throws ValidationException listing each bad weight
   */
  public static Ratio of(List<BigInteger> weights) {
    Violations v = Violations.collect();
    v.check(!weights.isEmpty(), "", "", "a ratio needs at least one part");
    v.check(weights.size() <= MAX_PARTS, "", weights.size() + " parts", "a ratio has at most " + MAX_PARTS + " parts");
    v.throwIfAny();
    for (int i = 0; i < weights.size(); i++) {
      v.check(weights.get(i).signum() >= 0, "[" + i + "]", weights.get(i), "a part may not be negative");
      v.check(weights.get(i).compareTo(MAX_WEIGHT) <= 0, "[" + i + "]", weights.get(i), "a part has at most eighteen digits");
    }
    v.check(
        weights.stream().anyMatch(w -> w.signum() > 0), "", weights, "at least one part must be positive");
    v.throwIfAny();
    return new Ratio(ImmutableList.copyOf(weights));
  }

  /**
   * {@return the ratio of {@code weights}, e.g. {@code Ratio.of(4, 3, 2, 1)}}
   *
   * @param weights the weights, whole numbers, none negative and not all zero
   */
  public static Ratio of(long... weights) {
    return of(java.util.Arrays.stream(weights).mapToObj(BigInteger::valueOf).toList());
  }

  /**
   * {@return the ratio whose parts are proportional to exact decimal {@code shares}, scaled to
   * whole numbers (0.6, 0.4 gives 6:4)}
   *
   * @param shares the shares, each between 0 and 1
   */
  public static Ratio ofShares(List<Share> shares) {
    int scale = shares.stream().mapToInt(s -> Math.max(0, s.value().scale())).max().orElse(0);
    return of(shares.stream()
        .map(s -> s.value().setScale(scale).unscaledValue())
        .toList());
  }

  /**
   * Parses {@code "4:3:2:1"} (whole numbers separated by colons).
   *
   * @param text the ratio as text
   * @return the ratio
   */
  public static Ratio parse(String text) {
    if (text != null && text.length() > MAX_PARTS * 20) {
      throw ValidationException.of("", text.length() + " characters", "is too long for a ratio of at most " + MAX_PARTS + " parts");
    }
    try {
      return of(Splitter.on(':').trimResults().splitToStream(text).map(BigInteger::new).toList());
    } catch (NumberFormatException | NullPointerException e) {
      throw ValidationException.of("", text, "is not a ratio of whole numbers such as \"4:3:2:1\"");
    }
  }

  /** {@return the whole-number weights of the parts, in order} */
  public List<BigInteger> weights() {
    return weights;
  }

  /** {@return the number of parts} */
  public int size() {
    return weights.size();
  }

  /**
   * {@return part {@code i} as a share of the whole, to 34 significant digits (not exact for
   * thirds)}
   *
   * @param i the index of the part, from 0
   */
  public BigDecimal approximateShare(int i) {
    BigInteger total = weights.stream().reduce(BigInteger.ZERO, BigInteger::add);
    return new BigDecimal(weights.get(i)).divide(new BigDecimal(total), MathContext.DECIMAL128);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio r && r.weights.equals(weights);
  }

  @Override
  public int hashCode() {
    return weights.hashCode();
  }

  @JsonValue
  @Override
  public String toString() {
    return weights.stream().map(BigInteger::toString).collect(Collectors.joining(":"));
  }
}
