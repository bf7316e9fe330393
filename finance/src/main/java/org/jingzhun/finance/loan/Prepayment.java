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

  public abstract LocalDate date();

  /** The principal prepaid; empty for a full prepayment. */
  public abstract Optional<Money> principal();

  /** A full prepayment on {@code date}. */
  public static Prepayment full(LocalDate date) {
    return ImmutablePrepayment.builder().date(date).build();
  }

  /** A partial prepayment of {@code principal} on {@code date}. */
  public static Prepayment partial(LocalDate date, Money principal) {
    return ImmutablePrepayment.builder().date(date).principal(principal).build();
  }

  public final boolean isFull() {
    return principal().isEmpty();
  }

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("date", date());
    principal().ifPresent(p -> v.check(p.isPositive(), "principal", p, "must be more than zero"));
    v.throwIfAny();
  }
}
