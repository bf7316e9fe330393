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

  /** {@return the township's nine-digit code} */
  public abstract RegionCode code();

  /** {@return the township's name} */
  public abstract String name();

  /** {@return the township's villages, in order; at least one} */
  public abstract List<Village> villages();

  /** {@return a builder of a new {@link Township}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a township; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableTownship.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
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
