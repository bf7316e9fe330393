package org.jingzhun.examples.summary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 户情概况 — the figures of one household on a date: members, labourers, members with a severe
 * disability or in school, gross and net income for the year, per-capita net income (to the
 * fen, half-up) and rigid spending.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHouseholdSummary.class)
@JsonDeserialize(as = ImmutableHouseholdSummary.class)
public abstract class HouseholdSummary {

  /** The household's register number. */
  public abstract String householdId();

  /** 家庭人口 — the number of members. */
  public abstract int size();

  /** 劳动力 — members with full labour capacity. */
  public abstract int labourers();

  /** 重度残疾 — members holding a grade 1 or 2 disability certificate. */
  public abstract int severelyDisabled();

  /** 在校生 — members enrolled in school. */
  public abstract int inSchool();

  /** 家庭总收入 — gross income for the year. */
  public abstract Money grossIncome();

  /** 生产经营费用 — production costs for the year. */
  public abstract Money productionCosts();

  /** 家庭纯收入 — gross income minus production costs. */
  public abstract Money netIncome();

  /** 人均纯收入 — net income / members, rounded half-up to the fen. */
  public abstract Money perCapitaNetIncome();

  /** 刚性支出 — the year's rigid spending, all kinds together. */
  public abstract Money rigidSpending();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a summary; {@code build()} reports every missing attribute at once. */
  public static final class Builder extends ImmutableHouseholdSummary.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("householdId", householdId());
    v.check(size() >= 1, "size", size(), "a household has at least one member");
    v.require("grossIncome", grossIncome());
    v.require("productionCosts", productionCosts());
    v.require("netIncome", netIncome());
    v.require("perCapitaNetIncome", perCapitaNetIncome());
    v.require("rigidSpending", rigidSpending());
    v.throwIfAny();
  }
}
