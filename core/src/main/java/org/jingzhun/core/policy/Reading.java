package org.jingzhun.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jingzhun.core.explain.Cited;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.PeriodicAmount;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.region.RegionCode;

/**
 * 参数读数 — the value of a parameter for a region on a date, as found: which region's
 * timeline supplied it (the one asked or an ancestor) and the dated, cited value. Pass it to
 * {@link org.jingzhun.core.explain.Trace#parameter} to cite it in an explanation.
 *
 * <p>The typed accessors check the parameter's unit; asking a money parameter for a share is
 * a programming error and throws {@link IllegalStateException}.
 */
public record Reading(Parameter parameter, RegionCode region, ParameterValue entry) implements Cited {

  @Override
  public String parameterName() {
    return parameter.name();
  }

  @Override
  public String regionText() {
    return region.toString();
  }

  @Override
  public Object value() {
    return entry.value();
  }

  @Override
  public String citation(Language language) {
    return entry.source().citation(language);
  }

  @Override
  public boolean official() {
    return entry.source().confidence().official();
  }

  /**
   * {@return the value of a money parameter, in whichever period its unit states}
   *
   * @throws IllegalStateException if the parameter is not an amount of money
   */
  public Money money() {
    return as(Money.class);
  }

  /** {@return an amount set per month or per year (a dibao standard), as published} */
  public PeriodicAmount periodic() {
    return as(PeriodicAmount.class);
  }

  /**
   * {@return the value of an interest-rate parameter}
   *
   * @throws IllegalStateException if the parameter is not a rate
   */
  public AnnualRate rate() {
    return as(AnnualRate.class);
  }

  /**
   * {@return the value of a share parameter, between 0 and 1}
   *
   * @throws IllegalStateException if the parameter is not a share
   */
  public Share share() {
    return as(Share.class);
  }

  /**
   * {@return the value of a ratio parameter, e.g. 6:4}
   *
   * @throws IllegalStateException if the parameter is not a ratio
   */
  public Ratio ratio() {
    return as(Ratio.class);
  }

  /**
   * {@return the value of a decimal parameter (a multiple, a factor)}
   *
   * @throws IllegalStateException if the parameter is not a decimal
   */
  public BigDecimal decimal() {
    return as(BigDecimal.class);
  }

  /**
   * {@return the value of a whole-number parameter (a count, days, years)}
   *
   * @throws IllegalStateException if the parameter is not a whole number
   */
  public int integer() {
    return as(Integer.class);
  }

  /**
   * {@return the value of a yes-or-no parameter}
   *
   * @throws IllegalStateException if the parameter is not a flag
   */
  public boolean flag() {
    return as(Boolean.class);
  }

  /**
   * {@return the value of a date parameter}
   *
   * @throws IllegalStateException if the parameter is not a date
   */
  public java.time.LocalDate date() {
    return as(java.time.LocalDate.class);
  }

  /**
   * {@return the value of a rounding-mode parameter}
   *
   * @throws IllegalStateException if the parameter is not a rounding mode
   */
  public RoundingMode rounding() {
    return as(RoundingMode.class);
  }

  /**
   * {@return the value of a text parameter}
   *
   * @throws IllegalStateException if the parameter is not text
   */
  public String text() {
    return as(String.class);
  }

  /**
   * {@return this parameter's value as {@code key}'s type: checked (a table bound) when the book
   * loaded where the parameter's module declares the key; checked (bound) now otherwise, from a
   * book loaded without it}
   *
   * @param <T> the key's type
   * @param key the key of this reading's parameter
   * @throws IllegalArgumentException if {@code key} names another parameter (a programming error)
   * @throws IllegalStateException if a single value of a book loaded without the key is of
   *     another type (its file gives the parameter a unit of another kind)
   * @throws org.jingzhun.core.validation.ValidationException if a table loaded without its key
   *     does not have the key's shape, or a choice's name is not one of its options, its paths
   *     under the parameter, region and origin
   */
  @SuppressWarnings("unchecked")
  public <T> T value(ParameterKey<T> key) {
    if (!key.name().equals(parameter.name())) {
      throw new IllegalArgumentException("the key of " + key.name() + " cannot read parameter " + parameter.name());
    }
    Object v = entry.value();
    if (v instanceof JsonNode tree) {
      try {
        return key.bind(tree);
      } catch (org.jingzhun.core.validation.ValidationException e) {
        throw e.under(parameter.name() + "[" + region + ", " + entry.origin() + "]");
      }
    }
    try {
      v = key.bindSingle(v);
    } catch (IllegalArgumentException e) {
      throw org.jingzhun.core.validation.ValidationException.of(
          parameter.name() + "[" + region + ", " + entry.origin() + "]", v, e.getMessage());
    }
    if (!key.accepts(v)) {
      throw new IllegalStateException("parameter " + parameter.name() + " has unit " + parameter.unit()
          + ", which does not give " + key.describe());
    }
    return (T) v;
  }

  private <T> T as(Class<T> type) {
    Object v = entry.value();
    if (!type.isInstance(v)) {
      throw new IllegalStateException(
          "parameter " + parameter.name() + " has unit " + parameter.unit() + ", not a " + type.getSimpleName());
    }
    return type.cast(v);
  }
}
