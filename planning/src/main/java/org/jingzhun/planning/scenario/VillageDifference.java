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

  public abstract RegionCode village();

  public abstract Difference poorPersons();

  public abstract boolean delistedInBaseline();

  public abstract boolean delistedInReform();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a village difference. */
  public static final class Builder extends ImmutableVillageDifference.Builder {}
}
