package org.jingzhun.finance.subsidy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/**
 * 延期还款不视为逾期 — which approved deferrals keep a subsidised loan from being overdue: those
 * of instalments due on or after {@link #dueFrom()}, until the deferral ends but no later than
 * {@link #maxMonths()} after the due date or, where a latest end is set, no later than
 * {@link #latestEnd()}. Poverty microcredit: instalments due from 2020-01-01 whose repayment
 * the epidemic made hard could be deferred up to six months, the original terms and the
 * subsidy kept (February 2020 notice of the poverty office and the banking regulator); the July
 * 2020 notice on further improving poverty microcredit extended such deferrals to the end of
 * March 2021 at the latest.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeferralRelief.class)
@JsonDeserialize(as = ImmutableDeferralRelief.class)
public abstract class DeferralRelief {

  /** {@return the first due date an approved deferral may move} */
  public abstract LocalDate dueFrom();

  /**
   * {@return the longest deferral in months, counted from the due date, where no latest end is set}
   */
  public abstract int maxMonths();

  /**
   * {@return the last day a deferred instalment may be repaid without being overdue, whatever its
   * due date}
   */
  public abstract Optional<LocalDate> latestEnd();

  /** {@return a builder of a new {@link DeferralRelief}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a relief; {@code build()} reports every bad attribute at once. */
  public static final class Builder extends ImmutableDeferralRelief.Builder {}

  /**
   * {@return the day an instalment due on {@code due} and deferred to {@code until} falls due for
   * the subsidy: {@code until}, or the relief's limit if that is sooner; empty if the relief does
   * not cover it (due before {@link #dueFrom()}, or the limit leaves no later day)}
   *
   * @param due the day the instalment fell due
   * @param until the day it was deferred to
   */
  public final Optional<LocalDate> deferredDue(LocalDate due, LocalDate until) {
    LocalDate limit = latestEnd().orElse(due.plusMonths(maxMonths()));
    LocalDate end = until.isAfter(limit) ? limit : until;
    return due.isBefore(dueFrom()) || !end.isAfter(due) ? Optional.empty() : Optional.of(end);
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
    boolean from = v.require("dueFrom", dueFrom());
    v.check(maxMonths() >= 1, "maxMonths", maxMonths(), "must be at least one month");
    latestEnd().ifPresent(end -> v.check(!from || end.isAfter(dueFrom()), "latestEnd", end, "must be after dueFrom " + dueFrom()));
    v.throwIfAny();
  }
}
