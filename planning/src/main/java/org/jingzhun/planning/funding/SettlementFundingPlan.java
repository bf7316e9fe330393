package org.jingzhun.planning.funding;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.housing.BuildMode;
import org.jingzhun.eligibility.housing.HousingFund;
import org.jingzhun.eligibility.housing.SettlementRules;

/**
 * 整合资金建房方案 — how a settlement's houses are paid for: per build mode the subsidies owed
 * (households × the mode's subsidy) and the households' own contributions, and what each pooled
 * housing fund pays towards the subsidies, drawn in the rules' order. Each fund is ring-fenced: it
 * pays at most what it has and never goes below zero; a settlement the funds together cannot cover
 * is refused with the shortfall.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSettlementFundingPlan.class)
public abstract class SettlementFundingPlan {
  /** {@return the subsidies owed under each mode (households × the mode's subsidy), every mode} */
  public abstract Map<BuildMode, Money> subsidyByMode();

  /** {@return the households' own contributions under each mode, every mode} */
  public abstract Map<BuildMode, Money> contributionByMode();

  /** {@return the subsidies owed in all, which the pooled funds pay} */
  public abstract Money subsidies();

  /** {@return the households' own contributions in all} */
  public abstract Money contributions();

  /** {@return the pooled funds in the order they were drawn} */
  public abstract List<HousingFund> drawingOrder();

  /** {@return what each fund pays, every fund; together exactly {@link #subsidies()}} */
  public abstract Map<HousingFund, Money> paidByFund();

  /** {@return what each fund has left after paying, every fund} */
  public abstract Map<HousingFund, Money> leftByFund();

  /**
   * {@return the plan of {@code settlement} under {@code rules}}
   *
   * @param settlement the households by mode and the funds available
   * @param rules the per-mode subsidies and contributions and the funds' drawing order in force
   * @throws ValidationException at {@code available} naming the shortfall when the funds together
   *     hold less than the subsidies owed
   */
  public static SettlementFundingPlan draw(Settlement settlement, SettlementRules rules) {
    ImmutableSettlementFundingPlan.Builder plan = ImmutableSettlementFundingPlan.builder();
    long subsidies = 0;
    long contributions = 0;
    for (BuildMode mode : BuildMode.values()) {
      long households = settlement.households().getOrDefault(mode, 0);
      long subsidy = Math.multiplyExact(households, rules.subsidy(mode).fen());
      long contribution = Math.multiplyExact(households, rules.contribution(mode).fen());
      plan.putSubsidyByMode(mode, Money.ofFen(subsidy)).putContributionByMode(mode, Money.ofFen(contribution));
      subsidies = Math.addExact(subsidies, subsidy);
      contributions = Math.addExact(contributions, contribution);
    }
    Map<HousingFund, Money> paid = new LinkedHashMap<>();
    Map<HousingFund, Money> left = new LinkedHashMap<>();
    long due = subsidies;
    long held = 0;
    for (HousingFund fund : rules.drawingOrder()) {
      long has = settlement.available().getOrDefault(fund, Money.ZERO).fen();
      long draw = Math.min(due, has);
      due -= draw;
      held = Math.addExact(held, has);
      paid.put(fund, Money.ofFen(draw));
      left.put(fund, Money.ofFen(has - draw));
    }
    if (due > 0) {
      throw shortfall(held, subsidies, due);
    }
    return plan.drawingOrder(rules.drawingOrder()).subsidies(Money.ofFen(subsidies)).contributions(Money.ofFen(contributions))
        .paidByFund(paid).leftByFund(left).build();
  }

  private static ValidationException shortfall(long held, long owed, long gapFen) {
    Money has = Money.ofFen(held);
    Money gap = Money.ofFen(gapFen);
    return ValidationException.of("available", has, "整合资金合计 " + has + " 元，不足以支付建房补助 " + Money.ofFen(owed)
        + " 元，缺口 " + gap + " 元 / the pooled funds hold " + has + ", short of the subsidies of " + Money.ofFen(owed)
        + " by " + gap);
  }
}
