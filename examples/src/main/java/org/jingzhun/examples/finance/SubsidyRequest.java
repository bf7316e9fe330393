package org.jingzhun.examples.finance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.examples.calculation.Situation;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.subsidy.InterestSubsidy;
import org.jingzhun.finance.subsidy.SubsidyPolicy;

/**
 * 贴息计算请求 — one loan, what happened to it (none unless stated), and the subsidy policy: in
 * full, or a shipped one by name (see {@link NamedSubsidyPolicies}). The subsidy is computed for
 * the periods that ended on or before the situation's date.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubsidyRequest.class)
@JsonDeserialize(as = ImmutableSubsidyRequest.class)
public abstract class SubsidyRequest {

  public abstract LoanTerms loan();

  @Value.Default
  public LoanHistory history() {
    return LoanHistory.none();
  }

  /** The policy in full, or … */
  public abstract Optional<SubsidyPolicy> policy();

  /** … the name of a shipped policy, e.g. {@code poverty-microcredit}. */
  public abstract Optional<String> policyName();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a request; {@code build()} reports every problem at once. */
  public static final class Builder extends ImmutableSubsidyRequest.Builder {}

  /**
   * The loan's subsidy statement up to the situation's date.
   *
   * @throws ValidationException if the history does not fit the loan, or the book lacks a number
   *     the policy needs
   */
  public SubsidyReport compute(Situation situation) {
    NamedSubsidyPolicies.Chosen chosen = NamedSubsidyPolicies.choose(policy(), policyName(), situation);
    try {
      return SubsidyReport.of(InterestSubsidy.compute(loan(), history(), chosen.policy(), situation.book(), situation.date()));
    } catch (ValidationException e) {
      throw LoanViolations.located(e, "loan", "history");
    }
  }

  /** The statement with each period's working and every parameter read; see {@link #compute}. */
  public Explained<SubsidyReport> explain(Situation situation) {
    NamedSubsidyPolicies.Chosen chosen = NamedSubsidyPolicies.choose(policy(), policyName(), situation);
    try {
      var explained = InterestSubsidy.explain(loan(), history(), chosen.policy(), situation.book(), situation.date());
      return new Explained<>(SubsidyReport.of(explained.value()),
          ExplainedValues.citing(explained.explanation(), chosen.citations()));
    } catch (ValidationException e) {
      throw LoanViolations.located(e, "loan", "history");
    }
  }

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("loan", loan());
    v.require("history", history());
    NamedSubsidyPolicies.check(v, policy(), policyName());
    v.throwIfAny();
  }
}
