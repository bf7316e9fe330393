package org.jingzhun.examples.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 名册人口 — a household register CSV (one row per member, docs/register-csv.md) streamed from disk
 * into the simulation's columns, row by row, as {@code import-register} reads it. Its villages
 * make the county; they are taken as villages that are not registered poor villages, each with the
 * register's members as its registered population, as a register carries no village table.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRegisterPopulation.class)
@JsonDeserialize(as = ImmutableRegisterPopulation.class)
public abstract class RegisterPopulation {

  /** {@return the CSV file, relative to the working folder} */
  public abstract String file();

  /** {@return its encoding: UTF-8 when absent, or GB18030 (which covers GBK)} */
  public abstract Optional<String> encoding();

  /** {@return the seed of the shocks; 2016 when absent} */
  public abstract Optional<Long> seed();

  /** {@return a builder of a new {@link RegisterPopulation}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegisterPopulation}. */
  public static final class Builder extends ImmutableRegisterPopulation.Builder {}
}
