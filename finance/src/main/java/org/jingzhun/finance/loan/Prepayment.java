package org.jingzhun.finance.loan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 提前还款 — principal repaid before it falls due. Full (提前结清) when no amount is given: the
 * whole outstanding principal is repaid and the loan ends that day. A partial prepayment
 * reduces the instalments still to come from the last one backwards (缩短期限), so later
 * payments keep their size and the loan ends sooner.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePrepayment.class)
@JsonDeserialize(as = ImmutablePrepayment.class)
public abstract class Prepayment {

  /** {@return the day of the prepayment} */
  public abstract LocalDate date();

  /** {@return the principal prepaid; empty for a full prepayment} */
  public abstract Optional<Money> principal();

  /**
   * {@return a full prepayment on {@code date}}
   *
   * @param date the day whose rules apply
   */
  public static Prepayment full(LocalDate date) {
    return ImmutablePrepayment.builder().date(date).build();
  }

  /**
   * {@return a partial prepayment of {@code principal} on {@code date}}
   *
   * @param date the day whose rules apply
   * @param principal the principal prepaid
   */
  public static Prepayment partial(LocalDate date, Money principal) {
    return ImmutablePrepayment.builder().date(date).principal(principal).build();
  }

  /** {@return whether the prepayment repays the whole loan} */
  public final boolean isFull() {
    return principal().isEmpty();
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
    v.require("date", date());
    principal().ifPresent(p -> v.check(p.isPositive(), "principal", p, "must be more than zero"));
    v.throwIfAny();
  }
}
