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

  public Money money() {
    return as(Money.class);
  }

  /** An amount set per month or per year (a dibao standard), as published. */
  public PeriodicAmount periodic() {
    return as(PeriodicAmount.class);
  }

  public AnnualRate rate() {
    return as(AnnualRate.class);
  }

  public Share share() {
    return as(Share.class);
  }

  public Ratio ratio() {
    return as(Ratio.class);
  }

  public BigDecimal decimal() {
    return as(BigDecimal.class);
  }

  public int integer() {
    return as(Integer.class);
  }

  public boolean flag() {
    return as(Boolean.class);
  }

  public java.time.LocalDate date() {
    return as(java.time.LocalDate.class);
  }

  public RoundingMode rounding() {
    return as(RoundingMode.class);
  }

  public String text() {
    return as(String.class);
  }

  /**
   * A table parameter's value as {@code key}'s type: bound when the book loaded where the
   * parameter's module declares the key, bound now (from a book loaded without it) otherwise.
   *
   * @throws IllegalArgumentException if {@code key} names another parameter (a programming error)
   * @throws org.jingzhun.core.validation.ValidationException if a table loaded without its key
   *     does not have the key's shape, its paths under the parameter, region and origin
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
