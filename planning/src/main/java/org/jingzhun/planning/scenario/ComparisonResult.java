package org.jingzhun.planning.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.jingzhun.planning.simulation.CampaignResult;

/**
 * 方案比较 — a reform set against its baseline, both run on copies of the same population with
 * the same seed: the differences year by year, and both runs in full.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComparisonResult.class)
@JsonDeserialize(as = ImmutableComparisonResult.class)
public abstract class ComparisonResult {

  /** {@return year by year, the figures of both runs and their difference} */
  public abstract List<YearDifference> years();

  /** {@return the baseline's run} */
  public abstract CampaignResult baseline();

  /** {@return the reform's run} */
  public abstract CampaignResult reform();

  /** {@return a builder of a new {@link ComparisonResult}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a comparison. */
  public static final class Builder extends ImmutableComparisonResult.Builder {}
}
