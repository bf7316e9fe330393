package org.jingzhun.planning.target;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.immutables.value.Value;

/** 目标完成情况 — every target of a run checked against the figures, year by year. */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetReport.class)
@JsonDeserialize(as = ImmutableTargetReport.class)
public abstract class TargetReport {

  /** {@return every target checked, by year and then in the order of {@link TargetMeasure}} */
  public abstract List<TargetCheck> checks();

  /** {@return the targets missed, in the same order} */
  public final List<TargetCheck> shortfalls() {
    return checks().stream().filter(c -> !c.met()).collect(ImmutableList.toImmutableList());
  }

  /** {@return whether every target was met} */
  public final boolean allMet() {
    return checks().stream().allMatch(TargetCheck::met);
  }

  /**
   * {@return the report of {@code checks}}
   *
   * @param checks every check, in order
   */
  public static TargetReport of(List<TargetCheck> checks) {
    return ImmutableTargetReport.builder().checks(checks).build();
  }
}
