package org.jingzhun.core.place;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.region.RegionLevel;
import org.jingzhun.core.validation.Violations;

/** 县（区） — a county or district and its townships, each of which must lie inside it. */
@Value.Immutable
@JsonSerialize(as = ImmutableCounty.class)
@JsonDeserialize(as = ImmutableCounty.class)
public abstract class County {

  /** {@return the county's six-digit code} */
  public abstract RegionCode code();

  /** {@return the county's name, e.g. 巴州区} */
  public abstract String name();

  /** {@return the county's townships, in order; at least one} */
  public abstract List<Township> townships();

  /** {@return every village of every township, in order} */
  public final List<Village> villages() {
    return townships().stream().flatMap(t -> t.villages().stream()).toList();
  }

  /** {@return a builder of a new {@link County}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a county; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableCounty.Builder {}

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
      v.check(code().level() == RegionLevel.COUNTY, "code", code(), "must be a six-digit county code");
      Nesting.check(v, "townships", townships().stream().map(Township::code).toList(), code(), "township");
    }
    v.require("name", name());
    v.throwIfAny();
  }
}
