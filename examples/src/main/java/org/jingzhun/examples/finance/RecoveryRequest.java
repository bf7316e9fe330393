package org.jingzhun.examples.finance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.finance.risk.RecoveryAllocation;

/**
 * 追偿分配请求 — money recovered from a defaulted borrower after compensation, and the loss as it
 * was shared (the same input as the loss allocation): the recovery goes back to the parties in
 * proportion to what each paid.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecoveryRequest.class)
@JsonDeserialize(as = ImmutableRecoveryRequest.class)
public abstract class RecoveryRequest {

  /** The loss allocation's input: agreement, defaulted loan, fund balance. */
  public abstract LossRequest loss();

  /** 追偿收回 — the amount recovered. */
  public abstract Money recovered();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a request; {@code build()} reports every problem at once. */
  public static final class Builder extends ImmutableRecoveryRequest.Builder {}

  /**
   * Each party's return.
   *
   * @throws ValidationException at {@code recovered} if it is negative or more than the parties
   *     paid, or under {@code loss} if the loss cannot be shared
   */
  public RecoveryAllocation compute() {
    try {
      return RecoveryAllocation.distribute(loss().compute(), recovered());
    } catch (ValidationException e) {
      throw located(e);
    }
  }

  /** Each party's return with how it was reached; see {@link #compute}. */
  public Explained<RecoveryAllocation> explain() {
    try {
      return RecoveryAllocation.explain(loss().compute(), recovered());
    } catch (ValidationException e) {
      throw located(e);
    }
  }

  /** A violation of the recovery stays at {@code recovered}; those of the loss go under {@code loss}. */
  private static ValidationException located(ValidationException e) {
    return new ValidationException(e.violations().stream()
        .map(v -> v.path().equals("recovered") ? v : v.under("loss"))
        .collect(com.google.common.collect.ImmutableList.toImmutableList()));
  }

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("loss", loss());
    v.require("recovered", recovered());
    v.throwIfAny();
  }
}
