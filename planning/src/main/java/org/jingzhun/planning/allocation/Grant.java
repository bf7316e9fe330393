package org.jingzhun.planning.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/** 资金安排 — money from one source to one project in one year; always positive. */
@Value.Immutable
@JsonSerialize(as = ImmutableGrant.class)
@JsonDeserialize(as = ImmutableGrant.class)
public abstract class Grant {

  /** {@return the funding source granting it} */
  public abstract String sourceId();

  /** {@return the project funded} */
  public abstract String projectId();

  /** {@return the year of the grant} */
  public abstract int year();

  /** {@return the amount granted} */
  public abstract Money amount();

  /**
   * {@return the grant of {@code amount} from source {@code sourceId} to project {@code projectId}
   * in {@code year}}
   *
   * @param sourceId the funding source's identifier
   * @param projectId the project's identifier
   * @param year the year of the grant
   * @param amount the amount granted
   */
  public static Grant of(String sourceId, String projectId, int year, Money amount) {
    return ImmutableGrant.builder().sourceId(sourceId).projectId(projectId).year(year).amount(amount).build();
  }

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("amount", amount())) {
      v.check(amount().isPositive(), "amount", amount(), "a grant must be positive");
    }
    v.throwIfAny();
  }
}
