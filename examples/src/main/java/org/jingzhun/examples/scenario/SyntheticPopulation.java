package org.jingzhun.examples.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.Violations;

/**
 * 合成人口 — the synthetic demonstration district (SYNTHETIC DATA): its county code, its size and
 * the seed it is generated from.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSyntheticPopulation.class)
@JsonDeserialize(as = ImmutableSyntheticPopulation.class)
public abstract class SyntheticPopulation {
  /** The fewest households: the district has hundreds of villages. */
  public static final int FEWEST = 1000;

  /** {@return the county code (6 digits) the district's townships and villages are coded under; 511902 when absent} */
  public abstract Optional<RegionCode> region();

  /** {@return the number of households; the district's own (180,000) when absent} */
  public abstract Optional<Integer> households();

  /** {@return the seed of the district and of its shocks; 2016 when absent} */
  public abstract Optional<Long> seed();

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    region().ifPresent(r -> v.check(r.toString().length() == 6 && !r.toString().endsWith("00"), "region", r,
        "应为县级代码（6位）/ is a county's code of 6 digits, such as 511902"));
    households().ifPresent(n -> v.check(n >= FEWEST && n <= 20_000_000, "households", n,
        "应在1000至20000000之间 / is from 1000 to 20000000"));
    v.throwIfAny();
  }

  /** {@return a builder of a new {@link SyntheticPopulation}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SyntheticPopulation}. */
  public static final class Builder extends ImmutableSyntheticPopulation.Builder {}
}
