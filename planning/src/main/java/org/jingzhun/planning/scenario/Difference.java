package org.jingzhun.planning.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** 差异 — a count in the baseline and in the reform; the difference is reform − baseline. */
@Value.Immutable
@JsonSerialize(as = ImmutableDifference.class)
@JsonDeserialize(as = ImmutableDifference.class)
public abstract class Difference {

  /** {@return the baseline's figure} */
  @Value.Parameter
  public abstract long baseline();

  /** {@return the reform's figure} */
  @Value.Parameter
  public abstract long reform();

  /** {@return reform − baseline} */
  public final long change() {
    return reform() - baseline();
  }

  /**
   * {@return the difference between {@code baseline} and {@code reform}}
   *
   * @param baseline the baseline's figure
   * @param reform the reform's figure
   */
  public static Difference of(long baseline, long reform) {
    return ImmutableDifference.of(baseline, reform);
  }
}
