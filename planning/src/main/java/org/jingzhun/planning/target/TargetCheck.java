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

  public abstract int year();

  public abstract TargetMeasure measure();

  public abstract long target();

  public abstract long actual();

  /** How far the actual figure falls short of the target; zero when met. */
  public final long shortfall() {
    return measure().shortfall(target(), actual());
  }

  public final boolean met() {
    return shortfall() == 0;
  }

  public static TargetCheck of(int year, TargetMeasure measure, long target, long actual) {
    return ImmutableTargetCheck.builder().year(year).measure(measure).target(target).actual(actual).build();
  }
}
