package org.jingzhun.examples.finance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Explanation;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.examples.calculation.Situation;
import org.jingzhun.finance.risk.LoanDefault;
import org.jingzhun.finance.risk.LossAllocation;
import org.jingzhun.finance.risk.RiskSharingAgreement;

/**
 * 分险基金损失分担请求 — a defaulted loan under one of the district's named risk funds, its
 * agreement read from the book for the situation's region on its date: {@code programme}
 * {@code returning-home-entrepreneurship} (返乡创业就业贷款分险基金,
 * {@link RiskSharingAgreement#returningHomeEntrepreneurship}) or {@code poor-household-housing}
 * (贫困户住房建设贷款分险基金, {@link RiskSharingAgreement#poorHouseholdHousing}); the fund's and
 * the bank's names; the fund's balance and what it has shared this calendar year (zero unless
 * stated).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRiskFundLossRequest.class)
@JsonDeserialize(as = ImmutableRiskFundLossRequest.class)
public abstract class RiskFundLossRequest {
  /** The returning-home entrepreneurship and employment loan risk fund. */
  public static final String RETURNING_HOME = "returning-home-entrepreneurship";
  /** The poor households' housing-construction loan risk fund. */
  public static final String POOR_HOUSEHOLD_HOUSING = "poor-household-housing";

  private static final Term CHOICE = Term.of("riskFundChoice", "分险基金参数", "risk fund parameters");

  /** Each named fund's factory, and the prefix of the parameters it is built from (to cite them). */
  private record Named(Factory factory, String parameterPrefix) {}

  @FunctionalInterface
  private interface Factory {
    RiskSharingAgreement.Builder build(Situation s, String fund, String bank);
  }

  private static final ImmutableMap<String, Named> NAMED = ImmutableMap.of(
      RETURNING_HOME, new Named((s, f, b) -> RiskSharingAgreement.returningHomeEntrepreneurship(s.book(), s.region(),
          s.date(), f, b), "finance.returnHome."),
      POOR_HOUSEHOLD_HOUSING, new Named((s, f, b) -> RiskSharingAgreement.poorHouseholdHousing(s.book(), s.region(),
          s.date(), f, b), "finance.housingLoan."));

  /** 分险基金 — which of the district's funds, e.g. {@code poor-household-housing}. */
  public abstract String programme();

  /** The risk fund's name as the allocation lists it. */
  public abstract String fund();

  /** The lending bank's name. */
  public abstract String bank();

  public abstract LoanDefault defaultedLoan();

  /** 风险基金余额 — the fund's balance when the loss is shared. */
  public abstract Money fundBalance();

  /** 本年已补偿 — covered losses already shared this calendar year. */
  @Value.Default
  public Money coveredThisYear() {
    return Money.ZERO;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a request; {@code build()} reports every problem at once. */
  public static final class Builder extends ImmutableRiskFundLossRequest.Builder {}

  /** The names a request may give. */
  public static ImmutableList<String> names() {
    return NAMED.keySet().asList();
  }

  /**
   * The split of the loss under the fund's agreement as the book sets it for the situation.
   *
   * @throws ValidationException of kind {@code NO_POLICY} at the fund's ratio parameter if the fund
   *     is not in force for the region on the date; at {@code fundBalance} or
   *     {@code coveredThisYear} if negative
   */
  public LossAllocation compute(Situation situation) {
    return LossAllocation.allocate(agreement(situation), defaultedLoan(), fundBalance(), coveredThisYear());
  }

  /** The split with how it was reached, citing the fund's parameters in force; see {@link #compute}. */
  public Explained<LossAllocation> explain(Situation situation) {
    Named named = NAMED.get(programme());
    Explained<LossAllocation> explained = LossAllocation.explain(agreement(situation), defaultedLoan(), fundBalance(),
        coveredThisYear());
    RecordingTrace trace = Trace.recording(CHOICE);
    situation.book().inForce(situation.region(), situation.date()).stream()
        .filter(r -> r.parameterName().startsWith(named.parameterPrefix()))
        .forEach(trace::parameter);
    ImmutableList<Explanation.ParameterLine> citations = ImmutableList.copyOf(trace.explanation().parameters());
    return new Explained<>(explained.value(), ExplainedValues.citing(explained.explanation(), citations));
  }

  private RiskSharingAgreement agreement(Situation situation) {
    return NAMED.get(programme()).factory().build(situation, fund(), bank()).build();
  }

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("programme", programme())) {
      v.check(NAMED.containsKey(programme()), "programme", programme(),
          "is not a shipped risk fund; known: " + String.join(", ", names()));
    }
    if (v.require("fund", fund())) {
      v.check(!fund().isBlank(), "fund", fund(), "may not be blank");
    }
    if (v.require("bank", bank())) {
      v.check(!bank().isBlank(), "bank", bank(), "may not be blank");
    }
    v.require("defaultedLoan", defaultedLoan());
    v.require("fundBalance", fundBalance());
    v.require("coveredThisYear", coveredThisYear());
    v.throwIfAny();
  }
}
