package org.jingzhun.finance.loan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;

/**
 * 贷款合同要素 — the terms of a loan as the contract sets them: principal, rate (fixed, or
 * LPR plus a spread), signing, disbursement and maturity dates, repayment method, settlement
 * frequency and day, day count and the rounding of each period's interest.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLoanTerms.class)
@JsonDeserialize(as = ImmutableLoanTerms.class)
public abstract class LoanTerms {

  /** {@return the loan's identifier (contract or account number)} */
  public abstract String id();

  /** {@return the lending bank, as claims are grouped by it (按银行申报)} */
  public abstract String bank();

  /** {@return the borrower (a household or person identifier)} */
  public abstract String borrower();

  /** {@return the region whose policy applies (the borrower's county, township or village)} */
  public abstract RegionCode region();

  /** {@return 本金 — the amount lent, positive} */
  public abstract Money principal();

  /**
   * {@return 合同利率 — the annual rate of the contract; for a floating loan, the rate until the first
   * reset}
   */
  public abstract AnnualRate rate();

  /** {@return 浮动利率 — present when the rate is reset to the LPR plus a spread} */
  public abstract Optional<FloatingRate> floating();

  /** {@return 合同签订日 — the day the contract was signed; defaults to the disbursement date} */
  @Value.Default
  public LocalDate contractDate() {
    return disbursementDate();
  }

  /** {@return 放款日 — interest runs from this day} */
  public abstract LocalDate disbursementDate();

  /** {@return 到期日 — the last day of the term (interest runs up to, not including, this day)} */
  public abstract LocalDate maturityDate();

  /**
   * {@return how the principal is repaid: equal instalments, equal principal, interest then
   * principal, or an explicit schedule}
   */
  public abstract RepaymentMethod method();

  /** {@return how often instalments fall due} */
  public abstract Frequency frequency();

  /**
   * {@return how period ends are set: on the anniversary of the payout day, or on fixed days; the
   * anniversary unless stated}
   */
  @Value.Default
  public SettlementRule settlement() {
    return SettlementRule.ANNIVERSARY;
  }

  /** {@return the day of the month for {@link SettlementRule#FIXED_DAY} (1–31; 20 is common)} */
  public abstract Optional<Integer> settlementDay();

  /**
   * {@return 计息基准 — how interest days are counted; unless the contract names one, the repayment
   * method's ({@link RepaymentMethod#defaultDayCount()}): monthly (annual rate / 12 a month) for
   * equal instalments and equal principal, actual/360 otherwise}
   */
  @Value.Default
  public DayCount dayCount() {
    // method() is null only on a builder missing it, which check() then reports
    return method() == null ? DayCount.ACT_360 : method().defaultDayCount();
  }

  /** {@return how each period's interest is rounded to the fen} */
  @Value.Default
  public RoundingMode rounding() {
    return RoundingMode.HALF_UP;
  }

  /**
   * {@return for {@link RepaymentMethod#EXPLICIT}: the principal repayments, adding up to the
   * principal}
   */
  public abstract List<PlannedRepayment> explicitRepayments();

  /**
   * {@return 在风险补偿基金杠杆范围内 — whether the loan was registered within the risk fund's lending capacity
   * (balance × leverage multiple) when made; loans beyond it get no subsidy where the policy says
   * so} True unless stated.
   */
  @Value.Default
  public boolean withinFundLeverage() {
    return true;
  }

  /**
   * {@return the day of the month on which the loan's periods end, 1 to 31: the fixed settlement
   * day, or else the disbursement day (whose anniversaries end the periods)}
   * {@link DayCount#MONTHLY} counts a short month's last day as this day.
   */
  public final int anchorDay() {
    return settlementDay().orElse(disbursementDate().getDayOfMonth());
  }

  /** {@return the term in whole months, rounded down (a 3-year loan is 36)} */
  public final long termMonths() {
    return ChronoUnit.MONTHS.between(disbursementDate(), maturityDate());
  }

  /** {@return a builder of a new {@link LoanTerms}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds loan terms; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableLoanTerms.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    for (String field : List.of("id", "bank", "borrower")) {
      String text = field.equals("id") ? id() : field.equals("bank") ? bank() : borrower();
      if (v.require(field, text)) {
        v.check(!text.isBlank(), field, text, "may not be blank");
      }
    }
    v.require("region", region());
    if (v.require("principal", principal())) {
      v.check(principal().isPositive(), "principal", principal(), "must be more than zero");
    }
    v.require("rate", rate());
    v.require("method", method());
    v.require("frequency", frequency());
    v.require("settlement", settlement());
    v.require("dayCount", dayCount());
    v.require("rounding", rounding());
    boolean dates = v.require("disbursementDate", disbursementDate()) & v.require("maturityDate", maturityDate());
    if (dates) {
      v.check(maturityDate().isAfter(disbursementDate()), "maturityDate", maturityDate(),
          "must be after the disbursement date " + disbursementDate());
      if (v.require("contractDate", contractDate())) {
        v.check(!contractDate().isAfter(disbursementDate()), "contractDate", contractDate(),
            "may not be after the disbursement date " + disbursementDate());
      }
    }
    v.check(rounding() != RoundingMode.UNNECESSARY, "rounding", rounding(), "interest needs a real rounding mode");
    if (settlement() == SettlementRule.FIXED_DAY) {
      v.check(settlementDay().isPresent(), "settlementDay", null, "is required for a fixed settlement day");
    } else {
      v.check(settlementDay().isEmpty(), "settlementDay", settlementDay().orElse(0),
          "applies only to a fixed settlement day");
    }
    settlementDay().ifPresent(d -> v.check(d >= 1 && d <= 31, "settlementDay", d, "must be a day of the month, 1 to 31"));
    if (method() == RepaymentMethod.EXPLICIT) {
      checkExplicit(v, dates);
    } else {
      v.check(explicitRepayments().isEmpty(), "explicitRepayments", explicitRepayments().size() + " repayments",
          "are only for the explicit repayment method");
    }
    v.throwIfAny();
  }

  private void checkExplicit(Violations v, boolean dates) {
    List<PlannedRepayment> list = explicitRepayments();
    v.check(!list.isEmpty(), "explicitRepayments", "[]", "an explicit schedule needs at least one repayment");
    long total = 0;
    for (int i = 0; i < list.size(); i++) {
      PlannedRepayment r = list.get(i);
      String path = FieldPath.join(FieldPath.index("explicitRepayments", i), "date");
      total += r.principal().fen();
      if (i > 0) {
        v.check(r.date().isAfter(list.get(i - 1).date()), path, r.date(), "must be after the previous repayment");
      }
      if (dates) {
        v.check(r.date().isAfter(disbursementDate()) && !r.date().isAfter(maturityDate()), path, r.date(),
            "must be after disbursement and no later than maturity");
      }
    }
    if (!list.isEmpty() && principal() != null) {
      v.check(total == principal().fen(), "explicitRepayments", Money.ofFen(total),
          "must add up to the principal " + principal());
      if (dates) {
        v.check(list.get(list.size() - 1).date().equals(maturityDate()), "explicitRepayments",
            list.get(list.size() - 1).date(), "the last repayment must fall on the maturity date " + maturityDate());
      }
    }
  }
}
