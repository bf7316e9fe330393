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

  public abstract String id();

  public abstract String name();

  /** The townships in the area; at least one. */
  public abstract Set<RegionCode> townships();

  /** Whether {@code village} lies in one of the area's townships. */
  public final boolean contains(RegionCode village) {
    return townships().contains(village.at(RegionLevel.TOWNSHIP));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an area; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableArea.Builder {}

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
