package org.jingzhun.core.place;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.region.RegionLevel;
import org.jingzhun.core.validation.Violations;

/** 乡镇 — a township and its villages, each of which must lie inside it. */
@Value.Immutable
@JsonSerialize(as = ImmutableTownship.class)
@JsonDeserialize(as = ImmutableTownship.class)
public abstract class Township {

  public abstract RegionCode code();

  public abstract String name();

  public abstract List<Village> villages();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a township; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableTownship.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("code", code())) {
      v.check(code().level() == RegionLevel.TOWNSHIP, "code", code(), "must be a nine-digit township code");
      Nesting.check(v, "villages", villages().stream().map(Village::code).toList(), code(), "village");
    }
    v.require("name", name());
    v.throwIfAny();
  }
}
