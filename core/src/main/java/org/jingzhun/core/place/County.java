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

  public abstract RegionCode code();

  public abstract String name();

  public abstract List<Township> townships();

  /** Every village of every township, in order. */
  public final List<Village> villages() {
    return townships().stream().flatMap(t -> t.villages().stream()).toList();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a county; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableCounty.Builder {}

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
