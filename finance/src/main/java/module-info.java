/**
 * Jingzhun finance: loan terms and repayment schedules, interest subsidies, risk-sharing
 * agreements and fund ledgers, revolving and village mutual-aid funds.
 *
 * <p>Start with {@link org.jingzhun.finance.loan.LoanTerms} and
 * {@link org.jingzhun.finance.schedule.RepaymentSchedule} for loans,
 * {@link org.jingzhun.finance.subsidy.InterestSubsidy} for subsidies and
 * {@link org.jingzhun.finance.risk.LossAllocation} for risk sharing. Every exported package is
 * the supported API (docs/api.md lists them).
 */
module org.jingzhun.finance {
  requires transitive org.jingzhun.core;
  requires com.google.common;
  requires com.fasterxml.jackson.databind; // annotations on our value types; no Jackson type in a public signature
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.jingzhun.finance.loan;
  exports org.jingzhun.finance.schedule;
  exports org.jingzhun.finance.subsidy;
  exports org.jingzhun.finance.risk;
  exports org.jingzhun.finance.revolving;
  exports org.jingzhun.finance.medicalfund;

  opens org.jingzhun.finance.loan to com.fasterxml.jackson.databind;
  opens org.jingzhun.finance.schedule to com.fasterxml.jackson.databind;
  opens org.jingzhun.finance.subsidy to com.fasterxml.jackson.databind;
  opens org.jingzhun.finance.risk to com.fasterxml.jackson.databind;
  opens org.jingzhun.finance.revolving to com.fasterxml.jackson.databind;
  opens org.jingzhun.finance.medicalfund to com.fasterxml.jackson.databind;

  provides org.jingzhun.core.policy.PolicyResources with org.jingzhun.finance.policy.FinancePolicyResources;
}
