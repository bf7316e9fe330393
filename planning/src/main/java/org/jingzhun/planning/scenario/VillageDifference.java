package org.jingzhun.planning.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.region.RegionCode;

/** 村级差异 — one village in one year: its poor persons and whether it is delisted, baseline and reform. */
@Value.Immutable
@JsonSerialize(as = ImmutableVillageDifference.class)
@JsonDeserialize(as = ImmutableVillageDifference.class)
public abstract class VillageDifference {

  /** {@return the village's twelve-digit code} */
  public abstract RegionCode village();

  /** {@return the village's poor persons in both runs} */
  public abstract Difference poorPersons();

  /** {@return whether the village was delisted in the baseline's run} */
  public abstract boolean delistedInBaseline();

  /** {@return whether the village was delisted in the reform's run} */
  public abstract boolean delistedInReform();

  /** {@return a builder of a new {@link VillageDifference}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a village difference. */
  public static final class Builder extends ImmutableVillageDifference.Builder {}
}
