package org.jingzhun.examples.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 输出 — what a run writes: the area tables shown on standard output (the county's year table is
 * always shown) and the folder of CSV files (every table, every level), with a byte-order mark for
 * spreadsheet programs if asked.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutputSpec.class)
@JsonDeserialize(as = ImmutableOutputSpec.class)
public abstract class OutputSpec {

  /** {@return the levels whose table is shown, besides the county's year table} */
  public abstract List<AreaLevel> tables();

  /** {@return the folder the CSV files are written to; none when absent} */
  public abstract Optional<String> csv();

  /** {@return whether the CSV files start with a UTF-8 byte-order mark (for spreadsheet programs)} */
  public abstract Optional<Boolean> excel();

  /** {@return a builder of a new {@link OutputSpec}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OutputSpec}. */
  public static final class Builder extends ImmutableOutputSpec.Builder {}
}
