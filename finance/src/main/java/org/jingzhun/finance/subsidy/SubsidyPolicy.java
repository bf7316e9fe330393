package org.jingzhun.finance.subsidy;

import org.jingzhun.core.validation.ValidationException;

import static org.jingzhun.finance.subsidy.SubsidyParameters.*;
import java.util.List;
import java.util.EnumSet;
import org.jingzhun.core.policy.ParameterKey;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.finance.loan.BreachKind;
import org.jingzhun.finance.policy.SchemeInForce;

/**
 * 贴息政策 — how much of a loan's interest the budget pays, its parts combinable as the
 * documents combine them: up to a rate ({@link SubsidisedRate}: the bank's rate for full
 * interest, the benchmark, the LPR, or a fixed rate such as 5 %), a share of that interest
 * (70 %), only on the first part of the principal (50,000), within an eligibility window
 * (contract signed by a date, term at most so long, loan within the risk fund's leverage), and
 * lost for the breaches it names from the point it names. Each period's subsidy is the smaller
 * of the interest charged and the subsidisable interest.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubsidyPolicy.class)
@JsonDeserialize(as = ImmutableSubsidyPolicy.class)
public abstract class SubsidyPolicy {

  /** {@return the policy's name, e.g. 扶贫小额信贷贴息} */
  public abstract String name();

  /** {@return up to which rate interest is subsidised; the bank's own rate unless stated} */
  @Value.Default
  public SubsidisedRate subsidisedRate() {
    return SubsidisedRate.BANK_RATE;
  }

  /** {@return the rate for {@link SubsidisedRate#FIXED}} */
  public abstract Optional<AnnualRate> fixedRate();

  /** {@return 贴息比例 — the share of the subsidisable interest paid; all of it unless stated} */
  @Value.Default
  public Share share() {
    return Share.ONE;
  }

  /** {@return 贴息本金上限 — only this much of the outstanding principal is subsidised} */
  public abstract Optional<Money> principalCap();

  /**
   * {@return the last contract date of the policy's terms} A contract signed later is subsidised up
   * to {@link #afterDeadlineRate()} if the policy gives one (the terms change), and is otherwise
   * ineligible.
   */
  public abstract Optional<LocalDate> contractSignedBy();

  /**
   * {@return for contracts signed after {@link #contractSignedBy()}: the rate up to which they are
   * subsidised instead of {@link #subsidisedRate()}, e.g. the LPR for the term for poverty
   * microcredit signed after 2020-12-31} Empty: such contracts get nothing.
   */
  public abstract Optional<SubsidisedRate> afterDeadlineRate();

  /** {@return the longest term of an eligible loan, in months; empty for no limit} */
  public abstract Optional<Integer> maxTermMonths();

  /** {@return whether a loan beyond the risk fund's leverage is ineligible; false unless stated} */
  @Value.Default
  public boolean requireWithinFundLeverage() {
    return false;
  }

  /** {@return the breaches that take the subsidy away} */
  public abstract Set<BreachKind> forfeitOn();


  /**
   * {@return 延期还款 — the approved deferrals that do not make a loan overdue; empty: a deferred
   * instalment repaid after its due date is overdue like any other}
   */
  public abstract Optional<DeferralRelief> deferralRelief();

  /** {@return from when a breach takes it away; from the day of the breach unless stated} */
  @Value.Default
  public ForfeitFrom forfeitFrom() {
    return ForfeitFrom.BREACH_DATE;
  }

  /**
   * {@return how a share of interest is rounded to the fen (interest itself is rounded by the
   * loan)}
   */
  @Value.Default
  public RoundingMode rounding() {
    return RoundingMode.HALF_UP;
  }

  /** The share in units of 10⁻⁸ (−1 if finer), computed once for bulk runs. */
  @Value.Lazy
  long shareUnits() {
    return org.jingzhun.finance.loan.InterestFormula.factorUnits(share().value());
  }

  /** Whether the whole subsidisable interest is paid (share = 1). */
  @Value.Lazy
  boolean wholeShare() {
    return share().value().compareTo(java.math.BigDecimal.ONE) == 0;
  }

  /** {@return a builder of a new {@link SubsidyPolicy}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a policy; {@code build()} reports every bad attribute at once. */
  public static final class Builder extends ImmutableSubsidyPolicy.Builder {}

  /**
   * {@return 扶贫小额信贷贴息 — poverty microcredit as the 2014 guideline set it (国开办发〔2014〕78号): full
   * interest up to the benchmark rate, on at most the microcredit limit (50,000), for terms up to
   * three years, loans within the risk fund's leverage; lost for overdue, misused or fraudulent
   * loans from the day of the breach} Where the book has them on {@code date}: the contract
   * deadline (2020-12-31, from the July 2020 notice), the terms for contracts signed later (up to
   * the LPR for the term on the contract date, 银保监发〔2021〕6号; without them later contracts get
   * nothing) and the relief for approved epidemic deferrals. Every number and choice is read from
   * {@code book} for {@code region} on {@code date} ({@code finance.microcredit.*}), so a county's
   * own rules are a reform of the book.
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if the scheme is not in force on
   *     the date (before 2014-12-10), a parameter is missing, or one names a rate, breach or
   *     starting point that does not exist (each at its parameter)
   */
  public static SubsidyPolicy povertyMicrocredit(PolicyBook book, RegionCode region, LocalDate date) {
    SchemeInForce.require(book, MICROCREDIT_MAX_PRINCIPAL, region, date, "poverty microcredit (扶贫小额信贷)", "");
    Violations v = Violations.collect();
    SubsidisedRate rate = v.attempt("", () -> book.value(MICROCREDIT_SUBSIDISED_RATE, region, date));
    Optional<SubsidisedRate> after = Optional.ofNullable(v.attempt("", () -> book.find(MICROCREDIT_AFTER_DEADLINE_RATE, region, date)
        .map(r -> r.value(MICROCREDIT_AFTER_DEADLINE_RATE)).orElse(null)));
    Set<BreachKind> forfeitOn = EnumSet.noneOf(BreachKind.class);
    Optional.ofNullable(v.attempt("", () -> book.value(MICROCREDIT_FORFEIT_ON, region, date))).ifPresent(forfeitOn::addAll);
    ForfeitFrom from = v.attempt("", () -> book.value(MICROCREDIT_FORFEIT_FROM, region, date));
    v.throwIfAny();
    return builder().name("扶贫小额信贷贴息").subsidisedRate(rate)
        .share(book.value(MICROCREDIT_INTEREST_SHARE, region, date))
        .principalCap(book.value(MICROCREDIT_MAX_PRINCIPAL, region, date))
        .maxTermMonths(12 * book.value(MICROCREDIT_MAX_TERM_YEARS, region, date))
        .contractSignedBy(book.find(MICROCREDIT_CONTRACT_DEADLINE, region, date).map(r -> r.value(MICROCREDIT_CONTRACT_DEADLINE)))
        .afterDeadlineRate(after)
        .deferralRelief(deferralRelief(book, region, date))
        .requireWithinFundLeverage(book.value(MICROCREDIT_WITHIN_FUND_LEVERAGE, region, date))
        .forfeitOn(forfeitOn).forfeitFrom(from)
        .build();
  }

  /**
   * The epidemic deferral relief in force, if the book has its first due date and its longest
   * deferral, with the latest end where the book sets one.
   */
  private static Optional<DeferralRelief> deferralRelief(PolicyBook book, RegionCode region, LocalDate date) {
    Optional<Reading> dueFrom = book.find(DEFERRAL_DUE_FROM, region, date);
    Optional<Reading> maxMonths = book.find(DEFERRAL_MAX_MONTHS, region, date);
    if (dueFrom.isEmpty() || maxMonths.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(DeferralRelief.builder().dueFrom(dueFrom.get().value(DEFERRAL_DUE_FROM))
        .maxMonths(maxMonths.get().value(DEFERRAL_MAX_MONTHS))
        .latestEnd(book.find(DEFERRAL_LATEST_END, region, date).map(r -> r.value(DEFERRAL_LATEST_END))).build());
  }


  /**
   * {@return 易地扶贫搬迁贷款贴息 — the central budget's share of relocation-loan interest under the 13th
   * five-year relocation plan (发改地区〔2015〕2769号)}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if the scheme is not in force on
   *     the date (before 2015-11-29)
   */
  public static SubsidyPolicy relocationLoan(PolicyBook book, RegionCode region, LocalDate date) {
    SchemeInForce.require(book, RELOCATION_CENTRAL_SHARE, region, date,
        "the relocation-loan interest subsidy (易地扶贫搬迁贷款贴息)", "");
    return builder().name("易地扶贫搬迁贷款中央财政贴息")
        .share(book.value(RELOCATION_CENTRAL_SHARE, region, date))
        .addForfeitOn(BreachKind.MISUSE, BreachKind.FRAUD)
        .build();
  }

  /**
   * {@return 农业产业化贷款贴息 — Bazhou District's interest subsidy on agricultural industrialisation
   * credit (区级信贷支持农业产业化发展贴息) to new agricultural entities: a share
   * ({@code finance.agriIndustry.interestShare}) of the interest up to a rate
   * ({@code finance.agriIndustry.subsidisedRate}), on at most {@code maxPrincipal} and for terms up
   * to {@code maxTermYears} where the book sets them; lost for misused or fraudulent loans} The
   * district names the programme but no document found gives its numbers: the shipped values are
   * estimates for 511902 (half the interest at the benchmark rate), each with its method.
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} if the
   *     programme is not in force for the region on the date (the shipped book has it for Bazhou
   *     from 2014-01-01 only), or if a parameter names a rate that does not exist
   */
  public static SubsidyPolicy agriculturalIndustrialisation(PolicyBook book, RegionCode region, LocalDate date) {
    return districtProgramme(book, region, date, AGRICULTURAL_INDUSTRIALISATION, "农业产业化贷款贴息",
        "the agricultural industrialisation credit interest subsidy (农业产业化贷款贴息)");
  }

  /**
   * {@return 农业担保贷款贴息 — Bazhou District's interest subsidy on agricultural loans guaranteed by
   * the district's agricultural guarantee company: a share ({@code finance.agriGuarantee.interestShare})
   * of the interest up to a rate ({@code finance.agriGuarantee.subsidisedRate}), on at most
   * {@code maxPrincipal} and for terms up to {@code maxTermYears} where the book sets them; lost for
   * misused or fraudulent loans} The loss on a guaranteed loan is shared by the guarantee agreement
   * (for example {@link org.jingzhun.finance.risk.RiskSharingAgreement#fourThreeTwoOne}), not by
   * this policy. The shipped values are estimates for 511902, each with its method.
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} if the
   *     programme is not in force for the region on the date (the shipped book has it for Bazhou
   *     from 2014-01-01 only), or if a parameter names a rate that does not exist
   */
  public static SubsidyPolicy agriculturalGuarantee(PolicyBook book, RegionCode region, LocalDate date) {
    return districtProgramme(book, region, date, AGRICULTURAL_GUARANTEE, "农业担保贷款贴息",
        "the agricultural guarantee loan interest subsidy (农业担保贷款贴息)");
  }

  /**
   * {@return 农村危房改造贷款贴息 — Bazhou District's interest subsidy on poor households' loans for
   * renovating dilapidated houses: a share ({@code finance.dilapidatedHouse.interestShare}) of the
   * interest up to a rate ({@code finance.dilapidatedHouse.subsidisedRate}), on at most
   * {@code finance.dilapidatedHouse.maxPrincipal}, for terms up to
   * {@code finance.dilapidatedHouse.maxTermYears}; lost for misused or fraudulent loans} The shipped
   * values for 511902 are estimates carried over from poverty microcredit (all interest at the
   * benchmark rate, 50,000 yuan, 3 years), each with its method.
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} if the
   *     programme is not in force for the region on the date (the shipped book has it for Bazhou
   *     from 2014-01-01 only), or if a parameter names a rate that does not exist
   */
  public static SubsidyPolicy dilapidatedHouseRenovation(PolicyBook book, RegionCode region, LocalDate date) {
    return districtProgramme(book, region, date, DILAPIDATED_HOUSE, "农村危房改造贷款贴息",
        "the dilapidated-house renovation loan interest subsidy (危房改造贷款贴息)");
  }

  /**
   * A district programme read from the parameters under {@code prefix}: {@code interestShare} (its
   * key: without it the programme is not in force) and {@code subsidisedRate}, required;
   * {@code maxPrincipal} and {@code maxTermYears}, where the book sets them. Misuse and fraud lose
   * the subsidy from the day of the breach, as in every subsidy document; whether an overdue loan
   * loses it was not found for these programmes, so it does not.
   */
  private static SubsidyPolicy districtProgramme(PolicyBook book, RegionCode region, LocalDate date, DistrictSchemeKeys keys,
      String name, String scheme) {
    SchemeInForce.require(book, keys.interestShare(), region, date, scheme, "");
    SubsidisedRate rate = book.value(keys.subsidisedRate(), region, date);
    if (rate != SubsidisedRate.BANK_RATE && rate != SubsidisedRate.BENCHMARK) {
      throw ValidationException.of(keys.subsidisedRate().name(), rate,
          "a district programme is subsidised up to the bank's rate or the benchmark (BANK_RATE or BENCHMARK)");
    }
    return builder().name(name).subsidisedRate(rate)
        .share(book.value(keys.interestShare(), region, date))
        .principalCap(book.find(keys.maxPrincipal(), region, date).map(r -> r.value(keys.maxPrincipal())))
        .maxTermMonths(book.find(keys.maxTermYears(), region, date).map(r -> 12 * r.value(keys.maxTermYears())))
        .addForfeitOn(BreachKind.MISUSE, BreachKind.FRAUD)
        .build();
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
    if (v.require("name", name())) {
      v.check(!name().isBlank(), "name", name(), "may not be blank");
    }
    v.require("subsidisedRate", subsidisedRate());
    v.require("share", share());
    v.require("forfeitFrom", forfeitFrom());
    v.require("rounding", rounding());
    v.check(rounding() != RoundingMode.UNNECESSARY, "rounding", rounding(), "a share of interest needs a real rounding mode");
    boolean fixed = subsidisedRate() == SubsidisedRate.FIXED || afterDeadlineRate().orElse(null) == SubsidisedRate.FIXED;
    v.check(fixedRate().isPresent() == fixed, "fixedRate",
        fixedRate().map(Object::toString).orElse(""), "is required for, and only for, a fixed subsidised rate");
    v.check(afterDeadlineRate().isEmpty() || contractSignedBy().isPresent(), "afterDeadlineRate",
        afterDeadlineRate().map(Object::toString).orElse(""), "needs the deadline it applies after, contractSignedBy");
    principalCap().ifPresent(c -> v.check(c.isPositive(), "principalCap", c, "must be more than zero"));
    maxTermMonths().ifPresent(m -> v.check(m >= 1, "maxTermMonths", m, "must be at least one month"));
    v.throwIfAny();
  }
}
