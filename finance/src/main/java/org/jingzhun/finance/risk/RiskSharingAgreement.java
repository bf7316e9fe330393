package org.jingzhun.finance.risk;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;

/**
 * 分险协议 — how a defaulted loan's loss is shared: the parties and their shares (adding up to
 * exactly one: fund : bank 6 : 4, or guarantor : re-guarantor : bank : government 4 : 3 : 2 :
 * 1), what is covered (principal, interest or both), caps per loan and per year, the fund's
 * leverage multiple, the arrears ratio at which new lending is suspended, and what happens
 * when the fund cannot pay its part.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRiskSharingAgreement.class)
@JsonDeserialize(as = ImmutableRiskSharingAgreement.class)
public abstract class RiskSharingAgreement {

  /** {@return the agreement's name} */
  public abstract String name();

  /**
   * {@return the parties in the order their parts are listed} At most one is a
   * {@link PartyKind#RISK_FUND}.
   */
  public abstract List<RiskParty> parties();

  /** {@return which loss is shared: the principal only unless stated} */
  @Value.Default
  public Coverage coverage() {
    return Coverage.PRINCIPAL;
  }

  /** {@return 单笔补偿上限 — the most of one loan's loss that is shared} */
  public abstract Optional<Money> capPerLoan();

  /** {@return 年度补偿上限 — the most shared in one calendar year, all loans together} */
  public abstract Optional<Money> capPerYear();

  /** {@return 放大倍数 — loans may reach the fund's balance times this (10 for 10 : 1)} */
  public abstract BigDecimal leverageMultiple();

  /** {@return 暂停线 — new lending stops when overdue loans reach this share of outstanding loans} */
  public abstract Optional<Share> suspensionArrearsRatio();

  /** {@return what happens when the fund cannot pay its part: it stays owed unless stated} */
  @Value.Default
  public ShortfallRule shortfall() {
    return ShortfallRule.STAYS_OWED;
  }

  /** {@return for {@link ShortfallRule#FALLS_TO_PARTY}: the party who pays what the fund cannot} */
  public abstract Optional<String> shortfallBearer();

  /**
   * {@return the parties' shares as whole-number weights (0.4, 0.3, 0.2, 0.1 → 4:3:2:1), computed
   * once}
   */
  @Value.Lazy
  public Ratio ratio() {
    return Ratio.ofShares(parties().stream().map(RiskParty::share).toList());
  }

  /** {@return the index of the risk fund among the parties, or −1 if none is one} */
  @Value.Lazy
  public int fundIndex() {
    for (int i = 0; i < parties().size(); i++) {
      if (parties().get(i).kind() == PartyKind.RISK_FUND) {
        return i;
      }
    }
    return -1;
  }

  /** {@return a builder of a new {@link RiskSharingAgreement}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return 风险补偿金分险 — a risk fund and a bank sharing losses by the county's ratio
   * ({@code finance.riskfund.fundBankRatio}) at the fund's leverage multiple
   * ({@code finance.riskfund.leverageMultiple}), both read for {@code region} on {@code date}} Both
   * are each county's agreement with its banks: the book carries Wangcang County's (510821: 6 : 4,
   * leverage 10, from 2017) and no national default. The builder is named and has its parties and
   * leverage; add coverage, caps or a suspension line as the agreement says.
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @param fund the risk fund's name
   * @param bank the bank's name
   * @throws org.jingzhun.core.validation.ValidationException if the book has no ratio for the
   *     region (the message says where it has one and how to set the county's own), or the ratio
   *     is not two parts that make exact decimal shares
   */
  public static Builder fundAndBank(PolicyBook book, RegionCode region, LocalDate date, String fund, String bank) {
    return AgreementParameters.from(book, region, date, "风险补偿金分险", AgreementKeys.RISK_FUND, List.of(fund, bank), List.of(PartyKind.RISK_FUND, PartyKind.BANK),
        "A risk fund's loss split and leverage are set by each county's agreement with its banks: set"
            + " finance.riskfund.fundBankRatio and finance.riskfund.leverageMultiple for the county in an overlay,"
            + " or give the agreement's terms in full (RiskSharingAgreement.builder())");
  }

  /**
   * {@return 政银担“4321” — guarantor, re-guarantor, bank and government sharing losses by
   * {@code finance.guarantee.fourThreeTwoOne} at the guarantee leverage multiple
   * ({@code finance.guarantee.leverageMultiple}), both read for {@code region} on {@code date}}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @param guarantor the guarantee company's name
   * @param reguarantor the re-guarantor's name
   * @param bank the bank's name
   * @param government the government's name (its fund)
   * @throws org.jingzhun.core.validation.ValidationException if the split is not in force there
   *     then (the message says when it starts), or is not four parts that make exact decimal
   *     shares
   */
  public static Builder fourThreeTwoOne(PolicyBook book, RegionCode region, LocalDate date, String guarantor,
      String reguarantor, String bank, String government) {
    return AgreementParameters.from(book, region, date, "政银担4321", AgreementKeys.FOUR_THREE_TWO_ONE, List.of(guarantor, reguarantor, bank, government),
        List.of(PartyKind.GUARANTOR, PartyKind.REGUARANTOR, PartyKind.BANK, PartyKind.GOVERNMENT), "");
  }

  /**
   * {@return 返乡创业就业贷款分险基金 — Bazhou District's risk fund for returning-home entrepreneurship
   * and employment loans: the fund and the bank share a defaulted loan's loss by
   * {@code finance.returnHome.fundBankRatio}, the fund backing loans up to
   * {@code finance.returnHome.leverageMultiple} times its balance, both read for {@code region} on
   * {@code date}} The district names the fund but no document found gives its terms: the shipped
   * values for 511902 are estimates (7 : 3, leverage 10), each with its method. The builder is named
   * and has its parties and leverage; add coverage, caps or a suspension line as the agreement says.
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @param fund the risk fund's name
   * @param bank the bank's name
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} if the fund is
   *     not in force for the region on the date (the shipped book has it for Bazhou from 2014-01-01
   *     only), or if the ratio is not two parts that make exact decimal shares
   */
  public static Builder returningHomeEntrepreneurship(PolicyBook book, RegionCode region, LocalDate date, String fund,
      String bank) {
    return AgreementParameters.from(book, region, date, "返乡创业就业贷款分险基金", AgreementKeys.RETURNING_HOME, List.of(fund, bank), List.of(PartyKind.RISK_FUND, PartyKind.BANK),
        "Set finance.returnHome.fundBankRatio and finance.returnHome.leverageMultiple for the county in an overlay,"
            + " or give the agreement's terms in full (RiskSharingAgreement.builder())");
  }

  /**
   * {@return 贫困户住房建设贷款分险基金 — Bazhou District's risk fund for poor households'
   * housing-construction loans: the fund and the bank share a defaulted loan's loss by
   * {@code finance.housingLoan.fundBankRatio}, the fund backing loans up to
   * {@code finance.housingLoan.leverageMultiple} times its balance, both read for {@code region} on
   * {@code date}} The district names the fund but no document found gives its terms: the shipped
   * values for 511902 are estimates (7 : 3, leverage 10), each with its method. The builder is named
   * and has its parties and leverage; add coverage, caps or a suspension line as the agreement says.
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @param fund the risk fund's name
   * @param bank the bank's name
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} if the fund is
   *     not in force for the region on the date (the shipped book has it for Bazhou from 2014-01-01
   *     only), or if the ratio is not two parts that make exact decimal shares
   */
  public static Builder poorHouseholdHousing(PolicyBook book, RegionCode region, LocalDate date, String fund,
      String bank) {
    return AgreementParameters.from(book, region, date, "贫困户住房建设贷款分险基金", AgreementKeys.POOR_HOUSEHOLD_HOUSING, List.of(fund, bank), List.of(PartyKind.RISK_FUND, PartyKind.BANK),
        "Set finance.housingLoan.fundBankRatio and finance.housingLoan.leverageMultiple for the county in an overlay,"
            + " or give the agreement's terms in full (RiskSharingAgreement.builder())");
  }

  /** Builds an agreement; {@code build()} reports every bad attribute at once. */
  public static final class Builder extends ImmutableRiskSharingAgreement.Builder {}

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
    v.require("coverage", coverage());
    v.require("shortfall", shortfall());
    v.check(!parties().isEmpty(), "parties", "[]", "an agreement needs at least one party");
    BigDecimal total = BigDecimal.ZERO;
    Set<String> names = new HashSet<>();
    int funds = 0;
    for (int i = 0; i < parties().size(); i++) {
      RiskParty p = parties().get(i);
      total = total.add(p.share().value());
      v.check(names.add(p.name()), FieldPath.join(FieldPath.index("parties", i), "name"), p.name(), "the same party is listed twice");
      funds += p.kind() == PartyKind.RISK_FUND ? 1 : 0;
    }
    if (!parties().isEmpty()) {
      v.check(total.compareTo(BigDecimal.ONE) == 0, "parties", "shares add up to " + total.toPlainString(),
          "the parties' shares must add up to exactly 1");
    }
    v.check(funds <= 1, "parties", funds + " risk funds", "at most one party may be the risk fund");
    if (v.require("leverageMultiple", leverageMultiple())) {
      v.check(leverageMultiple().signum() > 0, "leverageMultiple", leverageMultiple(), "must be more than zero");
    }
    capPerLoan().ifPresent(c -> v.check(!c.isNegative(), "capPerLoan", c, "may not be negative"));
    capPerYear().ifPresent(c -> v.check(!c.isNegative(), "capPerYear", c, "may not be negative"));
    if (shortfall() == ShortfallRule.FALLS_TO_PARTY) {
      v.check(shortfallBearer().isPresent(), "shortfallBearer", null, "is required when the shortfall falls to a party");
      shortfallBearer().ifPresent(b -> v.check(
          parties().stream().anyMatch(p -> p.name().equals(b) && p.kind() != PartyKind.RISK_FUND), "shortfallBearer", b,
          "must name a party of the agreement other than the risk fund"));
    } else {
      v.check(shortfallBearer().isEmpty(), "shortfallBearer", shortfallBearer().orElse(""),
          "applies only when the shortfall falls to a party");
    }
    v.throwIfAny();
  }
}
