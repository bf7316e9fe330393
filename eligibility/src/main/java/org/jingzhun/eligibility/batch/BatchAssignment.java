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

  public abstract FiveBatch primary();

  public abstract Optional<FiveBatch> secondary();

  /** The matching rows of the mapping, in table order. */
  public abstract List<BatchRule> reasons();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an assignment. */
  public static final class Builder extends ImmutableBatchAssignment.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("primary", primary());
    v.check(secondary().map(s -> s != primary()).orElse(true), "secondary", secondary().orElse(null), "must differ from the primary batch");
    v.throwIfAny();
  }
}
