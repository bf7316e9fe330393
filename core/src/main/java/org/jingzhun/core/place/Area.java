package org.jingzhun.core.place;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.region.RegionLevel;
import org.jingzhun.core.validation.Violations;

/**
 * 片区 — adjacent townships of similar conditions planned as one block (连片推进), which may
 * cross administrative lines.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArea.class)
@JsonDeserialize(as = ImmutableArea.class)
public abstract class Area {

  /** {@return the area's identifier within its plan} */
  public abstract String id();

  /** {@return the area's name, as the plan calls it} */
  public abstract String name();

  /** {@return the townships in the area; at least one} */
  public abstract Set<RegionCode> townships();

  /**
   * {@return whether {@code village} lies in one of the area's townships}
   *
   * @param village the village's twelve-digit code
   */
  public final boolean contains(RegionCode village) {
    return townships().contains(village.at(RegionLevel.TOWNSHIP));
  }

  /** {@return a builder of a new {@link Area}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an area; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableArea.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("id", id());
    v.require("name", name());
    v.check(!townships().isEmpty(), "townships", "[]", "an area needs at least one township");
    for (RegionCode t : townships()) {
      v.check(t.level() == RegionLevel.TOWNSHIP, "townships", t, "must be a nine-digit township code");
    }
    v.throwIfAny();
  }
}
