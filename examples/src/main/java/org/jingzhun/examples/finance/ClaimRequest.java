package org.jingzhun.examples.finance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.time.Quarter;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.examples.calculation.Situation;
import org.jingzhun.finance.loan.LoanAccount;
import org.jingzhun.finance.subsidy.SubsidyClaims;
import org.jingzhun.finance.subsidy.SubsidyPolicy;

/**
 * 贴息申报请求 — a portfolio of loans (each its terms and history), the quarter claimed for
 * ({@code "2019-Q3"}) and the subsidy policy, in full or by name (see
 * {@link NamedSubsidyPolicies}): the claims of each bank for the interest settled in the quarter.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClaimRequest.class)
@JsonDeserialize(as = ImmutableClaimRequest.class)
public abstract class ClaimRequest {

  public abstract Quarter quarter();

  /** The loans, each {@code {"terms": …, "history": …}}. */
  public abstract List<LoanAccount> portfolio();

  public abstract Optional<SubsidyPolicy> policy();

  public abstract Optional<String> policyName();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a request; {@code build()} reports every problem at once. */
  public static final class Builder extends ImmutableClaimRequest.Builder {}

  /**
   * The claims of every bank with a loan settling interest in the quarter.
   *
   * @throws ValidationException listing every loan whose history does not fit, under
   *     {@code portfolio[i]}
   */
  public ClaimReport compute(Situation situation) {
    SubsidyPolicy p = NamedSubsidyPolicies.choose(policy(), policyName(), situation).policy();
    try {
      return ClaimReport.of(quarter(), SubsidyClaims.forQuarter(portfolio(), p, situation.book(), quarter()));
    } catch (ValidationException e) {
      throw LoanViolations.locatedInPortfolio(e, "portfolio");
    }
  }

  /** The claims with each loan's working and every parameter read; see {@link #compute}. */
  public Explained<ClaimReport> explain(Situation situation) {
    NamedSubsidyPolicies.Chosen chosen = NamedSubsidyPolicies.choose(policy(), policyName(), situation);
    try {
      var explained = SubsidyClaims.explain(portfolio(), chosen.policy(), situation.book(), quarter());
      return new Explained<>(ClaimReport.of(quarter(), explained.value()),
          ExplainedValues.citing(explained.explanation(), chosen.citations()));
    } catch (ValidationException e) {
      throw LoanViolations.locatedInPortfolio(e, "portfolio");
    }
  }

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("quarter", quarter());
    NamedSubsidyPolicies.check(v, policy(), policyName());
    v.throwIfAny();
  }
}
