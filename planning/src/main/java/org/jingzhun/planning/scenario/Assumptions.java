package org.jingzhun.planning.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Map;
import org.jingzhun.planning.population.IncomeColumn;
import java.time.MonthDay;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.planning.allocation.AllocationMethod;
import org.jingzhun.planning.allocation.Objective;

/**
 * 模拟假设 — the researcher's stated assumptions of a campaign simulation: how incomes grow,
 * how often illness and disaster strike and what they cost, the day of the year on which the
 * year's tests are made, how the plan's money is allocated, and what the third-party assessment
 * of the county exit is taken to find, and the microcredit taken up, if simulated. None of these is a policy number and none has a default
 * in code except where noted: the researcher states them.
 *
 * <p>Shock rates are probabilities per household per year, drawn exactly: a rate is a decimal
 * of at most {@value #RATE_DIGITS} places, compared with a uniform whole number below
 * 10^{@value #RATE_DIGITS}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssumptions.class)
@JsonDeserialize(as = ImmutableAssumptions.class)
public abstract class Assumptions {
  /** The most decimal places a shock rate may have. */
  public static final int RATE_DIGITS = 9;

  /**
   * {@return 收入年增长率 — the yearly growth of every income column and of production costs, an exact
   * decimal such as 0.08 (8 %); zero or more} Each grown amount is rounded half-up to the fen.
   */
  public abstract BigDecimal incomeGrowth();

  /**
   * {@return 分来源收入增长率 — the yearly growth of the income columns named here, replacing
   * {@link #incomeGrowth()} for them (e.g. wages 10 %, business income 3 %); each zero or more,
   * each grown amount rounded half-up to the fen; empty unless stated}
   */
  public abstract Map<IncomeColumn, BigDecimal> incomeGrowthBySource();

  /** {@return 因病冲击概率 — the chance a household has an inpatient bill in a year} */
  public abstract Share illnessShockRate();

  /**
   * {@return the smallest inpatient bill of an illness shock; the bill is uniform in [min, max]
   * fen}
   */
  public abstract Money illnessBillMin();

  /** {@return the largest inpatient bill of an illness shock} */
  public abstract Money illnessBillMax();

  /**
   * {@return 政策范围内费用占比 — the part of a bill within the policy catalogue (rounded half-up to the
   * fen)}
   */
  public abstract Share illnessCoveredShare();

  /**
   * {@return 县域内就诊 — whether shock bills are incurred in the county (where the personal-share cap
   * applies); true unless stated, as the campaign steered poor patients to county hospitals}
   */
  @Value.Default
  public boolean illnessTreatedInCounty() {
    return true;
  }

  /** {@return 因灾冲击概率 — the chance a household suffers a disaster in a year} */
  public abstract Share disasterShockRate();

  /**
   * {@return 因灾损失比例 — the share of the year's net income a disaster destroys (rounded half-up to
   * the fen)}
   */
  public abstract Share disasterLossShare();

  /**
   * {@return 返贫风险 — the yearly chance that an exited household returns to poverty for a reason
   * the simulation does not model (work lost, a family break-up), besides the shocks that take its
   * income under the line; a household drawn is put back on the register as poor and counted as
   * returning. Zero unless stated}
   */
  @Value.Default
  public Share returningHazard() {
    return Share.ZERO;
  }

  /** {@return 年度考核日 — the day of each year on which rules are read and tests made, e.g. --12-31} */
  public abstract MonthDay evaluationDay();

  /** {@return how the plan's money is allocated among its projects} */
  public abstract AllocationMethod allocationMethod();

  /** {@return what the allocation maximises} */
  public abstract Objective objective();

  /**
   * {@return 漏评率 — the missed-identification rate the county's exit assessment is taken to find}
   */
  public abstract Share missedIdentificationRate();

  /** {@return 错退率 — the wrong-exit rate the county's exit assessment is taken to find} */
  public abstract Share wrongExitRate();

  /** {@return 群众认可度 — the public approval the county's exit assessment is taken to find} */
  public abstract Share publicApproval();

  /**
   * {@return years from a project's first year to the year its effects begin; 1 unless stated, as
   * {@link org.jingzhun.planning.plan.Project#lastYear()} documents ("its effects count from the
   * year after its first")}
   */
  @Value.Default
  public int projectEffectLagYears() {
    return 1;
  }

  /**
   * {@return 扶贫小额信贷 — the microcredit of the campaign, if simulated: when present, loans are drawn
   * and their interest subsidies paid as {@link MicrocreditAssumptions} describes, and spending
   * includes the loan-interest subsidy; when absent, loans are not simulated}
   */
  public abstract Optional<MicrocreditAssumptions> microcredit();

  /** {@return a builder of a new {@link Assumptions}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds assumptions; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableAssumptions.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("incomeGrowth", incomeGrowth())) {
      v.check(incomeGrowth().signum() >= 0, "incomeGrowth", incomeGrowth().toPlainString(),
          "a growth rate may not be negative (model a bad year as a disaster shock)");
    }
    incomeGrowthBySource().forEach((column, growth) -> v.check(growth.signum() >= 0,
        "incomeGrowthBySource." + column.name(), growth.toPlainString(),
        "a growth rate may not be negative (model a bad year as a disaster shock)"));
    rate(v, "illnessShockRate", illnessShockRate());
    rate(v, "disasterShockRate", disasterShockRate());
    boolean min = money(v, "illnessBillMin", illnessBillMin());
    if (money(v, "illnessBillMax", illnessBillMax()) && min) {
      v.check(!illnessBillMax().isLessThan(illnessBillMin()), "illnessBillMax", illnessBillMax(),
          "may not be below illnessBillMin " + illnessBillMin());
    }
    v.require("illnessCoveredShare", illnessCoveredShare());
    v.require("disasterLossShare", disasterLossShare());
    v.require("evaluationDay", evaluationDay());
    v.require("allocationMethod", allocationMethod());
    v.require("objective", objective());
    v.require("missedIdentificationRate", missedIdentificationRate());
    v.require("wrongExitRate", wrongExitRate());
    v.require("publicApproval", publicApproval());
    if (evaluationDay() != null) {
      microcredit().ifPresent(m -> v.check(!m.disbursementDay().isAfter(evaluationDay()), "microcredit.disbursementDay",
          m.disbursementDay(), "may not be after the evaluation day " + evaluationDay()));
    }
    v.check(projectEffectLagYears() >= 0, "projectEffectLagYears", projectEffectLagYears(), "may not be negative");
    v.throwIfAny();
  }

  /** Checks a rate drawn by chance: present, and of at most {@value #RATE_DIGITS} decimal places. */
  static void rate(Violations v, String path, Share rate) {
    if (v.require(path, rate)) {
      v.check(rate.value().stripTrailingZeros().scale() <= RATE_DIGITS, path, rate,
          "a rate drawn by chance may have at most " + RATE_DIGITS + " decimal places");
    }
  }

  private static boolean money(Violations v, String path, Money amount) {
    if (v.require(path, amount)) {
      v.check(!amount.isNegative(), path, amount, "may not be negative");
      return true;
    }
    return false;
  }
}
