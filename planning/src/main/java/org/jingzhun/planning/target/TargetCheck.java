package org.jingzhun.planning.target;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * 目标对照 — one target set against its actual figure: the shortfall is how far the figure
 * falls short (below a floor, above a ceiling), zero when met.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetCheck.class)
@JsonDeserialize(as = ImmutableTargetCheck.class)
public abstract class TargetCheck {

  /** {@return the year} */
  public abstract int year();

  /** {@return what is measured} */
  public abstract TargetMeasure measure();

  /** {@return the target} */
  public abstract long target();

  /** {@return what was achieved} */
  public abstract long actual();

  /** {@return how far the actual figure falls short of the target; zero when met} */
  public final long shortfall() {
    return measure().shortfall(target(), actual());
  }

  /** {@return whether the target was met} */
  public final boolean met() {
    return shortfall() == 0;
  }

  /**
   * {@return the check of {@code measure} in {@code year}}
   *
   * @param year the year
   * @param measure what is measured
   * @param target the target
   * @param actual what was achieved
   */
  public static TargetCheck of(int year, TargetMeasure measure, long target, long actual) {
    return ImmutableTargetCheck.builder().year(year).measure(measure).target(target).actual(actual).build();
  }
}
