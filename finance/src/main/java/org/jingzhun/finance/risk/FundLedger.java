package org.jingzhun.finance.risk;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;

/**
 * 风险补偿金台账 — a risk fund's movements in date order, its balance over time (never
 * negative: a compensation larger than the balance is refused at build), its lending capacity
 * (balance × leverage multiple) and whether lending is suspended on a date.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundLedger.class)
@JsonDeserialize(as = ImmutableFundLedger.class)
public abstract class FundLedger {
  /** Capacity = balance × multiple, rounded down: the fund never backs a fen more than it can. */
  static final RoundingMode CAPACITY_ROUNDING = RoundingMode.DOWN;

  /** The displayed arrears ratio: four decimal places, half up. */
  static final RoundingMode RATIO_DISPLAY_ROUNDING = RoundingMode.HALF_UP;

  /** {@return the fund's name} */
  public abstract String fund();

  /** {@return 放大倍数 — loans may reach the balance times this} */
  public abstract BigDecimal leverageMultiple();

  /** {@return 暂停线 — lending stops when arrears reach this share of outstanding loans} */
  public abstract Optional<Share> suspensionArrearsRatio();

  /** {@return the movements, in date order (entries of one day in the order given)} */
  public abstract List<LedgerEntry> entries();

  /** {@return a builder of a new {@link FundLedger}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder with the leverage multiple and suspension line of {@code agreement}}
   *
   * @param agreement the agreement whose fund the ledger keeps
   */
  public static Builder builderFor(RiskSharingAgreement agreement) {
    Builder b = new Builder();
    b.leverageMultiple(agreement.leverageMultiple()).suspensionArrearsRatio(agreement.suspensionArrearsRatio());
    return b;
  }

  /** Builds a ledger; {@code build()} reports every bad entry at once. */
  public static final class Builder extends ImmutableFundLedger.Builder {}

  /**
   * {@return the balance at the end of {@code date}: the sum of every entry on or before it}
   *
   * @param date the day whose rules apply
   */
  public final Money balanceOn(LocalDate date) {
    long balance = 0;
    for (LedgerEntry e : entries()) {
      if (e.date().isAfter(date)) {
        break;
      }
      balance += e.signedAmount().fen();
    }
    return Money.ofFen(balance);
  }

  /** {@return the balance after each entry} */
  public final List<BalancePoint> balances() {
    ImmutableList.Builder<BalancePoint> out = ImmutableList.builder();
    Money balance = Money.ZERO;
    for (LedgerEntry e : entries()) {
      balance = balance.plus(e.signedAmount());
      out.add(new BalancePoint(e.date(), e.kind(), e.signedAmount(), balance));
    }
    return out.build();
  }

  /**
   * {@return 可放贷规模 — balance on {@code date} × leverage multiple, rounded down to the fen}
   *
   * @param date the day whose rules apply
   */
  public final Money lendingCapacity(LocalDate date) {
    return balanceOn(date).times(leverageMultiple(), CAPACITY_ROUNDING);
  }

  /**
   * {@return whether new lending is suspended on {@code date} given the loans outstanding against
   * the fund and the overdue part of them: when the fund is empty, when outstanding loans reach the
   * capacity, or when arrears / outstanding reaches the suspension line}
   *
   * @param date the day of the status
   * @param outstanding the principal outstanding on loans the fund backs
   * @param arrears the part of it in arrears
   */
  public final LendingStatus lendingStatus(LocalDate date, Money outstanding, Money arrears) {
    return lendingStatus(date, outstanding, arrears, Trace.off());
  }

  /**
   * {@return {@link #lendingStatus(LocalDate, Money, Money)} with how it was reached}
   *
   * @param date the day of the status
   * @param outstanding the principal outstanding on loans the fund backs
   * @param arrears the part of it in arrears
   */
  public final Explained<LendingStatus> explainLendingStatus(LocalDate date, Money outstanding, Money arrears) {
    RecordingTrace trace = Trace.recording(RiskTerms.STATUS);
    LendingStatus s = lendingStatus(date, outstanding, arrears, trace);
    return new Explained<>(s, trace.explanation());
  }

  private LendingStatus lendingStatus(LocalDate date, Money outstanding, Money arrears, Trace trace) {
    Violations.collect()
        .check(!outstanding.isNegative(), "outstanding", outstanding, "may not be negative")
        .check(!arrears.isNegative() && !arrears.isGreaterThan(outstanding), "arrears", arrears,
            "must lie between zero and the outstanding loans " + outstanding)
        .throwIfAny();
    Money balance = balanceOn(date);
    Money capacity = balance.times(leverageMultiple(), CAPACITY_ROUNDING);
    ImmutableList.Builder<SuspensionReason> reasons = ImmutableList.builder();
    if (balance.isZero()) {
      reasons.add(SuspensionReason.FUND_EXHAUSTED);
    } else if (!outstanding.isLessThan(capacity)) {
      reasons.add(SuspensionReason.CAPACITY_EXHAUSTED);
    }
    Optional<BigDecimal> ratio = outstanding.isZero() ? Optional.empty()
        : Optional.of(arrears.toYuan().divide(outstanding.toYuan(), 4, RATIO_DISPLAY_ROUNDING));
    boolean overLine = suspensionArrearsRatio().isPresent() && outstanding.isPositive()
        && arrears.toYuan().compareTo(outstanding.toYuan().multiply(suspensionArrearsRatio().get().value())) >= 0;
    if (overLine) {
      reasons.add(SuspensionReason.ARREARS_RATIO_REACHED);
    }
    LendingStatus s = new LendingStatus(date, balance, capacity, outstanding, arrears, ratio, reasons.build());
    if (trace.isOn()) {
      trace.input(RiskTerms.FUND_BALANCE, balance).input(RiskTerms.MULTIPLE, leverageMultiple())
          .input(RiskTerms.OUTSTANDING, outstanding).input(RiskTerms.ARREARS, arrears)
          .amount(RiskTerms.CAPACITY, capacity);
      ratio.ifPresent(r -> trace.amount(RiskTerms.ARREARS_RATIO, r));
      s.reasons().forEach(r -> trace.note(org.jingzhun.core.explain.Term.of(r.name(), r.chinese(), r.english())));
      trace.result(s.isSuspended());
    }
    return s;
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
    if (v.require("fund", fund())) {
      v.check(!fund().isBlank(), "fund", fund(), "may not be blank");
    }
    if (v.require("leverageMultiple", leverageMultiple())) {
      v.check(leverageMultiple().signum() > 0, "leverageMultiple", leverageMultiple(), "must be more than zero");
    }
    long balance = 0;
    for (int i = 0; i < entries().size(); i++) {
      LedgerEntry e = entries().get(i);
      String path = FieldPath.index("entries", i);
      if (i > 0) {
        v.check(!e.date().isBefore(entries().get(i - 1).date()), FieldPath.join(path, "date"), e.date(),
            "entries must be in date order");
      }
      long after = balance + e.signedAmount().fen();
      v.check(after >= 0, FieldPath.join(path, "amount"), e.amount(),
          "would take the balance below zero: " + Money.ofFen(balance) + " before this " + e.kind().english());
      balance = Math.max(after, 0);
    }
    v.throwIfAny();
  }
}
