package org.jingzhun.eligibility.batch;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/**
 * 帮扶路径 — a household's primary and secondary batch of the five, and the rules of the mapping
 * that matched (the reason); no rule matched when the primary is the table's fallback.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBatchAssignment.class)
@JsonDeserialize(as = ImmutableBatchAssignment.class)
public abstract class BatchAssignment {

  /** {@return the batch the household belongs to first} */
  public abstract FiveBatch primary();

  /** {@return the second batch, when a second rule of nearly the same weight points elsewhere} */
  public abstract Optional<FiveBatch> secondary();

  /** {@return the matching rows of the mapping, in table order} */
  public abstract List<BatchRule> reasons();

  /** {@return a builder of a new {@link BatchAssignment}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an assignment. */
  public static final class Builder extends ImmutableBatchAssignment.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("primary", primary());
    v.check(secondary().map(s -> s != primary()).orElse(true), "secondary", secondary().orElse(null), "must differ from the primary batch");
    v.throwIfAny();
  }
}
