package org.jingzhun.finance.revolving;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.finance.loan.DayCount;
import org.jingzhun.finance.policy.SchemeInForce;

/**
 * 互助资金管理办法 — a mutual-aid fund's lending rules: first-loan and maximum amounts, maximum
 * term, the usage-fee rate (占用费率, about the bank rate), the share of a poor member's fee the
 * fund's subsidy pays, and how fees are counted and rounded.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMutualAidRules.class)
@JsonDeserialize(as = ImmutableMutualAidRules.class)
public abstract class MutualAidRules {

  /** {@return 首次借款上限} */
  public abstract Money firstLoanLimit();

  /** {@return 单笔借款上限} */
  public abstract Money maxLoan();

  /** {@return the longest term of a loan, in months} */
  public abstract int maxTermMonths();

  /** {@return the usage fee, a yearly rate} */
  public abstract AnnualRate usageFeeRate();

  /** {@return the share of a poor member's fee that is subsidised} */
  public abstract Share poorMemberFeeSubsidy();

  /** {@return the day count of the usage fee; ACT/360 unless stated} */
  @Value.Default
  public DayCount dayCount() {
    return DayCount.ACT_360;
  }

  /** {@return how a loan's fee for a year, and its subsidised part, are rounded to the fen} */
  @Value.Default
  public RoundingMode feeRounding() {
    return RoundingMode.HALF_UP;
  }

  /** {@return a builder of a new {@link MutualAidRules}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return rules with the loan limits and term read from {@code book} for {@code region} on
   * {@code date}; the fee rate and subsidy are the village's own choices} The limits are set by
   * each province (the book has Sichuan's), so the nation has none.
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @param usageFeeRate the yearly usage fee the village sets
   * @param poorMemberFeeSubsidy the share of a poor member's fee the fund waives
   * @throws org.jingzhun.core.validation.ValidationException if the book has no limits for the
   *     region on the date (the message says where it has them and how to set the region's own)
   */
  public static MutualAidRules fromPolicy(PolicyBook book, RegionCode region, LocalDate date, AnnualRate usageFeeRate, Share poorMemberFeeSubsidy) {
    SchemeInForce.require(book, RevolvingParameters.MUTUAL_AID_MAX_LOAN, region, date, "the village mutual-aid fund rule (村级发展互助资金)",
        "They are set by each province: set finance.mutualAid.firstLoanLimit, maxLoan and maxTermMonths for the region"
            + " in an overlay, or give the rules in full (MutualAidRules.builder())");
    return builder().firstLoanLimit(book.value(RevolvingParameters.MUTUAL_AID_FIRST_LOAN_LIMIT, region, date))
        .maxLoan(book.value(RevolvingParameters.MUTUAL_AID_MAX_LOAN, region, date))
        .maxTermMonths(book.value(RevolvingParameters.MUTUAL_AID_MAX_TERM_MONTHS, region, date))
        .usageFeeRate(usageFeeRate).poorMemberFeeSubsidy(poorMemberFeeSubsidy).build();
  }

  /** Builds rules; {@code build()} reports every bad attribute at once. */
  public static final class Builder extends ImmutableMutualAidRules.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    boolean limits = v.require("firstLoanLimit", firstLoanLimit()) & v.require("maxLoan", maxLoan());
    if (limits) {
      v.check(firstLoanLimit().isPositive(), "firstLoanLimit", firstLoanLimit(), "must be more than zero");
      v.check(!maxLoan().isLessThan(firstLoanLimit()), "maxLoan", maxLoan(), "may not be below the first-loan limit " + firstLoanLimit());
    }
    v.check(maxTermMonths() >= 1, "maxTermMonths", maxTermMonths(), "must be at least one month");
    v.require("usageFeeRate", usageFeeRate());
    v.require("poorMemberFeeSubsidy", poorMemberFeeSubsidy());
    v.check(feeRounding() != RoundingMode.UNNECESSARY, "feeRounding", feeRounding(), "needs a real rounding mode");
    v.throwIfAny();
  }
}
